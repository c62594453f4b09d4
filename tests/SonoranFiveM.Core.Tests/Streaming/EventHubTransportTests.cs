using SonoranFiveM.Core.Streaming;
using SonoranFiveM.Core.Streaming.Bridge;

namespace SonoranFiveM.Core.Tests.Streaming
{
    public class EventHubTransportTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider();
        private readonly List<(string Name, object[] Args)> _triggered = new List<(string, object[])>();
        private readonly EventHubTransport _transport;

        public EventHubTransportTests()
        {
            _transport = new EventHubTransport((name, args) => _triggered.Add((name, args)), "https://cad.example/apiWsHub", "community", 3, _time);
        }

        private int LastId() => (int)_triggered[_triggered.Count - 1].Args[0];

        [Fact]
        public async Task ConnectAsksTheBridgeWithoutTheKeyAndMapsItsAnswer()
        {
            var attempt = _transport.ConnectAsync(CancellationToken.None);
            var (name, args) = Assert.Single(_triggered);
            Assert.Equal(HubBridgeEvents.Connect, name);
            Assert.Equal(new object[] { 1, "https://cad.example/apiWsHub", "community", 3 }, args);
            _transport.OnResult(1L, "refused", "Invalid API key.");
            var result = await attempt;
            Assert.Equal(HubConnectionState.Refused, result.State);
            Assert.Equal("Invalid API key.", result.Reason);
            Assert.Equal(0, _transport.Pending);
        }

        [Fact]
        public async Task SendsMapAcceptedRejectedAndFailed()
        {
            var first = _transport.SendLocationsAsync("[]", CancellationToken.None);
            _transport.OnResult(LastId(), "accepted", "");
            Assert.Equal(HubSendOutcome.Accepted, (await first).Outcome);
            var second = _transport.SendLocationsAsync("[]", CancellationToken.None);
            _transport.OnResult((double)LastId(), "rejected", HubErrors.TooFrequent);
            Assert.True(HubErrors.IsLimit((await second).Reason));
            var third = _transport.SendLocationsAsync("[]", CancellationToken.None);
            _transport.OnResult(LastId(), "failed", "not connected");
            Assert.Equal(HubSendOutcome.Failed, (await third).Outcome);
        }

        [Fact]
        public async Task ABridgeThatNeverAnswersCountsAsDownAfterTheTimeout()
        {
            var attempt = _transport.ConnectAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromSeconds(14));
            Assert.False(attempt.IsCompleted);
            _time.Advance(TimeSpan.FromSeconds(1));
            var result = await attempt;
            Assert.Equal(HubConnectionState.Down, result.State);
            Assert.Contains("sonoran-hub.js", result.Reason);
            Assert.Equal(0, _transport.Pending);
        }

        [Fact]
        public void ArgumentsOfTheWrongShapeAreIgnored()
        {
            var attempt = _transport.ConnectAsync(CancellationToken.None);
            _transport.OnResult("1", "authenticated", "");
            _transport.OnResult(1, 42, "");
            _transport.OnResult(null, null, null);
            Assert.False(attempt.IsCompleted);
            var pushes = new List<string>();
            _transport.PushReceived += pushes.Add;
            _transport.OnPush(12);
            _transport.OnPush(new string('x', EventHubTransport.MaxTextChars + 1));
            _transport.OnPush("{\"type\":\"EVENT_911\"}");
            Assert.Equal(new[] { "{\"type\":\"EVENT_911\"}" }, pushes);
        }

        [Fact]
        public void ADropIsReported()
        {
            string? reason = null;
            _transport.Disconnected += r => reason = r;
            _transport.OnClosed("connection closed (1006)");
            Assert.Equal("connection closed (1006)", reason);
        }
    }
}
