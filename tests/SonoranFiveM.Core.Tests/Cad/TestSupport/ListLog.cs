using System.Collections.Generic;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Tests.Cad.TestSupport
{
    public sealed class ListLog : ILog
    {
        private readonly object _gate = new object();
        private readonly List<string> _lines = new List<string>();

        public IReadOnlyList<string> Lines
        {
            get { lock (_gate) return _lines.ToArray(); }
        }

        public void Write(LogLevel level, string message)
        {
            lock (_gate) _lines.Add(level + " " + message);
        }
    }
}
