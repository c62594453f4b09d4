using System;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// An option kept so older config files keep working: read onto its replacement at load (with a warning), and left
    /// out of config.example.json.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class LegacyAttribute : Attribute
    {
        public LegacyAttribute(string replacement) => Replacement = replacement;

        /// <summary>The key path of the option that replaces it.</summary>
        public string Replacement { get; }
    }
}
