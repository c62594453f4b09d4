using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>What <see cref="ConfigBootstrap.Prepare"/> did, and the config text to hand to <see cref="OptionsLoader.Load"/>.</summary>
    public sealed class ConfigBootstrapResult
    {
        internal ConfigBootstrapResult(string? configJson, bool created, bool canStart, LogLevel level, string? message)
        {
            ConfigJson = configJson;
            Created = created;
            CanStart = canStart;
            Level = level;
            Message = message;
        }

        /// <summary>The config text to load; null means start from convars only.</summary>
        public string? ConfigJson { get; }

        /// <summary>True when config.json was just created from config.example.json.</summary>
        public bool Created { get; }

        /// <summary>False when the owner must fix the files first (e.g. the config.json.json mistake).</summary>
        public bool CanStart { get; }

        /// <summary>How loudly <see cref="Message"/> should be logged.</summary>
        public LogLevel Level { get; }

        /// <summary>What to tell the server owner, or null when config.json was simply read.</summary>
        public string? Message { get; }
    }
}
