using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>config</c>: the configuration loads and validates exactly as at start (the same loader, the same messages), so
    /// the doctor refuses what the resource refuses. Without valid options the checks after this stage are not run.
    /// </summary>
    public sealed class ConfigCheck : IDoctorCheck
    {
        public const string Name = "config";

        public Task RunAsync(DoctorRun run, CancellationToken cancellationToken)
        {
            var context = run.Context;
            var loaded = context.Loaded;
            if (context.ConfigError != null || loaded == null)
            {
                run.Report(CheckLine.Fail(Name, context.ConfigError ?? "the configuration could not be read", context.ConfigErrorFix));
            }
            else if (!loaded.IsValid)
            {
                foreach (var error in loaded.Errors) run.Report(CheckLine.Fail(Name, error.Message, context.SettingsFix));
            }
            else
            {
                run.Report(CheckLine.Pass(Name, "valid (" + context.ConfigDescription + "); " + loaded.Warnings.Count + " warning(s)",
                    loaded.Warnings.Select(w => "warning: " + w.Message).ToList()));
            }

            run.Stopped = context.Options == null;
            return Task.CompletedTask;
        }
    }
}
