namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>A row of the doctor's table that reports under one name: its lines carry <see cref="Name"/>.</summary>
    public abstract class DoctorCheck(string name) : IDoctorCheck
    {
        /// <summary>The check's name in its lines, e.g. "outbox".</summary>
        public string Name { get; } = name;

        public abstract Task RunAsync(DoctorRun run, CancellationToken cancellationToken);

        protected CheckLine Pass(string detail, IReadOnlyList<string>? notes = null) => CheckLine.Pass(Name, detail, notes);

        protected CheckLine Fail(string detail, string fix) => CheckLine.Fail(Name, detail, fix);

        protected CheckLine Skip(string detail) => CheckLine.Skip(Name, detail);

        /// <summary>Reports SKIP with <paramref name="why"/> when <paramref name="skip"/> holds, so the caller stops there.</summary>
        protected bool SkipIf(DoctorRun run, bool skip, string why)
        {
            if (skip) run.Report(Skip(why));
            return skip;
        }
    }
}
