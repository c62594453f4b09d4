namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// Runs one loop per lane (each sleeps on the <see cref="TimeProvider"/> until its next due time or new work), and on
    /// stop drains what the rate budgets allow before a deadline.
    /// </summary>
    internal sealed class LaneLoops
    {
        private static readonly TimeSpan MinLoopDelay = TimeSpan.FromMilliseconds(50);

        private readonly LaneRegistry _lanes;
        private readonly DispatcherOptions _options;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly CancellationTokenSource _loopCts = new CancellationTokenSource();
        private Task[] _loops = Array.Empty<Task>();

        public LaneLoops(LaneRegistry lanes, DispatcherOptions options, TimeProvider time, ILog log)
        {
            _lanes = lanes;
            _options = options;
            _time = time;
            _log = log;
        }

        /// <summary>Cancelled at the stop deadline (or on dispose): in-flight sends end there.</summary>
        public CancellationTokenSource Sends { get; } = new CancellationTokenSource();

        public void Start()
        {
            var token = _loopCts.Token;
            _loops = _lanes.All.Select(lane => Task.Run(() => RunAsync(lane, token))).ToArray();
        }

        /// <summary>Ends the loops, then pumps every lane (with <paramref name="pump"/>) as long as work is due before the deadline.</summary>
        public async Task StopAsync(DateTimeOffset deadline, Func<CancellationToken, Task> pump)
        {
            var remaining = deadline - _time.GetUtcNow();
            if (remaining < TimeSpan.Zero) remaining = TimeSpan.Zero;
            using var deadlineCts = _time.CreateCancellationTokenSource(remaining);
            using var cancelSends = deadlineCts.Token.Register(() => SafeCancel(Sends));
            SafeCancel(_loopCts);
            try
            {
                await Task.WhenAll(_loops).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Warning, "Dispatcher loop ended with an error while stopping: " + ex.Message);
            }

            var token = Sends.Token;
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await pump(token).ConfigureAwait(false);
                    var now = _time.GetUtcNow();
                    var next = NextFinalWake(now);
                    if (!next.HasValue || next.Value >= deadline) break;
                    var delay = next.Value - now;
                    await _time.Delay(delay < MinLoopDelay ? MinLoopDelay : delay, token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        public void Cancel()
        {
            SafeCancel(_loopCts);
            SafeCancel(Sends);
        }

        private async Task RunAsync(Lane lane, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await lane.PumpAsync(Sends.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (Sends.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    _log.Write(LogLevel.Error, "Dispatch lane " + lane.Name + " loop error (continuing): " + ex.Message);
                }

                var now = _time.GetUtcNow();
                var delay = lane.NextWakeAt(now) - now;
                if (delay < MinLoopDelay) delay = MinLoopDelay;
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stop))
                {
                    var woken = lane.WaitForWakeAsync(wait.Token);
                    var slept = _time.Delay(delay, wait.Token);
                    lane.LoopPassCompleted();
                    await Task.WhenAny(woken, slept).ConfigureAwait(false);
                    wait.Cancel();
                }
            }
        }

        private DateTimeOffset? NextFinalWake(DateTimeOffset now)
        {
            DateTimeOffset? earliest = null;
            foreach (var lane in _lanes.All)
            {
                if (lane is LocationLane || lane.IsPaused || lane.Queued == 0) continue;
                var at = lane.NextWakeAt(now);
                if (at - now >= _options.IdleWake) continue;
                if (!earliest.HasValue || at < earliest.Value) earliest = at;
            }

            return earliest;
        }

        private static void SafeCancel(CancellationTokenSource cts)
        {
            try
            {
                cts.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already torn down.
            }
        }
    }
}
