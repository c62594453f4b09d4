namespace SonoranFiveM.Core.Streaming
{
    /// <summary>
    /// One connection to Sonoran's API WebSocket hub (<c>/apiWsHub</c>). Inside FXServer it is the JS bridge
    /// (<c>resource/sonoran-hub.js</c> on FXServer's Node runtime); off FXServer, a .NET SignalR client. The transport
    /// only moves messages: every decision (pacing, batching, reconnecting, falling back) is the core's.
    /// Implementations never throw from these methods: failures come back as results.
    /// </summary>
    public interface IHubTransport
    {
        /// <summary>Opens (or reopens) the connection and calls <c>authenticatev2</c>.</summary>
        Task<HubAttempt> ConnectAsync(CancellationToken cancellationToken);

        /// <summary>One <c>unitLocation</c> call; <paramref name="updatesJson"/> is the JSON array argument (at most 25 updates), see <c>UnitLocationJson.Array</c>.</summary>
        Task<HubSendResult> SendLocationsAsync(string updatesJson, CancellationToken cancellationToken);

        /// <summary>The connection dropped after it was up; the argument says why (never a key).</summary>
        event Action<string> Disconnected;

        /// <summary>A <c>pushEvent</c> arrived: its JSON text, unchecked.</summary>
        event Action<string> PushReceived;
    }
}
