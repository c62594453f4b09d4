namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// <c>config</c>: the configuration loads and validates exactly as at start (the same loader, the same messages), so
    /// the doctor refuses what the resource refuses. Without valid options the checks after this stage are not run.
    /// </summary>
    public sealed class ConfigCheck() : DoctorCheck("config")
    {
        public override Task RunAsync(DoctorRun run, CancellationToken cancellationToken)
        {
            var context = run.Context;
            var loaded = context.Loaded;
            if (context.ConfigError != null || loaded == null)
            {
                run.Report(Fail(context.ConfigError ?? "the configuration could not be read", context.ConfigErrorFix));
            }
            else if (!loaded.IsValid)
            {
                foreach (var error in loaded.Errors) run.Report(Fail(error.Message, context.SettingsFix));
            }
            else
            {
                run.Report(Pass("valid (" + context.ConfigDescription + "); " + loaded.Warnings.Count + " warning(s)",
                    loaded.Warnings.Select(w => "warning: " + w.Message).ToList()));
            }

            run.Stopped = context.Options == null;
            return Task.CompletedTask;
        }
    }
}
