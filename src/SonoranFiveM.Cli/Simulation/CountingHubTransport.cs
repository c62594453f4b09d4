using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// Counts the hub traffic from the client's side: <c>unitLocation</c> calls, those the hub refused for one of its
    /// limits, and connects or calls not yet answered (so a step can wait for them as for HTTP requests).
    /// </summary>
    internal sealed class CountingHubTransport(IHubTransport inner) : CountingDecorator<IHubTransport>(inner), IHubTransport, IAsyncDisposable
    {
        private long _calls;
        private long _limitErrors;

        /// <summary>Connects and calls started.</summary>
        public long Operations => Started;
        public long Calls => Interlocked.Read(ref _calls);
        public long LimitErrors => Interlocked.Read(ref _limitErrors);

        public event Action<string> Disconnected
        {
            add => Inner.Disconnected += value;
            remove => Inner.Disconnected -= value;
        }

        public event Action<string> PushReceived
        {
            add => Inner.PushReceived += value;
            remove => Inner.PushReceived -= value;
        }

        public Task<HubAttempt> ConnectAsync(CancellationToken cancellationToken) => TrackAsync(t => t.ConnectAsync(cancellationToken));

        public async Task<HubSendResult> SendLocationsAsync(string updatesJson, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            var result = await TrackAsync(t => t.SendLocationsAsync(updatesJson, cancellationToken)).ConfigureAwait(false);
            if (result.Outcome == HubSendOutcome.Rejected && HubErrors.IsLimit(result.Reason)) Interlocked.Increment(ref _limitErrors);
            return result;
        }

        public ValueTask DisposeAsync() => Inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : default;
    }
}
