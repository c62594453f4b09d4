namespace SonoranFiveM.Core.Outbox
{
    /// <summary>
    /// The journal's disk state while the disk refuses: the owner-facing problem (one log line per change of reason),
    /// and a retry timer that backs off from 1 s, doubling, to 1 min. Used by the writer under its file lock.
    /// </summary>
    internal sealed class DiskTrouble
    {
        private const string Prefix = "outbox not writable: ";
        private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(1);

        private readonly string _path;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly Action _retry;
        private ITimer? _timer;
        private int _failures;
        private volatile bool _retryDue;
        private volatile string? _problem;

        /// <param name="path">The journal, for messages.</param>
        /// <param name="time">The clock of the retry timer.</param>
        /// <param name="log">Where the problem and the recovery are said.</param>
        /// <param name="retry">Wakes the writer when a retry is due.</param>
        public DiskTrouble(string path, TimeProvider time, ILog log, Action retry)
        {
            _path = path;
            _time = time;
            _log = log;
            _retry = retry;
        }

        /// <summary>"outbox not writable: &lt;reason&gt;. Fix: …" while the disk refuses; null when it takes writes.</summary>
        public string? Problem => _problem;

        public bool RetryDue => _retryDue;

        /// <summary>Whether a retry is due, clearing it.</summary>
        public bool TakeRetryDue()
        {
            var due = _retryDue;
            _retryDue = false;
            return due;
        }

        /// <summary>While the disk is refusing, new work waits for the retry timer rather than hammering it.</summary>
        public bool Waiting(bool retrying) => _problem != null && _timer != null && !retrying;

        /// <summary>The disk refused (<paramref name="explanation"/>: reason and fix): say so once per reason, and arm the retry.</summary>
        public void Refused(string explanation, bool starting)
        {
            var problem = Prefix + explanation;
            if (problem != _problem)
            {
                _log.Write(LogLevel.Error, (starting ? "Outbox " + _path + " cannot be used: " : "Outbox " + _path + ": ")
                    + explanation + " Until then calls and records are still sent, but not saved:"
                    + " anything unsent when the server stops is lost. Retrying with backoff.");
            }

            _problem = problem;
            var delay = TimeSpan.FromTicks(Math.Min(LastRetry.Ticks, FirstRetry.Ticks << Math.Min(_failures, 16)));
            _failures++;
            _timer?.Dispose();
            _timer = _time.CreateTimer(_ =>
            {
                _retryDue = true;
                _retry();
            }, null, delay, Timeout.InfiniteTimeSpan);
        }

        /// <summary>A write went through: say so if the disk had been refusing, and stop retrying.</summary>
        public void Recovered(int saved)
        {
            if (_problem != null)
            {
                _log.Write(LogLevel.Info, "Outbox " + _path + " is writable again; " + saved + " waiting item(s) saved.");
                _problem = null;
            }

            _failures = 0;
            StopRetrying();
        }

        public void StopRetrying()
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}
