using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// Counts the hub traffic from the client's side: <c>unitLocation</c> calls, those the hub refused for one of its
    /// limits, and connects or calls not yet answered (so a step can wait for them as for HTTP requests).
    /// </summary>
    internal sealed class CountingHubTransport : IHubTransport, IAsyncDisposable
    {
        private readonly IHubTransport _inner;
        private readonly InFlightCounter _operations = new();
        private long _calls;
        private long _limitErrors;

        public CountingHubTransport(IHubTransport inner) => _inner = inner;

        /// <summary>Connects and calls started.</summary>
        public long Operations => _operations.Started;
        public long Calls => Interlocked.Read(ref _calls);
        public long LimitErrors => Interlocked.Read(ref _limitErrors);

        /// <summary>Connects and calls started and not yet answered.</summary>
        public long InFlight => _operations.InFlight;

        public event Action<string> Disconnected
        {
            add => _inner.Disconnected += value;
            remove => _inner.Disconnected -= value;
        }

        public event Action<string> PushReceived
        {
            add => _inner.PushReceived += value;
            remove => _inner.PushReceived -= value;
        }

        public Task<HubAttempt> ConnectAsync(CancellationToken cancellationToken) =>
            _operations.TrackAsync(() => _inner.ConnectAsync(cancellationToken));

        public async Task<HubSendResult> SendLocationsAsync(string updatesJson, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            var result = await _operations.TrackAsync(() => _inner.SendLocationsAsync(updatesJson, cancellationToken)).ConfigureAwait(false);
            if (result.Outcome == HubSendOutcome.Rejected && HubErrors.IsLimit(result.Reason)) Interlocked.Increment(ref _limitErrors);
            return result;
        }

        public ValueTask DisposeAsync() => _inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : default;
    }
}
