using SonoranFiveM.Core.Tests.Dispatch;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Tests.Tracking
{
    /// <summary>The roster's snapshot of online units: rebuilt on join, leave and every change of the CAD's list.</summary>
    public sealed class UnitPlayersTests : IDisposable
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCadApi _api;
        private readonly UnitRoster _roster;

        public UnitPlayersTests()
        {
            _api = new FakeCadApi(_time);
            _roster = new UnitRoster(_api, new UnitRosterOptions(), _time, new ListLog());
        }

        public void Dispose() => _roster.Dispose();

        [Fact]
        public async Task Lists_online_players_the_CAD_lists_as_units_in_ascending_player_order()
        {
            _api.ActiveUnits.Add(new ActiveUnit(1, "c", 2, false, null, null));
            _api.ActiveUnits.Add(new ActiveUnit(2, "a", 2, false, null, null));
            _api.ActiveUnits.Add(new ActiveUnit(3, "offline", 2, false, null, null));
            _roster.RegisterPlayer(30, "c");
            _roster.RegisterPlayer(5, "civ");
            _roster.RegisterPlayer(10, "a");
            Assert.Equal(0, _roster.Units.Count);

            Assert.True(await _roster.RefreshAsync());
            var units = _roster.Units;
            Assert.Equal(2, units.Count);
            Assert.Equal((10, "a"), (units.PlayerIdAt(0), units.CommunityUserIdAt(0)));
            Assert.Equal((30, "c"), (units.PlayerIdAt(1), units.CommunityUserIdAt(1)));
            Assert.True(units.Contains(30));
            Assert.False(units.Contains(5));
            Assert.Equal(-1, units.IndexOf(7));
            Assert.True(_roster.IsUnit(10));
            Assert.False(_roster.IsUnit(5));
        }

        [Fact]
        public async Task Join_leave_and_pushed_sign_off_each_publish_a_newer_snapshot()
        {
            _api.ActiveUnits.Add(new ActiveUnit(1, "a", 2, false, null, null));
            Assert.True(await _roster.RefreshAsync());
            var before = _roster.Units;

            _roster.RegisterPlayer(4, "a");
            var joined = _roster.Units;
            Assert.True(joined.Version > before.Version);
            Assert.True(joined.Contains(4));
            Assert.False(before.Contains(4)); // a published snapshot never changes

            _roster.ApplyPushedUnit(new ActiveUnit(1, "a", 2, false, null, null), online: false, _time.GetUtcNow());
            var signedOff = _roster.Units;
            Assert.True(signedOff.Version > joined.Version);
            Assert.False(signedOff.Contains(4));

            _roster.ApplyPushedUnit(new ActiveUnit(1, "a", 2, false, null, null), online: true, _time.GetUtcNow());
            Assert.True(_roster.Units.Contains(4));
            _roster.RemovePlayer(4);
            Assert.Equal(0, _roster.Units.Count);
        }
    }
}
