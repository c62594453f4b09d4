using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace FxServerDouble
{
    /// <summary>
    /// FXServer's main thread: one dedicated thread that runs a frame every 50 ms (20 Hz, as <c>GameServer</c>) and, between
    /// frames, the work posted to it (events, commands, exports the test raises). <see cref="Delay"/> completes on it.
    /// </summary>
    public sealed class MainThread : IDisposable
    {
        public const int FrameMilliseconds = 50;

        private readonly BlockingCollection<Action> _work = new BlockingCollection<Action>();
        private readonly List<KeyValuePair<long, TaskCompletionSource<object>>> _delays = new List<KeyValuePair<long, TaskCompletionSource<object>>>();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Action _frame;
        private readonly Thread _thread;
        private volatile bool _stopping;

        internal MainThread(Action frame)
        {
            _frame = frame;
            _thread = new Thread(Run) { IsBackground = true, Name = "FXServer main thread (double)" };
            _thread.Start();
        }

        public bool IsCurrent => Thread.CurrentThread == _thread;

        /// <summary>Frames run so far.</summary>
        public long Frames { get; private set; }

        /// <summary>Milliseconds since the server started (FXServer's clock, used for Delay deadlines).</summary>
        public long Now => _clock.ElapsedMilliseconds;

        public void Post(Action action)
        {
            if (!_stopping) _work.Add(action);
        }

        /// <summary>Runs <paramref name="action"/> on the main thread and waits for it; exceptions come back to the caller.</summary>
        public void Invoke(Action action) => Invoke(() => { action(); return 0; });

        public T Invoke<T>(Func<T> func)
        {
            if (IsCurrent) return func();
            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            Post(() =>
            {
                try { done.SetResult(func()); }
                catch (Exception ex) { done.SetException(ex); }
            });
            if (!done.Task.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("the main thread did not run the work within 30 s (blocked?)");
            return done.Task.GetAwaiter().GetResult();
        }

        /// <summary>Waits for one full frame to have run after now.</summary>
        public void WaitFrame()
        {
            var target = Frames + 2;
            var deadline = Now + 5000;
            while (Frames < target && Now < deadline) Invoke(() => { });
        }

        internal Task Delay(int milliseconds)
        {
            // Completed on the main thread without forcing continuations elsewhere: an await with no context resumes there.
            var tcs = new TaskCompletionSource<object>();
            lock (_delays) _delays.Add(new KeyValuePair<long, TaskCompletionSource<object>>(Now + Math.Max(0, milliseconds), tcs));
            return tcs.Task;
        }

        private void Run()
        {
            var nextFrame = Now + FrameMilliseconds;
            while (!_stopping)
            {
                // Posted work runs between frames; when frames run late it still gets one item per frame, so a slow
                // machine stretches the test instead of starving what it posts.
                var wait = (int)Math.Max(0, nextFrame - Now);
                if (_work.TryTake(out var work, wait))
                {
                    work();
                    if (Now < nextFrame) continue;
                }

                nextFrame = Math.Max(nextFrame + FrameMilliseconds, Now + 1);
                CompleteDueDelays();
                _frame();
                Frames++;
            }
        }

        private void CompleteDueDelays()
        {
            List<TaskCompletionSource<object>> due = null;
            lock (_delays)
            {
                for (var i = _delays.Count - 1; i >= 0; i--)
                {
                    if (_delays[i].Key > Now) continue;
                    (due ??= new List<TaskCompletionSource<object>>()).Add(_delays[i].Value);
                    _delays.RemoveAt(i);
                }
            }

            if (due == null) return;
            foreach (var tcs in due) tcs.TrySetResult(null);
        }

        public void Dispose()
        {
            if (_stopping) return;
            Post(() => _stopping = true);
            _thread.Join(TimeSpan.FromSeconds(10));
            _stopping = true;
        }
    }
}
