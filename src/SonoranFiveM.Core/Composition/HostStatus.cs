namespace SonoranFiveM.Core.Composition
{
    /// <summary>What <see cref="SonoranHost.Status"/> reports: the status command's lines and the figures behind them.</summary>
    public sealed class HostStatus
    {
        public static readonly HostStatus NotRunning = new HostStatus(
            new[] { "not running: see the configuration errors printed at start (or run `sonoran reload`)." }, Array.Empty<LaneStatus>(), 0, 0);

        public HostStatus(IReadOnlyList<string> lines, IReadOnlyList<LaneStatus> lanes, int activeUnits, int outboxEntries)
        {
            Lines = lines;
            Lanes = lanes;
            ActiveUnits = activeUnits;
            OutboxEntries = outboxEntries;
        }

        /// <summary>One line per fact, for the console and chat.</summary>
        public IReadOnlyList<string> Lines { get; }

        /// <summary>Every lane once: the CAD's and the record mirrors'.</summary>
        public IReadOnlyList<LaneStatus> Lanes { get; }

        /// <summary>CAD units online, as the roster last read them.</summary>
        public int ActiveUnits { get; }

        /// <summary>Durable work in the outbox not yet delivered.</summary>
        public int OutboxEntries { get; }
    }
}
