namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// One endpoint's pacing and failure state: its own rate limiter, backoff, pause flag and counters. A lane never
    /// waits for another: each is pumped on its own, and at most one request per lane is in flight.
    /// </summary>
    internal abstract class Lane : IDisposable
    {
        private readonly SemaphoreSlim _pumpGate = new SemaphoreSlim(1, 1);
        private readonly SemaphoreSlim _wake = new SemaphoreSlim(0, 1);
        private readonly object _stateGate = new object();
        private bool _paused;
        private string? _pauseReason;
        private DateTimeOffset _blockedUntil;
        private int _consecutiveFailures;
        private TaskCompletionSource<bool> _nextPass = NewPass();

        protected Lane(CadEndpoint endpoint, LanePolicy policy, DispatcherOptions options, TimeProvider time, ILog log, Action<LaneFault> onFault)
            : this(endpoint.ToString(), endpoint, policy.PermitsPerWindow(endpoint), policy, options, time, log, onFault)
        {
        }

        /// <summary>A lane with its own name and rate (e.g. a record mirror: <c>tines.CreateRecord</c>, 400/min).</summary>
        protected Lane(string name, CadEndpoint endpoint, int permitsPerWindow, LanePolicy policy, DispatcherOptions options, TimeProvider time, ILog log, Action<LaneFault> onFault)
        {
            Name = name;
            Endpoint = endpoint;
            Policy = policy;
            Options = options;
            Time = time;
            Log = log;
            OnFault = onFault;
            Limiter = new LaneRateLimiter(permitsPerWindow, time);
            _blockedUntil = DateTimeOffset.MinValue;
        }

        /// <summary>The endpoint name for CAD lanes; <c>target.Operation</c> for other lanes (record mirrors).</summary>
        public string Name { get; }

        /// <summary>The CAD operation, or for a mirror lane the kind of operation it performs.</summary>
        public CadEndpoint Endpoint { get; }
        public LanePolicy Policy { get; }
        public LaneRateLimiter Limiter { get; }
        public LaneCounters Counters { get; } = new LaneCounters();
        protected DispatcherOptions Options { get; }
        protected TimeProvider Time { get; }
        protected ILog Log { get; }
        private Action<LaneFault> OnFault { get; }

        protected DateTimeOffset Now => Time.GetUtcNow();

        public bool IsPaused
        {
            get { lock (_stateGate) return _paused; }
        }

        public string? PauseReason
        {
            get { lock (_stateGate) return _pauseReason; }
        }

        public DateTimeOffset BlockedUntil
        {
            get { lock (_stateGate) return _blockedUntil; }
        }

        /// <summary>Items (or units) waiting.</summary>
        public abstract int Queued { get; }

        /// <summary>Something is ready to go out now, budget permitting.</summary>
        protected abstract bool HasSendableWork(DateTimeOffset now);

        /// <summary>Drops work past its max age, with a log line.</summary>
        protected abstract void DropStale(DateTimeOffset now);

        /// <summary>Takes one request's worth of work, sends it and settles each item. False when there was nothing to take.</summary>
        protected abstract Task<bool> SendOneAsync(DateTimeOffset now, CancellationToken cancellationToken);

        /// <summary>When queued work next becomes due (scheduled or expiring), ignoring budget; null when nothing waits.</summary>
        protected abstract DateTimeOffset? NextWorkAt(DateTimeOffset now);

        /// <summary>Called after a fatal error paused the lane.</summary>
        protected abstract void OnPaused(string reason);

        /// <summary>
        /// Sends everything that is due now and within budget; returns when those sends are settled. If the lane is
        /// already being pumped (a send in flight), returns at once: that pump carries on, and nobody waits for it.
        /// </summary>
        public async Task PumpAsync(CancellationToken cancellationToken)
        {
            if (!_pumpGate.Wait(0)) return;
            try
            {
                DropStale(Now);
                while (!cancellationToken.IsCancellationRequested)
                {
                    var now = Now;
                    if (IsPaused || now < BlockedUntil) break;
                    if (!HasSendableWork(now)) break;
                    if (!Limiter.TryAcquire()) break;
                    if (!await SendOneAsync(now, cancellationToken).ConfigureAwait(false)) break;
                }
            }
            finally
            {
                _pumpGate.Release();
            }
        }

        /// <summary>When this lane's loop should next look: the earliest moment work could be sent or go stale.</summary>
        public DateTimeOffset NextWakeAt(DateTimeOffset now)
        {
            var idle = now + Options.IdleWake;
            if (IsPaused) return idle;
            var work = NextWorkAt(now);
            if (!work.HasValue) return idle;
            var at = work.Value;
            var blocked = BlockedUntil;
            if (blocked > at) at = blocked;
            var permit = Limiter.NextPermitAt();
            if (permit > at) at = permit;
            if (at < now) at = now;
            return at < idle ? at : idle;
        }

        public DateTimeOffset NextAllowedSendAt()
        {
            var permit = Limiter.NextPermitAt();
            var blocked = BlockedUntil;
            return blocked > permit ? blocked : permit;
        }

        /// <summary>Clears a fatal pause (after the owner fixed the cause).</summary>
        public void Resume()
        {
            lock (_stateGate)
            {
                _paused = false;
                _pauseReason = null;
                _consecutiveFailures = 0;
                _blockedUntil = DateTimeOffset.MinValue;
            }

            Log.Write(LogLevel.Info, "Dispatch lane " + Name + " resumed.");
            Wake();
        }

        public LaneStatus Snapshot()
            => Counters.Snapshot(Endpoint, Limiter.PermitLimit, Queued, NextAllowedSendAt(), IsPaused, PauseReason, Name);

        /// <summary>Wakes the lane's loop early (new work arrived).</summary>
        public void Wake()
        {
            if (_wake.CurrentCount == 0)
            {
                try
                {
                    _wake.Release();
                }
                catch (SemaphoreFullException)
                {
                    // Already signalled by another thread.
                }
            }
        }

        public Task WaitForWakeAsync(CancellationToken cancellationToken) => _wake.WaitAsync(cancellationToken);

        /// <summary>
        /// Completes when the lane's loop next finishes a pass: its pump has settled and its sleep (timer or wake) is
        /// already scheduled, so advancing a fake clock from then on reaches it. Take the task before checking a condition,
        /// then await it, so a pass cannot slip by unseen.
        /// </summary>
        public Task NextLoopPassAsync() => Volatile.Read(ref _nextPass).Task;

        /// <summary>Called by the loop after each pass, once its sleep is scheduled.</summary>
        public void LoopPassCompleted() => Interlocked.Exchange(ref _nextPass, NewPass()).TrySetResult(true);

        private static TaskCompletionSource<bool> NewPass() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>A request succeeded: the failure streak ends.</summary>
        protected void Succeeded()
        {
            lock (_stateGate) _consecutiveFailures = 0;
        }

        /// <summary>Applies a failed request's lane-level consequence, as <see cref="FailurePolicy"/> lays it down.</summary>
        protected (LaneReaction Lane, ItemReaction Items, bool PumpGoesOn) Failed(DeliveryFailure failure, int items)
        {
            var now = Now;
            Counters.Error(failure, now);
            var rule = FailurePolicy.For(failure.Kind);
            switch (rule.Lane)
            {
                case LaneReaction.WaitRetryAfter:
                {
                    var until = failure.RetryAt ?? now + Options.RateLimitedFallbackDelay;
                    if (until < now) until = now;
                    BlockUntil(until);
                    Log.Write(LogLevel.Warning, "Dispatch lane " + Name + " was rate limited by the CAD; " + items + " item(s) kept, next send at " + until.ToString("u") + ". " + failure.Message);
                    break;
                }

                case LaneReaction.BackOff:
                {
                    TimeSpan delay;
                    lock (_stateGate) delay = FailurePolicy.Backoff(++_consecutiveFailures, Options.TransientBackoffBase, Options.TransientBackoffMax, Options.Random);
                    BlockUntil(now + delay);
                    Log.Write(LogLevel.Warning, "Dispatch lane " + Name + ": transient failure, " + items + " item(s) kept, retry in " + Math.Round(delay.TotalSeconds, 1) + " s. " + failure);
                    break;
                }

                case LaneReaction.Pause:
                    Pause(failure, now);
                    break;
            }

            return rule;
        }

        private void BlockUntil(DateTimeOffset until)
        {
            lock (_stateGate)
            {
                if (until > _blockedUntil) _blockedUntil = until;
            }
        }

        private void Pause(DeliveryFailure failure, DateTimeOffset now)
        {
            var reason = failure.Message;
            lock (_stateGate)
            {
                _paused = true;
                _pauseReason = reason;
            }

            Log.Write(LogLevel.Error, "Dispatch lane " + Name + " PAUSED by a fatal CAD error; other lanes continue. Fix the cause (API key, enabled APIs, server id) and resume or restart. " + failure);
            OnPaused(reason);
            try
            {
                OnFault(new LaneFault(Endpoint, failure, now, Name));
            }
            catch (Exception ex)
            {
                Log.Write(LogLevel.Error, "A LaneFaulted handler threw: " + ex.Message);
            }
        }

        public virtual void Dispose()
        {
            Limiter.Dispose();
            _pumpGate.Dispose();
            _wake.Dispose();
        }
    }
}
