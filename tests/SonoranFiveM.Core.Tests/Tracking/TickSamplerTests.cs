using SonoranFiveM.Core.Tests.Dispatch;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Tests.Tracking
{
    /// <summary>The core's half of the sampling tick: the roster's snapshot decides who is a unit, once.</summary>
    public sealed class TickSamplerTests : IDisposable
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCadApi _api;
        private readonly UnitRoster _roster;
        private readonly UnitTracker _tracker;
        private readonly TickSampler _sampler;

        public TickSamplerTests()
        {
            _api = new FakeCadApi(_time);
            _roster = new UnitRoster(_api, new UnitRosterOptions(), _time, new ListLog());
            _tracker = new UnitTracker(_roster, new TrackerOptions(), _time);
            _sampler = new TickSampler(_tracker, new VehicleModelNames());
            _roster.RegisterPlayer(1, "u1");
            _roster.RegisterPlayer(2, "civ");
            _roster.RegisterPlayer(3, "u3");
        }

        public void Dispose() => _roster.Dispose();

        private async Task Units(params string[] ids)
        {
            _api.ActiveUnits.Clear();
            foreach (var id in ids) _api.ActiveUnits.Add(new ActiveUnit(_api.ActiveUnits.Count + 1, id, 2, false, null, null));
            _time.Advance(TimeSpan.FromSeconds(61)); // keep the roster's own budget out of the way
            Assert.True(await _roster.RefreshAsync());
        }

        private static PlayerPosition At(int player, float x = 0, int model = 0) => new PlayerPosition(player, x, 0, 0, 0, model);

        private string[] Batch() => _tracker.TakeBatch(100, _time.GetUtcNow())?.Updates.Select(u => u.CommunityUserId + "|" + u.VehicleModel).ToArray()
            ?? Array.Empty<string>();

        [Fact]
        public async Task Identity_and_vehicle_name_come_from_the_core()
        {
            await Units("u1", "u3");
            _sampler.Sample(_roster.Units, new[] { At(1, model: VehicleModelNames.HashOf("police3")), At(3) }, 2);
            Assert.Equal(new[] { "u1|police3", "u3|" }, Batch().OrderBy(b => b, StringComparer.Ordinal));
        }

        [Fact]
        public async Task A_position_for_a_player_the_snapshot_does_not_list_or_out_of_order_is_skipped()
        {
            await Units("u1", "u3");
            _sampler.Sample(_roster.Units, new[] { At(2), At(3), At(1), At(99) }, 4);
            Assert.Equal(new[] { "u3|" }, Batch());
        }

        [Fact]
        public async Task A_unit_who_signs_off_is_forgotten_and_no_longer_sent()
        {
            await Units("u1", "u3");
            _sampler.Sample(_roster.Units, new[] { At(1), At(3) }, 2);
            Assert.Equal(2, _tracker.TrackedCount);

            await Units("u3");
            // The adapter reads the new snapshot: player 1 is no longer in it, so no position is read for them.
            _sampler.Sample(_roster.Units, new[] { At(3, x: 50) }, 1);
            Assert.Equal(1, _tracker.TrackedCount);
            Assert.Equal(new[] { "u3|" }, Batch());
        }

        [Fact]
        public void Count_beyond_the_array_is_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => _sampler.Sample(_roster.Units, new PlayerPosition[1], 2));
        }
    }
}
