using System;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Start-up of the configuration, the same in FXServer and the CLI: make sure config.json exists, load it with
    /// convar overrides, register every secret with the redactor before anything is logged, then log either the
    /// warnings and a summary, or every error and a clear "did not start".
    /// </summary>
    public static class ConfigurationStartup
    {
        public static ConfigurationStartupResult Run(IResourceFiles files, Func<string, string?> convar, ILog log)
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
                foreach (var error in result.Errors) safeLog.Write(LogLevel.Error, error.Message);
                safeLog.Write(LogLevel.Error, "sonoran-fivem did not start: " + result.Errors.Count + " configuration problem(s) above. Nothing was sent to the CAD.");
                return new ConfigurationStartupResult(null, redactor, safeLog);
            }

            foreach (var line in OptionsSummary.Lines(result)) safeLog.Write(LogLevel.Info, line);
            return new ConfigurationStartupResult(result.Options, redactor, safeLog);
        }
    }
}
