using System;
using System.Collections.Generic;
using System.Threading.RateLimiting;
using SonoranFiveM.Core.Cad;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// A <see cref="SlidingWindowRateLimiter"/> driven by a <see cref="TimeProvider"/> so that no 60-second window,
    /// aligned or not, holds more than <see cref="PermitLimit"/> acquisitions.
    /// </summary>
    /// <remarks>
    /// The limiter is built with <c>AutoReplenishment = false</c>; this class calls <c>TryReplenish()</c> once per
    /// elapsed segment of the injected clock. A sliding window of N segments of length L returns a permit taken
    /// anywhere inside segment k when segment k+N begins, which can be as little as (N−1)·L after the use. So the
    /// window is sized as 60 s + one segment: with L = 1 s and N = 61, a permit comes back strictly more than 60 s
    /// after it was used, and any 60 s window (closed at both ends) contains at most <see cref="PermitLimit"/> uses.
    /// </remarks>
    public sealed class LaneRateLimiter : IDisposable
    {
        /// <summary>Length of one segment of the sliding window.</summary>
        public static readonly TimeSpan Segment = TimeSpan.FromSeconds(1);

        /// <summary>Segments per window: the 60 s limit window plus one, see the remarks.</summary>
        public static readonly int SegmentsPerWindow = (int)(CadRateLimits.Window.Ticks / Segment.Ticks) + 1;

        private readonly object _gate = new object();
        private readonly TimeProvider _time;
        private readonly SlidingWindowRateLimiter _limiter;
        private readonly DateTimeOffset _origin;
        private readonly Queue<long> _acquiredInSegment = new Queue<long>();
        private long _replenishedThroughSegment;

        public LaneRateLimiter(int permitLimit, TimeProvider time)
        {
            if (permitLimit < 1) throw new ArgumentOutOfRangeException(nameof(permitLimit), permitLimit, "At least one permit per window.");
            PermitLimit = permitLimit;
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _origin = time.GetUtcNow();
            _limiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = TimeSpan.FromTicks(Segment.Ticks * SegmentsPerWindow),
                SegmentsPerWindow = SegmentsPerWindow,
                AutoReplenishment = false,
                QueueLimit = 0,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }

        /// <summary>Most requests in any 60 s window.</summary>
        public int PermitLimit { get; }

        public int AvailablePermits
        {
            get
            {
                lock (_gate)
                {
                    Sync();
                    return (int)(_limiter.GetStatistics()?.CurrentAvailablePermits ?? 0);
                }
            }
        }

        /// <summary>Takes one permit if the window has one now.</summary>
        public bool TryAcquire()
        {
            lock (_gate)
            {
                var segment = Sync();
                using (var lease = _limiter.AttemptAcquire(1))
                {
                    if (!lease.IsAcquired) return false;
                }

                _acquiredInSegment.Enqueue(segment);
                return true;
            }
        }

        /// <summary>When the next permit is free: now if one is, else the start of the segment that returns the oldest use.</summary>
        public DateTimeOffset NextPermitAt()
        {
            lock (_gate)
            {
                Sync();
                if (_acquiredInSegment.Count < PermitLimit) return _time.GetUtcNow();
                var returnsAt = _acquiredInSegment.Peek() + SegmentsPerWindow;
                return _origin + TimeSpan.FromTicks(returnsAt * Segment.Ticks);
            }
        }

        private long Sync()
        {
            var elapsed = _time.GetUtcNow() - _origin;
            var current = elapsed <= TimeSpan.Zero ? 0 : elapsed.Ticks / Segment.Ticks;
            var behind = current - _replenishedThroughSegment;
            if (behind > 0)
            {
                // After a full window every segment has been returned; more calls would change nothing.
                var calls = Math.Min(behind, SegmentsPerWindow);
                for (var i = 0; i < calls; i++) _limiter.TryReplenish();
                _replenishedThroughSegment = current;
            }

            while (_acquiredInSegment.Count > 0 && _acquiredInSegment.Peek() + SegmentsPerWindow <= current)
            {
                _acquiredInSegment.Dequeue();
            }

            return current;
        }

        public void Dispose() => _limiter.Dispose();
    }
}
