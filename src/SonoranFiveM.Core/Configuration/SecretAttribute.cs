using System;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Marks an option whose value must never be shown: errors say "(hidden)", the start-up summary says only where
    /// it was set, and the loader hands the value to the <see cref="Diagnostics.SecretRedactor"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class SecretAttribute : Attribute
    {
    }
}
