using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Configuration
{
    public sealed class ConfigurationStartupResult
    {
        public ConfigurationStartupResult(SonoranOptions? options, SecretRedactor redactor, ILog log, string? setupMessage = null)
        {
            SetupMessage = setupMessage;
            Options = options;
            Redactor = redactor;
            Log = log;
        }

        /// <summary>The valid options, or null: the integration must not start.</summary>
        public SonoranOptions? Options { get; }

        /// <summary>The <see cref="FirstStart"/> message when the resource is not set up yet (no API key); otherwise null.</summary>
        public string? SetupMessage { get; }

        /// <summary>Knows every secret from the configuration; use it for anything that may reach a log or a player.</summary>
        public SecretRedactor Redactor { get; }

        /// <summary>The log to use from now on: it masks every known secret.</summary>
        public ILog Log { get; }
    }
}
