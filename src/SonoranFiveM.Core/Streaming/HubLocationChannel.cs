using SonoranFiveM.Core.Cad.V2;

namespace SonoranFiveM.Core.Streaming
{
    /// <summary>
    /// Streams unit locations over the CAD's WebSocket hub: latest position per unit (the source keeps only that), at most
    /// <see cref="HubChannelOptions.MaxUpdatesPerCall"/> per call, calls at least <see cref="HubChannelOptions.Interval"/>
    /// apart and never overlapping. A drop or refusal hands locations to the HTTP lane (see <see cref="HttpLocationGate"/>)
    /// and reconnects with jittered exponential backoff; once re-authenticated every unit's latest position is sent again
    /// and the hub carries locations once more, by itself.
    /// <para><see cref="PumpAsync"/> does whatever is due now (tests and the simulator drive it on a fake clock);
    /// <see cref="Start"/> runs it in a loop on the thread pool.</para>
    /// </summary>
    public sealed class HubLocationChannel : IDisposable
    {
        /// <summary>The hub refuses a call that arrives within this of the one before.</summary>
        public static readonly TimeSpan HubLimit = TimeSpan.FromMilliseconds(200);

        private readonly IHubTransport _transport;
        private readonly IUnitLocationSource _source;
        private readonly HubChannelOptions _options;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly Func<double> _random;
        private readonly object _gate = new object();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private HubConnectionState _state = HubConnectionState.Idle;
        private string _reason = "";
        private int _failures;
        private int _busy;
        private DateTimeOffset _nextConnectAt = DateTimeOffset.MinValue;
        private DateTimeOffset _nextSendAt = DateTimeOffset.MinValue;
        private long _calls, _updatesSent, _rejected, _limitErrors, _connects, _drops;
        private Task? _loop;

        public HubLocationChannel(IHubTransport transport, IUnitLocationSource source, HubChannelOptions options, TimeProvider time, ILog log, Func<double>? random = null)
        {
            _transport = transport ?? throw new ArgumentNullException(nameof(transport));
            _source = source ?? throw new ArgumentNullException(nameof(source));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _options.Validate();
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            var shared = new Random();
            _random = random ?? (() => { lock (shared) return shared.NextDouble(); });
            _transport.Disconnected += OnDisconnected;
        }

        /// <summary>Raised on every state change, with the reason (empty when authenticated). Off the main thread.</summary>
        public event Action<HubConnectionState, string>? StateChanged;

        public HubConnectionState State
        {
            get { lock (_gate) return _state; }
        }

        /// <summary>Why the hub is not carrying locations ("" when it is).</summary>
        public string Reason
        {
            get { lock (_gate) return _reason; }
        }

        /// <summary>True while the hub is authenticated and so carries locations.</summary>
        public bool CarriesLocations => State == HubConnectionState.Authenticated;

        public HubChannelOptions Options => _options;

        public long Calls => Interlocked.Read(ref _calls);
        public long UpdatesSent => Interlocked.Read(ref _updatesSent);
        public long Rejected => Interlocked.Read(ref _rejected);

        /// <summary>Calls the hub refused for one of its limits (25 per call, 200 ms apart). The goal is 0.</summary>
        public long LimitErrors => Interlocked.Read(ref _limitErrors);
        public long Connects => Interlocked.Read(ref _connects);
        public long Drops => Interlocked.Read(ref _drops);

        /// <summary>When <see cref="PumpAsync"/> next has something to do (a connect attempt or a send slot).</summary>
        public DateTimeOffset NextWorkAt
        {
            get
            {
                lock (_gate)
                {
                    return _state == HubConnectionState.Authenticated ? _nextSendAt : _nextConnectAt;
                }
            }
        }

        /// <summary>Connects when due, or sends one batch when the slot is due. Never throws (but honours cancellation).</summary>
        public async Task PumpAsync(CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _busy, 1) == 1) return;
            try
            {
                var now = _time.GetUtcNow();
                HubConnectionState state;
                lock (_gate) state = _state;
                if (state == HubConnectionState.Authenticated)
                {
                    if (now >= NextWorkAt) await SendOneAsync(now, cancellationToken).ConfigureAwait(false);
                }
                else if (now >= NextWorkAt)
                {
                    await ConnectAsync(now, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                Volatile.Write(ref _busy, 0);
            }
        }

        /// <summary>Runs <see cref="PumpAsync"/> on the thread pool until disposed.</summary>
        public void Start()
        {
            lock (_gate)
            {
                if (_loop != null) return;
                _loop = Task.Run(() => RunAsync(_stop.Token));
            }
        }

        private async Task RunAsync(CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await PumpAsync(cancellationToken).ConfigureAwait(false);
                    var wait = NextWorkAt - _time.GetUtcNow();
                    if (wait < TimeSpan.FromMilliseconds(10)) wait = TimeSpan.FromMilliseconds(10);
                    if (wait > TimeSpan.FromSeconds(1)) wait = TimeSpan.FromSeconds(1);
                    await _time.Delay(wait, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    _log.Write(LogLevel.Error, "Location hub: unexpected " + ex.GetType().Name + ": " + ex.Message);
                }
            }
        }

