using System;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Start-up of the configuration, the same in FXServer and the CLI: make sure config.json exists, load it with
    /// convar overrides, register every secret with the redactor before anything is logged, then log either the
    /// warnings and a summary, or every error and a clear "did not start". With no API key at all (a fresh install) the
    /// missing key and community id are one <see cref="FirstStart"/> message instead of errors.
    /// </summary>
    public static class ConfigurationStartup
    {
        /// <param name="apiKeyUnreadable">The key convar is set but another resource protects it; the caller says so itself.</param>
        public static ConfigurationStartupResult Run(IResourceFiles files, Func<string, string?> convar, ILog log,
            string resourceName = FirstStart.DefaultResourceName, bool apiKeyUnreadable = false)
        {
            var redactor = new SecretRedactor();
            var safeLog = new RedactingLog(log, redactor);

            var bootstrap = ConfigBootstrap.Prepare(files);
            if (bootstrap.Message != null) safeLog.Write(bootstrap.Level, bootstrap.Message);
            if (!bootstrap.CanStart)
            {
                safeLog.Write(LogLevel.Error, "sonoran-fivem did not start: fix the configuration files as said above, then `ensure` the resource again.");
                return new ConfigurationStartupResult(null, redactor, safeLog);
            }

            var result = OptionsLoader.Load(bootstrap.ConfigJson, convar);
            redactor.AddRange(result.Secrets);

            foreach (var warning in result.Warnings) safeLog.Write(LogLevel.Warning, warning.Message);

            if (!result.IsValid)
            {
                var errors = result.Errors;
                string? setup = null;
                if (!apiKeyUnreadable && FirstStart.Applies(result))
                {
                    setup = FirstStart.Message(resourceName);
                    safeLog.Write(LogLevel.Warning, setup);
                    errors = FirstStart.OtherErrors(result);
                    if (errors.Count == 0) return new ConfigurationStartupResult(null, redactor, safeLog, setup);
                }

                foreach (var error in errors) safeLog.Write(LogLevel.Error, error.Message);
                safeLog.Write(LogLevel.Error, "sonoran-fivem did not start: " + errors.Count + " configuration problem(s) above. Nothing was sent to the CAD.");
                return new ConfigurationStartupResult(null, redactor, safeLog, setup);
            }

            foreach (var line in OptionsSummary.Lines(result)) safeLog.Write(LogLevel.Info, line);
            return new ConfigurationStartupResult(result.Options, redactor, safeLog);
        }
    }
}
