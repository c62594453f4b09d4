namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>What <c>simulate</c> runs: parsed from the command line by <see cref="Commands.SimulateCommand"/>.</summary>
    public sealed class SimulationSettings
    {
        public int Players { get; init; } = 64;

        /// <summary>Share of players that are CAD units, 0–1.</summary>
        public double UnitsShare { get; init; } = 0.25;

        public int DurationSeconds { get; init; } = 60;

        /// <summary>911/311 calls per minute across the server (a quarter are 311).</summary>
        public double CallsPerMinute { get; init; } = 4;

        public int Seed { get; init; } = 1;

        /// <summary>Virtual seconds per real second; null runs as fast as the machine can ("max").</summary>
        public double? Speed { get; init; } = 1;

        /// <summary>Fault profile tokens for the emulator.</summary>
        public IReadOnlyList<string> Faults { get; init; } = new List<string>();

        /// <summary>A real CAD instead of the emulator (no virtual time, no CAD-side counting).</summary>
        public string? CadUrl { get; init; }
        public string? ApiKey { get; init; }
        public string? CommunityId { get; init; }
        public int ServerId { get; init; } = 1;

        public bool Json { get; init; }

        /// <summary>Where the run's scratch folder (outbox journal) is made; removed at the end, also when the start fails.</summary>
        internal string WorkFolderParent { get; init; } = System.IO.Path.GetTempPath();

        /// <summary>How unit locations travel: "websocket" (the hub, HTTP as fallback; the default) or "http".</summary>
        public string Transport { get; init; } = "websocket";

        /// <summary>Seconds the emulator's hub is down, centred in the run; 0 for none.</summary>
        public int HubOutageSeconds { get; init; }

        public int Units => Players == 0 ? 0 : (int)System.Math.Round(Players * UnitsShare, System.MidpointRounding.AwayFromZero);

        public string SpeedText => Speed.HasValue ? Speed.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "max";
    }
}
