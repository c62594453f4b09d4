namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>The raw figures a simulation run collected; <see cref="SimulationReport"/> does the counting.</summary>
    public sealed class SimulationFigures
    {
        public int Players { get; init; }
        public int Units { get; init; }
        public double DurationSeconds { get; init; }
        public string Target { get; init; } = "emulator";
        public string Faults { get; init; } = "none";
        public string Speed { get; init; } = "1";
        public int Seed { get; init; }

        /// <summary>True when "delivered" was read from the CAD's own state (the emulator); false when it comes from acceptance tickets.</summary>
        public bool DeliveredFromCad { get; init; } = true;

        /// <summary>HTTP requests per endpoint name.</summary>
        public IReadOnlyDictionary<string, long> Requests { get; init; } = new Dictionary<string, long>();
        public long RateLimited { get; init; }
        public long Errors { get; init; }

        public DurableFigures Calls911 { get; init; } = new();

        /// <summary>Milliseconds (virtual time) from the /911 command to the call's creation in the CAD, one per delivered emergency call.</summary>
        public IReadOnlyList<double> Call911LatenciesMs { get; init; } = Array.Empty<double>();

        /// <summary>The same for /311 (non-emergency) calls, which wait behind every emergency.</summary>
        public IReadOnlyList<double> Call311LatenciesMs { get; init; } = Array.Empty<double>();

        public DurableFigures Records { get; init; } = new();

        /// <summary>Records the CAD deleted at the end of their lifetime.</summary>
        public long RecordsExpiredDeleted { get; init; }

        public long LocationsSampled { get; init; }
        public long LocationsSent { get; init; }
        public double MaxLocationStalenessSeconds { get; init; }

        /// <summary>"websocket" or "http" (how unit locations travelled).</summary>
        public string LocationTransport { get; init; } = "http";

        /// <summary>Age of each unit's position in the CAD, sampled every step once every unit has one (seconds).</summary>
        public IReadOnlyList<double> LocationStalenessSeconds { get; init; } = Array.Empty<double>();

        /// <summary>unitLocation calls the hub received, and how many it refused for its limits.</summary>
        public long HubCalls { get; init; }
        public long HubLimitErrors { get; init; }

        /// <summary>Push events the resource received (and accepted).</summary>
        public long PushEventsReceived { get; init; }

        /// <summary>Milliseconds from a unit change made in the CAD to the resource's roster showing it.</summary>
        public IReadOnlyList<double> RosterChangeLatenciesMs { get; init; } = Array.Empty<double>();

        public long PeakManagedMemoryBytes { get; init; }
        public int OutboxEntries { get; init; }

        /// <summary>Items queued per lane at the end of the run.</summary>
        public IReadOnlyDictionary<string, int> QueueDepths { get; init; } = new Dictionary<string, int>();

        /// <summary>The deepest each lane's queue got during the run.</summary>
        public IReadOnlyDictionary<string, int> PeakQueueDepths { get; init; } = new Dictionary<string, int>();

        public long Warnings { get; init; }
        public long LoggedErrors { get; init; }
    }
}
