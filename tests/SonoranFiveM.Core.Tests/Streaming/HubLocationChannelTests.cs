using SonoranFiveM.Core.Streaming;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Tests.Streaming
{
    public class HubLocationChannelTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCadApi _api;
        private readonly UnitRoster _roster;
        private readonly UnitTracker _tracker;
        private readonly FakeHubTransport _hub = new FakeHubTransport();
        private readonly ListLog _log = new ListLog();
        private readonly HubLocationChannel _channel;
        private readonly HttpLocationGate _http;
        private UnitSample[] _samples = Array.Empty<UnitSample>();

        public HubLocationChannelTests()
        {
            _api = new FakeCadApi(_time);
            _roster = new UnitRoster(_api, new UnitRosterOptions(), _time, new ListLog());
            _tracker = new UnitTracker(_roster, new TrackerOptions(), _time);
            _channel = new HubLocationChannel(_hub, _tracker, new HubChannelOptions(), _time, _log, () => 0.5);
            _http = new HttpLocationGate(_tracker, _channel);
        }

        private async Task Units(int count)
        {
            _api.ActiveUnits.Clear();
            for (var i = 1; i <= count; i++) _api.ActiveUnits.Add(new ActiveUnit(i, "u" + i, 2, false, null, null));
            _time.Advance(TimeSpan.FromSeconds(61));
            Assert.True(await _roster.RefreshAsync());
            _samples = Enumerable.Range(1, count).Select(i => new UnitSample(i, "u" + i, i * 10f, 0, 0, 0, null)).ToArray();
            _tracker.Sample(_samples, _samples.Length);
        }

        private void MoveAll()
        {
            for (var i = 0; i < _samples.Length; i++) _samples[i].X += 5f;
            _tracker.Sample(_samples, _samples.Length);
        }

        private async Task Step(TimeSpan by)
        {
            _time.Advance(by);
            await _channel.PumpAsync();
        }

        [Fact]
        public async Task SendsAtMost25PerCallAtLeast250MsApart()
        {
            await Units(60);
            await _channel.PumpAsync(); // connects
            Assert.True(_channel.CarriesLocations);
            await _channel.PumpAsync();
            Assert.Equal(25, Assert.Single(_hub.Sent).Count);
            await Step(TimeSpan.FromMilliseconds(200));
            Assert.Single(_hub.Sent);
            await Step(TimeSpan.FromMilliseconds(50));
            Assert.Equal(2, _hub.Sent.Count);
            await Step(TimeSpan.FromMilliseconds(250));
            Assert.Equal(new[] { 25, 25, 10 }, _hub.Sent.Select(s => s.Count));
            Assert.Equal(60, _hub.Sent.SelectMany(s => s).Distinct().Count());
            Assert.Equal(0, _tracker.PendingCount);
        }

        [Fact]
        public async Task ASlowAnswerDelaysTheNextCallSoTwoNeverReachTheHubWithin200Ms()
        {
            // A call that reached the hub late (delayed on its way) and one that travels fast must still arrive 200 ms
            // apart: the previous call arrived before its answer, so the next one waits 200 ms after that answer.
            await Units(60);
            await _channel.PumpAsync(); // connects
            _hub.DuringSend = () => _time.Advance(TimeSpan.FromMilliseconds(150));
            await _channel.PumpAsync(); // sent at 0 ms, answered at 150 ms

            await Step(TimeSpan.FromMilliseconds(100)); // 250 ms: the interval has passed, but only 100 ms since the answer
            Assert.Single(_hub.Sent);
            await Step(TimeSpan.FromMilliseconds(100)); // 350 ms: 200 ms after the answer
            Assert.Equal(2, _hub.Sent.Count);
        }

        [Fact]
        public async Task HttpCarriesLocationsUntilTheHubAuthenticates()
        {
            await Units(3);
            Assert.Equal(3, _http.PendingCount); // not connected yet
            await _channel.PumpAsync();
            Assert.Equal(0, _http.PendingCount);
            Assert.Null(_http.TakeBatch(200, _time.GetUtcNow()));
        }

        [Fact]
        public async Task ADropFallsBackToHttpThenReconnectsWithBackoffAndResendsEveryone()
        {
            await Units(3);
            await _channel.PumpAsync();
            await _channel.PumpAsync();
            Assert.Equal(0, _tracker.PendingCount);

            _hub.ConnectAnswers.Enqueue(HubAttempt.Down("connection refused"));
            _hub.Drop("socket closed");
            Assert.Equal(HubConnectionState.Down, _channel.State);
            MoveAll();
            Assert.Equal(3, _http.PendingCount);

            // Backoff after a drop: base 1 s, jitter 0.5 → 0.75 s. Nothing is tried before.
            await Step(TimeSpan.FromMilliseconds(700));
            Assert.Equal(1, _hub.ConnectCalls);
            await Step(TimeSpan.FromMilliseconds(50));
            Assert.Equal(2, _hub.ConnectCalls);
            Assert.Equal(HubConnectionState.Down, _channel.State);

            // The HTTP lane sends them meanwhile.
            var batch = _http.TakeBatch(200, _time.GetUtcNow())!;
            _http.Complete(batch, Core.Dispatch.LocationBatchOutcome.Accepted, _time.GetUtcNow());
            Assert.Equal(0, _tracker.PendingCount);

            // Second failure: 2 s × 0.75 = 1.5 s; then it authenticates and sends everyone's latest position again.
            await Step(TimeSpan.FromMilliseconds(1400));
            Assert.Equal(2, _hub.ConnectCalls);
            await Step(TimeSpan.FromMilliseconds(100));
            Assert.True(_channel.CarriesLocations);
            Assert.Equal(3, _tracker.PendingCount);
            await _channel.PumpAsync();
            Assert.Equal(3, _hub.Sent.Last().Count);
            Assert.Equal(0, _http.PendingCount);
            Assert.True(_log.Contains("go over HTTP"));
        }

        [Fact]
        public async Task ARefusalIsRetriedSlowlyAndHttpCarriesMeanwhile()
        {
            await Units(2);
            _hub.ConnectAnswers.Enqueue(HubAttempt.Refused("Invalid API key."));
            await _channel.PumpAsync();
            Assert.Equal(HubConnectionState.Refused, _channel.State);
            Assert.Equal("Invalid API key.", _channel.Reason);
            Assert.Equal(2, _http.PendingCount);
            await Step(TimeSpan.FromMinutes(4));
            Assert.Equal(1, _hub.ConnectCalls);
            await Step(TimeSpan.FromMinutes(1));
            Assert.Equal(2, _hub.ConnectCalls);
            Assert.True(_channel.CarriesLocations);
        }

        [Fact]
        public async Task AHubLimitErrorIsCountedAndSlowsTheNextCall()
        {
            await Units(2);
            await _channel.PumpAsync();
            _hub.SendAnswers.Enqueue(HubSendResult.Rejected(HubErrors.TooFrequent));
            await _channel.PumpAsync();
            Assert.Equal(1, _channel.LimitErrors);
            Assert.Equal(2, _tracker.PendingCount); // not accepted: still pending
            await Step(TimeSpan.FromMilliseconds(250));
            Assert.Single(_hub.Sent);
            await Step(TimeSpan.FromMilliseconds(250));
            Assert.Equal(2, _hub.Sent.Count);
            Assert.Equal(0, _tracker.PendingCount);
        }

        [Fact]
        public async Task AFailedSendMarksTheHubDown()
        {
            await Units(2);
            await _channel.PumpAsync();
            _hub.SendAnswers.Enqueue(HubSendResult.Failed("connection lost"));
            await _channel.PumpAsync();
            Assert.Equal(HubConnectionState.Down, _channel.State);
            Assert.Equal(2, _http.PendingCount);
        }

        [Fact]
        public async Task OnLargeServersHttpTakesOverflowWhileTheHubIsUp()
        {
            await Units(150);
            await _channel.PumpAsync();
            Assert.True(_channel.CarriesLocations);
            Assert.Equal(150, _http.PendingCount);
            var batch = _http.TakeBatch(200, _time.GetUtcNow())!;
            Assert.Equal(150, batch.Updates.Count);
            _http.Complete(batch, Core.Dispatch.LocationBatchOutcome.Accepted, _time.GetUtcNow());
            MoveAll();
            await _channel.PumpAsync();
            Assert.Equal(125, _tracker.PendingCount);
            Assert.Equal(125, _http.PendingCount);
            for (var i = 0; i < 1; i++) await Step(TimeSpan.FromMilliseconds(250));
            Assert.Equal(100, _tracker.PendingCount);
            Assert.Equal(0, _http.PendingCount); // the hub clears 100 within a second by itself
        }
    }
}
