using System.Threading.RateLimiting;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// A sliding-log <see cref="ReplenishingRateLimiter"/> on an injected <see cref="TimeProvider"/>: no window of
    /// <see cref="CadRateLimits.Window"/> (60 s), aligned or not and closed at both ends, ever holds more than
    /// <see cref="PermitLimit"/> acquisitions.
    /// </summary>
    /// <remarks>
    /// Why not <see cref="SlidingWindowRateLimiter"/> with <c>AutoReplenishment = false</c>: its <c>TryReplenish()</c>
    /// only moves the window once a segment of real <c>Stopwatch</c> time has passed (dotnet/runtime#74360), so it
    /// cannot be driven by a fake clock; and a sliding window of N segments can return a permit as little as
    /// (N−1)/N of the window after its use. This limiter keeps each acquisition's timestamp and returns the permit
    /// exactly <see cref="ReuseAfter"/> = 60 s + <see cref="Margin"/> later. The margin (1 s) makes reuse strictly
    /// more than 60 s apart and absorbs up to a second of network-latency skew between us and the CAD's gateway.
    /// </remarks>
    public sealed class LaneRateLimiter : ReplenishingRateLimiter
    {
        /// <summary>Extra spacing beyond the 60 s window before a permit is reused.</summary>
        public static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

        /// <summary>How long after its use a permit becomes available again.</summary>
        public static readonly TimeSpan ReuseAfter = CadRateLimits.Window + Margin;

        private readonly object _gate = new object();
        private readonly TimeProvider _time;
        private readonly Queue<DateTimeOffset> _uses;
        private long _successful;
        private long _failed;
        private DateTimeOffset? _lastUse;

        public LaneRateLimiter(int permitLimit, TimeProvider time)
        {
            if (permitLimit < 1) throw new ArgumentOutOfRangeException(nameof(permitLimit), permitLimit, "At least one permit per window.");
            PermitLimit = permitLimit;
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _uses = new Queue<DateTimeOffset>(permitLimit);
        }

        /// <summary>Most requests in any 60 s window.</summary>
        public int PermitLimit { get; }

        public override bool IsAutoReplenishing => false;

        public override TimeSpan ReplenishmentPeriod => ReuseAfter;

        public override TimeSpan? IdleDuration
        {
            get
            {
                lock (_gate)
                {
                    Prune(_time.GetUtcNow());
                    if (_uses.Count > 0) return null;
                    return _lastUse.HasValue ? _time.GetUtcNow() - _lastUse.Value : TimeSpan.Zero;
                }
            }
        }

        public int AvailablePermits
        {
            get
            {
                lock (_gate)
                {
                    Prune(_time.GetUtcNow());
                    return PermitLimit - _uses.Count;
                }
            }
        }

        /// <summary>Takes one permit if the window has one now.</summary>
        public bool TryAcquire()
        {
            using (var lease = AttemptAcquire(1)) return lease.IsAcquired;
        }

        /// <summary>When the next permit is free: now if one is, else when the oldest use in the window expires.</summary>
        public DateTimeOffset NextPermitAt()
        {
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                Prune(now);
                return _uses.Count < PermitLimit ? now : _uses.Peek() + ReuseAfter;
            }
        }

        /// <summary>Drops uses older than the window; the clock is the TimeProvider, so this is all replenishing means here.</summary>
        public override bool TryReplenish()
        {
            lock (_gate) Prune(_time.GetUtcNow());
            return true;
        }

        public override RateLimiterStatistics? GetStatistics()
        {
            lock (_gate)
            {
                Prune(_time.GetUtcNow());
                return new RateLimiterStatistics
                {
                    CurrentAvailablePermits = PermitLimit - _uses.Count,
                    CurrentQueuedCount = 0,
                    TotalSuccessfulLeases = _successful,
                    TotalFailedLeases = _failed,
                };
            }
        }

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            if (permitCount < 0 || permitCount > PermitLimit) throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "Between 0 and the permit limit.");
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                Prune(now);
                if (_uses.Count + permitCount <= PermitLimit)
                {
                    for (var i = 0; i < permitCount; i++) _uses.Enqueue(now);
                    if (permitCount > 0) _lastUse = now;
                    _successful++;
                    return Lease.Acquired;
                }

                _failed++;
                var retryAfter = _uses.Peek() + ReuseAfter - now;
                return new Lease(false, retryAfter);
            }
        }

        /// <summary>Never waits: callers are lanes that come back at <see cref="NextPermitAt"/>.</summary>
        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
            => new ValueTask<RateLimitLease>(AttemptAcquireCore(permitCount));

        private void Prune(DateTimeOffset now)
        {
            while (_uses.Count > 0 && _uses.Peek() + ReuseAfter <= now) _uses.Dequeue();
        }

        private sealed class Lease : RateLimitLease
        {
            public static readonly Lease Acquired = new Lease(true, null);
            private readonly TimeSpan? _retryAfter;

            public Lease(bool acquired, TimeSpan? retryAfter)
            {
                IsAcquired = acquired;
                _retryAfter = retryAfter;
            }

            public override bool IsAcquired { get; }

            public override IEnumerable<string> MetadataNames
            {
                get
                {
                    if (_retryAfter.HasValue) yield return MetadataName.RetryAfter.Name;
                }
            }

            public override bool TryGetMetadata(string metadataName, out object? metadata)
            {
                if (_retryAfter.HasValue && metadataName == MetadataName.RetryAfter.Name)
                {
                    metadata = _retryAfter.Value;
                    return true;
                }

                metadata = null;
                return false;
            }
        }
    }
}
