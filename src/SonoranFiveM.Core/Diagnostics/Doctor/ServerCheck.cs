namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>
    /// A check that applies in the server only (it reports nothing in the CLI, where there are no <see cref="ServerFacts"/>)
    /// and runs synchronously from what is at hand: it awaits nothing.
    /// </summary>
    public abstract class ServerCheck(string name) : DoctorCheck(name)
    {
        public sealed override Task RunAsync(DoctorRun run, CancellationToken cancellationToken)
        {
            if (run.Context.Server is { } server) Check(run, server);
            return Task.CompletedTask;
        }

        protected abstract void Check(DoctorRun run, ServerFacts server);
    }
}
