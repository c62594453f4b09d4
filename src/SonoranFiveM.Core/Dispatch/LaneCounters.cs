namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Mutable per-lane counters. Thread-safe; read through <see cref="Snapshot"/>.</summary>
    internal sealed class LaneCounters
    {
        private readonly object _gate = new object();
        private readonly long[] _dropped = new long[Enum.GetValues(typeof(DropReason)).Length];
        private long _sent;
        private long _accepted;
        private long _retried;
        private DeliveryFailure? _lastError;
        private DateTimeOffset? _lastErrorAt;

        public void RequestSent()
        {
            lock (_gate) _sent++;
        }

        public void Accepted(int items)
        {
            lock (_gate) _accepted += items;
        }

        public void Retried(int items)
        {
            lock (_gate) _retried += items;
        }

        public void Dropped(DropReason reason, int items = 1)
        {
            lock (_gate) _dropped[(int)reason] += items;
        }

        public void Error(DeliveryFailure failure, DateTimeOffset at)
        {
            lock (_gate)
            {
                _lastError = failure;
                _lastErrorAt = at;
            }
        }

        public long DroppedCount(DropReason reason)
        {
            lock (_gate) return _dropped[(int)reason];
        }

        public LaneStatus Snapshot(CadEndpoint endpoint, int permits, int queued, DateTimeOffset nextAllowed, bool paused, string? pauseReason, string? name = null)
        {
            lock (_gate)
            {
                var dropped = new Dictionary<DropReason, long>();
                foreach (DropReason reason in Enum.GetValues(typeof(DropReason))) dropped[reason] = _dropped[(int)reason];
                return new LaneStatus(endpoint, name ?? endpoint.ToString(), permits, queued, _sent, _accepted, _retried, dropped, _lastError, _lastErrorAt,
                    nextAllowed, paused, pauseReason);
            }
        }
    }
}
