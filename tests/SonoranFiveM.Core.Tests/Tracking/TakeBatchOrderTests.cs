using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Tests.Tracking
{
    /// <summary>Two senders (hub and HTTP) take from one tracker: oldest first, never the same unit twice at once.</summary>
    public class TakeBatchOrderTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCadApi _api;
        private readonly UnitRoster _roster;
        private readonly UnitTracker _tracker;
        private UnitSample[] _samples = Array.Empty<UnitSample>();

        public TakeBatchOrderTests()
        {
            _api = new FakeCadApi(_time);
            _roster = new UnitRoster(_api, new UnitRosterOptions(), _time, new ListLog());
            _tracker = new UnitTracker(_roster, new TrackerOptions(), _time);
        }

        private async Task Units(int count)
        {
            for (var i = 1; i <= count; i++) _api.ActiveUnits.Add(new ActiveUnit(i, "u" + i, 2, false, null, null));
            _time.Advance(TimeSpan.FromSeconds(61));
            Assert.True(await _roster.RefreshAsync());
            _samples = Enumerable.Range(1, count).Select(i => new UnitSample(i, "u" + i, 0, 0, 0, 0, null)).ToArray();
            MoveAll();
        }

        private void MoveAll()
        {
            for (var i = 0; i < _samples.Length; i++) _samples[i].X += 5f;
            _tracker.Sample(_samples, _samples.Length);
        }

        private string[] Take(int max, LocationBatchOutcome? settle = LocationBatchOutcome.Accepted)
        {
            var batch = _tracker.TakeBatch(max, _time.GetUtcNow());
            if (batch == null) return Array.Empty<string>();
            if (settle.HasValue) _tracker.Complete(batch, settle.Value, _time.GetUtcNow());
            return batch.Updates.Select(u => u.CommunityUserId).ToArray();
        }

        [Fact]
        public async Task TheUnitsTheCadHeardFromLeastRecentlyGoFirst()
        {
            await Units(4);
            var first = Take(2);
            _time.Advance(TimeSpan.FromSeconds(1));
            var second = Take(2);
            _time.Advance(TimeSpan.FromSeconds(1));
            MoveAll();
            Assert.Equal(first.OrderBy(x => x), Take(2).OrderBy(x => x));
            Assert.Equal(second.OrderBy(x => x), Take(2).OrderBy(x => x));
        }

        [Fact]
        public async Task AUnitInFlightIsNotTakenAgainUntilSettled()
        {
            await Units(3);
            var inFlight = _tracker.TakeBatch(2, _time.GetUtcNow())!;
            var other = Take(10, settle: null);
            Assert.Single(other);
            Assert.DoesNotContain(other[0], inFlight.Updates.Select(u => u.CommunityUserId));
            _tracker.Complete(inFlight, LocationBatchOutcome.Failed, _time.GetUtcNow());
            Assert.Equal(2, Take(10, settle: null).Length); // failed: back to pending (the third is still in flight)
        }
    }
}
