namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>What a lane does after one failed request.</summary>
    internal enum LaneReaction
    {
        /// <summary>Nothing at lane level.</summary>
        None,

        /// <summary>No send before the reply's Retry-After (or <see cref="DispatcherOptions.RateLimitedFallbackDelay"/>).</summary>
        WaitRetryAfter,

        /// <summary>Exponential backoff with equal jitter, from <see cref="DispatcherOptions.TransientBackoffBase"/> to its max.</summary>
        BackOff,

        /// <summary>Pause the lane until resumed or restarted, and tell the owner; other lanes go on.</summary>
        Pause,
    }

    /// <summary>What happens to the items of a failed request.</summary>
    internal enum ItemReaction
    {
        /// <summary>Back to the front of the queue, sent again when the lane may send.</summary>
        Retry,

        /// <summary>Durable items wait for the lane to resume; others are rejected.</summary>
        KeepIfDurable,

        /// <summary>A batch is split and each item retried alone; a single item is rejected for good.</summary>
        SplitThenReject,
    }

    /// <summary>
    /// The one retry policy: how every lane reacts to each kind of failure. The CAD client makes one attempt per call
    /// (its Polly pipeline is a timeout and a circuit breaker), so every retry is a lane's, paced by its rate limiter.
    /// <code>
    /// failure       lane                          items                       pump
    /// Transient     back off (2 s doubling → 60 s) retried                     stops
    /// RateLimited   wait for Retry-After (or 15 s) retried                     stops
    /// Fatal         pause, tell the owner          kept if durable, else fail  stops
    /// Rejected      nothing                        batch split, then rejected  goes on
    /// </code>
    /// </summary>
    internal static class FailurePolicy
    {
        // PumpGoesOn: whether the lane's pump sends its next request at once.
        private static readonly Dictionary<DeliveryFailureKind, (LaneReaction Lane, ItemReaction Items, bool PumpGoesOn)> Rules =
            new Dictionary<DeliveryFailureKind, (LaneReaction, ItemReaction, bool)>
            {
                [DeliveryFailureKind.Transient] = (LaneReaction.BackOff, ItemReaction.Retry, false),
                [DeliveryFailureKind.RateLimited] = (LaneReaction.WaitRetryAfter, ItemReaction.Retry, false),
                [DeliveryFailureKind.Fatal] = (LaneReaction.Pause, ItemReaction.KeepIfDurable, false),
                [DeliveryFailureKind.Rejected] = (LaneReaction.None, ItemReaction.SplitThenReject, true),
            };

        public static (LaneReaction Lane, ItemReaction Items, bool PumpGoesOn) For(DeliveryFailureKind kind) => Rules[kind];

        /// <summary>Exponential backoff with "equal jitter": half the delay fixed, half random.</summary>
        public static TimeSpan Backoff(int consecutiveFailures, TimeSpan baseDelay, TimeSpan maxDelay, Func<double> random)
        {
            var exponent = Math.Min(Math.Max(consecutiveFailures - 1, 0), 30);
            var ticks = Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, exponent));
            var r = random();
            if (double.IsNaN(r) || r < 0) r = 0;
            if (r > 1) r = 1;
            return TimeSpan.FromTicks((long)(ticks / 2 + ticks / 2 * r));
        }
    }
}