        private async Task ConnectAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            SetState(HubConnectionState.Connecting, "connecting");
            HubAttempt attempt;
            try
            {
                attempt = await _transport.ConnectAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                SetState(HubConnectionState.Down, "stopped");
                throw;
            }
            catch (Exception ex)
            {
                attempt = HubAttempt.Down("unexpected " + ex.GetType().Name + ": " + ex.Message);
            }

            var after = _time.GetUtcNow();
            if (attempt.State == HubConnectionState.Authenticated)
            {
                lock (_gate)
                {
                    _failures = 0;
                    _nextSendAt = after;
                }

                Interlocked.Increment(ref _connects);
                // The hub may have missed positions while we were away: everyone's latest goes out again.
                (_source as IResendableLocationSource)?.ResendAll();
                SetState(HubConnectionState.Authenticated, "");
                return;
            }

            lock (_gate)
            {
                _failures++;
                _nextConnectAt = after + (attempt.State == HubConnectionState.Refused
                    ? _options.RefusedRetry
                    : FailurePolicy.Backoff(_failures, _options.ReconnectBase, _options.ReconnectMax, _random));
            }

            SetState(attempt.State, attempt.Reason);
        }

        private async Task SendOneAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var batch = _source.TakeBatch(_options.MaxUpdatesPerCall, now);
            if (batch == null || batch.Updates.Count == 0)
            {
                lock (_gate) _nextSendAt = now + _options.Interval;
                return;
            }

            lock (_gate) _nextSendAt = now + _options.Interval;
            Interlocked.Increment(ref _calls);
            HubSendResult result;
            try
            {
                result = await _transport.SendLocationsAsync(UnitLocationJson.Array(batch.Updates, _options.VehicleHeadingOffset), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                _source.Complete(batch, LocationBatchOutcome.Failed, _time.GetUtcNow());
                throw;
            }
            catch (Exception ex)
            {
                result = HubSendResult.Failed("unexpected " + ex.GetType().Name + ": " + ex.Message);
            }

            var done = _time.GetUtcNow();
            // The hub times calls as they arrive: a call delayed on its way (the bridge, a busy server thread) must not
            // let the next one land within the hub's limit of it, so the next also waits that limit after this answer.
            lock (_gate)
            {
                if (_nextSendAt < done + HubLimit) _nextSendAt = done + HubLimit;
            }

            switch (result.Outcome)
            {
                case HubSendOutcome.Accepted:
                    Interlocked.Add(ref _updatesSent, batch.Updates.Count);
                    _source.Complete(batch, LocationBatchOutcome.Accepted, done);
                    break;
                case HubSendOutcome.Rejected when HubErrors.IsLimit(result.Reason):
                    Interlocked.Increment(ref _limitErrors);
                    lock (_gate) _nextSendAt = done + _options.Interval + _options.Interval;
                    _source.Complete(batch, LocationBatchOutcome.Failed, done);
                    _log.Write(LogLevel.Warning, "Location hub: the hub refused a call for its limit (" + result.Reason + "); slowing down one interval.");
                    break;
                case HubSendOutcome.Rejected:
                    Interlocked.Increment(ref _rejected);
                    _source.Complete(batch, LocationBatchOutcome.Rejected, done);
                    _log.Write(LogLevel.Warning, "Location hub: the hub rejected " + batch.Updates.Count + " update(s): " + result.Reason);
                    break;
                default:
                    _source.Complete(batch, LocationBatchOutcome.Failed, done);
                    MarkDown(result.Reason);
                    break;
            }
        }

        private void OnDisconnected(string reason)
        {
            if (State == HubConnectionState.Authenticated) MarkDown(reason);
        }

        private void MarkDown(string reason)
        {
            lock (_gate)
            {
                if (_state != HubConnectionState.Authenticated) return;
                _failures = 1;
                _nextConnectAt = _time.GetUtcNow() + FailurePolicy.Backoff(_failures, _options.ReconnectBase, _options.ReconnectMax, _random);
            }

            Interlocked.Increment(ref _drops);
            SetState(HubConnectionState.Down, reason);
        }

        private void SetState(HubConnectionState state, string reason)
        {
            HubConnectionState previous;
            lock (_gate)
            {
                previous = _state;
                _state = state;
                _reason = reason;
            }

            if (previous == state || state == HubConnectionState.Connecting) return;
            if (state == HubConnectionState.Authenticated)
            {
                _log.Write(LogLevel.Info, "Location hub: connected and authenticated; unit locations stream over the hub.");
            }
            else if (previous != HubConnectionState.Connecting || state != HubConnectionState.Down || _failures <= 1)
            {
                _log.Write(LogLevel.Warning, "Location hub: " + (state == HubConnectionState.Refused ? "authentication refused" : "not connected")
                    + " (" + reason + "); unit locations go over HTTP until it is back.");
            }

            try
            {
                StateChanged?.Invoke(state, reason);
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Error, "Location hub: a state handler threw " + ex.GetType().Name + ": " + ex.Message);
            }
        }

        public void Dispose()
        {
            _transport.Disconnected -= OnDisconnected;
            _stop.Cancel();
            _stop.Dispose();
        }
    }
}
