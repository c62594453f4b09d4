namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// Tuning for the <see cref="Dispatcher"/>. Every property has a documented default; the lane table in
    /// docs/dispatch.md ("Lane table") lists the per-endpoint defaults from <see cref="DefaultPolicy"/>.
    /// </summary>
    public sealed class DispatcherOptions
    {
        private readonly Dictionary<CadEndpoint, LanePolicy> _lanes = new Dictionary<CadEndpoint, LanePolicy>();

        /// <summary>First delay after a transient failure; doubles per consecutive failure. Default 2 s.</summary>
        public TimeSpan TransientBackoffBase { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>Longest delay between retries of a failing lane. Default 60 s.</summary>
        public TimeSpan TransientBackoffMax { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Wait after a 429 that carried no Retry-After. Default 15 s.</summary>
        public TimeSpan RateLimitedFallbackDelay { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Minimum spacing of unit-location batches. Default 5 s (12/min, the documented limit).</summary>
        public TimeSpan LocationInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>Most units in one location request; the rest go in the next interval. Default 200.</summary>
        public int MaxUnitsPerLocationBatch { get; set; } = 200;

        /// <summary>Heartbeat period; also the heartbeat lane's max age (a heartbeat older than one interval is useless). Default 60 s.</summary>
        public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// Cap on how long a 911 call is kept trying: the call's own <c>deleteAfterMinutes</c> when shorter. Default 30 min.
        /// </summary>
        public TimeSpan Call911MaxAge { get; set; } = TimeSpan.FromMinutes(30);

        /// <summary>Cap on how long a record create is kept trying: the record's own TTL when shorter. Default 24 h.</summary>
        public TimeSpan RecordCreateMaxAge { get; set; } = TimeSpan.FromHours(24);

        /// <summary>How long after its due time a scheduled record delete is still attempted. Default 7 days.</summary>
        public TimeSpan RecordDeleteGrace { get; set; } = TimeSpan.FromDays(7);

        /// <summary>Longest a lane loop sleeps when it has nothing to do (it is also woken by new work). Default 30 s.</summary>
        public TimeSpan IdleWake { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Key added to a 911 call's <c>metaData</c> carrying the client id, so a replayed duplicate can be recognised.</summary>
        public string CallIdMetaDataKey { get; set; } = "sonoranFivemId";

        /// <summary>Uniform random number in [0, 1) for backoff jitter. Tests pin it.</summary>
        public Func<double> Random { get; set; } = SharedRandom.Next;

        /// <summary>The policy of one lane: the override set with <see cref="SetLane"/>, else <see cref="DefaultPolicy"/>.</summary>
        public LanePolicy Lane(CadEndpoint endpoint)
            => _lanes.TryGetValue(endpoint, out var policy) ? policy : DefaultPolicy(endpoint, this);

        public DispatcherOptions SetLane(CadEndpoint endpoint, LanePolicy policy)
        {
            _lanes[endpoint] = policy ?? throw new ArgumentNullException(nameof(policy));
            return this;
        }

        /// <summary>Sets this server's share of one endpoint's documented limit (a community may run several servers on one key).</summary>
        public DispatcherOptions SetShare(CadEndpoint endpoint, double share) => SetLane(endpoint, Lane(endpoint).WithShare(share));

        /// <summary>Sets the same share for every endpoint.</summary>
        public DispatcherOptions SetShareForAll(double share)
        {
            foreach (CadEndpoint endpoint in Enum.GetValues(typeof(CadEndpoint))) SetShare(endpoint, share);
            return this;
        }

        /// <summary>The defaults of DESIGN §3.</summary>
        public static LanePolicy DefaultPolicy(CadEndpoint endpoint, DispatcherOptions options)
        {
            switch (endpoint)
            {
                case CadEndpoint.UnitLocations:
                    return LanePolicy.LatestWins(Math.Max(1, options.MaxUnitsPerLocationBatch));
                case CadEndpoint.Heartbeat:
                    return LanePolicy.LatestWins(1).WithMaxAge(options.HeartbeatInterval);
                case CadEndpoint.UnitPanic:
                    return LanePolicy.LatestWins(1024).WithMaxAge(TimeSpan.FromMinutes(2));
                case CadEndpoint.UnitStatus:
                    return LanePolicy.LatestWins(1024).WithMaxAge(TimeSpan.FromMinutes(2));
                case CadEndpoint.Create911Call:
                    return LanePolicy.Fifo(500).Durable();
                case CadEndpoint.Remove911Call:
                    return LanePolicy.Fifo(500).WithMaxAge(TimeSpan.FromMinutes(30));
                case CadEndpoint.CreateRecord:
                    return LanePolicy.Fifo(2000).Durable();
                case CadEndpoint.DeleteRecord:
                    return LanePolicy.Fifo(5000).Durable();
                case CadEndpoint.CreateLink:
                    // A player waits in game for the code: after two minutes it is better to say so and let them retry.
                    return LanePolicy.Fifo(100).WithMaxAge(TimeSpan.FromMinutes(2));
                case CadEndpoint.CheckLink:
                    // Each check carries its code's expiry.
                    return LanePolicy.Fifo(500);
                case CadEndpoint.ActiveUnits:
                case CadEndpoint.Version:
                    return LanePolicy.Fifo(10).WithMaxAge(TimeSpan.FromMinutes(1));
                default:
                    throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
            }
        }

        private static class SharedRandom
        {
            private static readonly System.Random Rng = new System.Random();

            public static double Next()
            {
                lock (Rng) return Rng.NextDouble();
            }
        }
    }
}
