using System;
using SonoranFiveM.Core.Cad;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>The queueing rules of one lane. Defaults per endpoint are in <see cref="DispatcherOptions"/>.</summary>
    public sealed class LanePolicy
    {
        public LanePolicy(QueuePolicy queue, bool durable, TimeSpan? maxAge, int capacity, OverflowPolicy overflow, double share = 1.0)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A lane holds at least one item.");
            if (!(share > 0 && share <= 1)) throw new ArgumentOutOfRangeException(nameof(share), share, "The share of the documented rate limit must be in (0, 1].");
            if (maxAge.HasValue && maxAge.Value <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(maxAge), maxAge, "Max age must be positive.");
            Queue = queue;
            Durable = durable;
            MaxAge = maxAge;
            Capacity = capacity;
            Overflow = overflow;
            Share = share;
        }

        public QueuePolicy Queue { get; }

        /// <summary>Journaled to the outbox before sending and replayed after a restart.</summary>
        public bool Durable { get; }

        /// <summary>Queued work older than this is dropped with a log line; null = the item's own expiry only.</summary>
        public TimeSpan? MaxAge { get; }

        /// <summary>Most items (latest-wins: most keys) the lane holds.</summary>
        public int Capacity { get; }

        public OverflowPolicy Overflow { get; }

        /// <summary>This server's share of the endpoint's per-API-key limit, in (0, 1].</summary>
        public double Share { get; }

        public LanePolicy WithShare(double share) => new LanePolicy(Queue, Durable, MaxAge, Capacity, Overflow, share);

        public LanePolicy WithMaxAge(TimeSpan? maxAge) => new LanePolicy(Queue, Durable, maxAge, Capacity, Overflow, Share);

        public LanePolicy WithCapacity(int capacity) => new LanePolicy(Queue, Durable, MaxAge, capacity, Overflow, Share);

        /// <summary>Requests this lane may send per 60 s: floor(documented limit × share), at least 1.</summary>
        public int PermitsPerWindow(CadEndpoint endpoint)
            => Math.Max(1, (int)Math.Floor(CadRateLimits.PerMinute(endpoint) * Share + 1e-9));
    }
}
