using System;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>A config value of the wrong kind; <see cref="Exception.Message"/> says what was written instead ("text", "too large", …).</summary>
    internal sealed class ScalarMismatchException : Exception
    {
        public ScalarMismatchException(string found)
            : base(found)
        {
        }
    }
}
