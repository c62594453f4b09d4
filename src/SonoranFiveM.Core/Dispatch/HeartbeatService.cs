namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// Queues a heartbeat with the current player count every interval (default 60 s, on the TimeProvider's timer)
    /// through the dispatcher's latest-wins heartbeat lane; a heartbeat not sent within one interval is dropped.
    /// </summary>
    public sealed class HeartbeatService : IDisposable
    {
        private readonly object _gate = new object();
        private readonly Dispatcher _dispatcher;
        private readonly Func<int> _playerCount;
        private readonly TimeSpan _interval;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private ITimer? _timer;

        /// <param name="playerCount">Must be safe to call from a thread-pool thread (e.g. <c>UnitRoster.PlayerCount</c>).</param>
        public HeartbeatService(Dispatcher dispatcher, Func<int> playerCount, TimeSpan interval, TimeProvider time, ILog log)
        {
            if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), interval, "The heartbeat interval must be positive.");
            _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
            _playerCount = playerCount ?? throw new ArgumentNullException(nameof(playerCount));
            _interval = interval;
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
        }

        /// <summary>Queues one heartbeat now.</summary>
        public IDeliveryTicket? Beat()
        {
            try
            {
                return _dispatcher.SendHeartbeat(_playerCount());
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Warning, "Heartbeat skipped: " + ex.Message);
                return null;
            }
        }

        /// <summary>Beats now and every interval after.</summary>
        public void Start()
        {
            lock (_gate)
            {
                if (_timer != null) return;
                _timer = _time.CreateTimer(_ => Beat(), null, TimeSpan.Zero, _interval);
            }
        }

        public void Stop()
        {
            lock (_gate)
            {
                _timer?.Dispose();
                _timer = null;
            }
        }

        public void Dispose() => Stop();
    }
}
