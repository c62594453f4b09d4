namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// The queueing rules of one lane, built by name: <c>LanePolicy.Fifo(500).Durable()</c>,
    /// <c>LanePolicy.LatestWins(1024).WithMaxAge(…)</c>. Defaults per endpoint are in <see cref="DispatcherOptions"/>.
    /// </summary>
    public sealed class LanePolicy
    {
        private LanePolicy(QueuePolicy queue, bool durable, TimeSpan? maxAge, int capacity, OverflowPolicy overflow, double share)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A lane holds at least one item.");
            if (!(share > 0 && share <= 1)) throw new ArgumentOutOfRangeException(nameof(share), share, "The share of the documented rate limit must be in (0, 1].");
            if (maxAge.HasValue && maxAge.Value <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(maxAge), maxAge, "Max age must be positive.");
            Queue = queue;
            IsDurable = durable;
            MaxAge = maxAge;
            Capacity = capacity;
            Overflow = overflow;
            Share = share;
        }

        /// <summary>First in, first out; when full, new work is refused (the caller hears it was not queued).</summary>
        public static LanePolicy Fifo(int capacity) =>
            new LanePolicy(QueuePolicy.Fifo, durable: false, maxAge: null, capacity, OverflowPolicy.RejectNew, share: 1.0);

        /// <summary>One pending item per key, the newest; when full, the oldest key is dropped.</summary>
        public static LanePolicy LatestWins(int capacity) =>
            new LanePolicy(QueuePolicy.LatestWins, durable: false, maxAge: null, capacity, OverflowPolicy.DropOldest, share: 1.0);

        public QueuePolicy Queue { get; }

        /// <summary>Journaled to the outbox before sending and replayed after a restart.</summary>
        public bool IsDurable { get; }

        /// <summary>Queued work older than this is dropped with a log line; null = the item's own expiry only.</summary>
        public TimeSpan? MaxAge { get; }

        /// <summary>Most items (latest-wins: most keys) the lane holds.</summary>
        public int Capacity { get; }

        public OverflowPolicy Overflow { get; }

        /// <summary>This server's share of the endpoint's per-API-key limit, in (0, 1].</summary>
        public double Share { get; }

        /// <summary>The same policy, journaled to the outbox.</summary>
        public LanePolicy Durable() => new LanePolicy(Queue, true, MaxAge, Capacity, Overflow, Share);

        public LanePolicy WithShare(double share) => new LanePolicy(Queue, IsDurable, MaxAge, Capacity, Overflow, share);

        public LanePolicy WithMaxAge(TimeSpan? maxAge) => new LanePolicy(Queue, IsDurable, maxAge, Capacity, Overflow, Share);

        public LanePolicy WithCapacity(int capacity) => new LanePolicy(Queue, IsDurable, MaxAge, capacity, Overflow, Share);

        /// <summary>Requests this lane may send per 60 s: floor(documented limit × share), at least 1.</summary>
        public int PermitsPerWindow(CadEndpoint endpoint)
            => Math.Max(1, (int)Math.Floor(CadRateLimits.PerMinute(endpoint) * Share + 1e-9));
    }
}
