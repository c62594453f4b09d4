namespace SonoranFiveM.Core.Tests.Cad.TestSupport
{
    /// <summary>
    /// A <see cref="FakeTimeProvider"/> that also reports the timers created on it, so a test can wait until Polly has
    /// scheduled a delay before advancing the clock (no sleeping, no racing the thread pool).
    /// </summary>
    public sealed class TestClock : FakeTimeProvider
    {
        public static readonly DateTimeOffset Epoch = new DateTimeOffset(2026, 8, 1, 12, 0, 0, TimeSpan.Zero);

        private readonly object _gate = new object();
        private readonly List<TimeSpan> _timers = new List<TimeSpan>();
        private readonly List<(Func<TimeSpan, bool> Match, int Count, TaskCompletionSource<TimeSpan> Signal)> _waiters = new();

        public TestClock() : base(Epoch)
        {
        }

        public IReadOnlyList<TimeSpan> TimerDueTimes
        {
            get { lock (_gate) return _timers.ToArray(); }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Report(dueTime);
            return new ReportingTimer(timer, this);
        }

        /// <summary>Records a scheduled due time (timers made with an infinite due time and changed later report on Change).</summary>
        private void Report(TimeSpan dueTime)
        {
            if (dueTime == Timeout.InfiniteTimeSpan) return;
            var ready = new List<(TaskCompletionSource<TimeSpan>, TimeSpan)>();
            lock (_gate)
            {
                _timers.Add(dueTime);
                _waiters.RemoveAll(w =>
                {
                    var matches = _timers.Where(w.Match).ToList();
                    if (matches.Count < w.Count) return false;
                    ready.Add((w.Signal, matches[w.Count - 1]));
                    return true;
                });
            }

            foreach (var (signal, due) in ready) signal.TrySetResult(due);
        }

        /// <summary>Waits for the <paramref name="count"/>-th timer whose due time matches; returns its due time.</summary>
        public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, int count = 1)
        {
            var signal = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                var matches = _timers.Where(match).ToList();
                if (matches.Count >= count) return matches[count - 1];
                _waiters.Add((match, count, signal));
            }

            var winner = await Task.WhenAny(signal.Task, Task.Delay(TimeSpan.FromSeconds(10)));
            if (winner != signal.Task) throw new TimeoutException($"Expected timer #{count}; saw [{string.Join(", ", TimerDueTimes)}].");
            return await signal.Task;
        }

        private sealed class ReportingTimer : ITimer
        {
            private readonly ITimer _inner;
            private readonly TestClock _clock;

            public ReportingTimer(ITimer inner, TestClock clock)
            {
                _inner = inner;
                _clock = clock;
            }

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                var changed = _inner.Change(dueTime, period);
                _clock.Report(dueTime);
                return changed;
            }

            public void Dispose() => _inner.Dispose();

            public ValueTask DisposeAsync() => _inner.DisposeAsync();
        }
    }
}
