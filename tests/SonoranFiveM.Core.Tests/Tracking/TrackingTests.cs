using SonoranFiveM.Core.Tests.Dispatch;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Tests.Tracking
{
    public class TrackingTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCadApi _api;
        private readonly UnitRoster _roster;
        private readonly UnitTracker _tracker;
        private readonly UnitSample[] _samples = new UnitSample[64];

        public TrackingTests()
        {
            _api = new FakeCadApi(_time);
            _roster = new UnitRoster(_api, new UnitRosterOptions(), _time, new ListLog());
            _tracker = new UnitTracker(_roster, new TrackerOptions(), _time);
        }

        private async Task Units(params string[] ids)
        {
            _api.ActiveUnits.Clear();
            foreach (var id in ids) _api.ActiveUnits.Add(new ActiveUnit(_api.ActiveUnits.Count + 1, id, 2, false, null, null));
            _time.Advance(TimeSpan.FromSeconds(61)); // keep the roster's own budget out of the way
            Assert.True(await _roster.RefreshAsync());
        }

        private void Tick(int player, string id, float x, float y, float heading, string? vehicle = null)
        {
            _samples[0] = new UnitSample(player, id, x, y, 0, heading, vehicle);
            _tracker.Sample(_samples, 1);
        }

        private LocationBatch SendAndAccept()
        {
            var batch = _tracker.TakeBatch(100, _time.GetUtcNow())!;
            _tracker.Complete(batch, LocationBatchOutcome.Accepted, _time.GetUtcNow());
            return batch;
        }

        [Fact]
        public async Task Distance_threshold_is_measured_from_the_last_accepted_position()
        {
            await Units("u1");
            Tick(1, "u1", 0, 0, 0);
            SendAndAccept();
            Assert.Equal(0, _tracker.PendingCount);
            Tick(1, "u1", 1.5f, 0, 0);
            Assert.Equal(0, _tracker.PendingCount);
            Tick(1, "u1", 1.9f, 0.5f, 0); // 1.96 from the sent point: creeping does not add up per tick, it is measured from the sent point
            Assert.Equal(0, _tracker.PendingCount);
            Tick(1, "u1", 2.1f, 0, 0);
            Assert.Equal(1, _tracker.PendingCount);
            var update = Assert.Single(SendAndAccept().Updates);
            Assert.Equal(2.1f, update.X);
        }

        [Theory]
        [InlineData(0f, 10f, false)]
        [InlineData(0f, 10.5f, true)]
        [InlineData(355f, 4f, false)]   // 9° across the wrap
        [InlineData(355f, 6f, true)]    // 11° across the wrap
        [InlineData(2f, 350f, true)]    // 12° the other way
        [InlineData(5f, 356f, false)]   // 9° the other way
        public async Task HeadingThresholdWrapsAt360(float sent, float now, bool dirty)
        {
            await Units("u1");
            Tick(1, "u1", 0, 0, sent);
            SendAndAccept();
            Tick(1, "u1", 0, 0, now);
            Assert.Equal(dirty ? 1 : 0, _tracker.PendingCount);
        }

        [Fact]
        public async Task Vehicle_change_marks_dirty()
        {
            await Units("u1");
            Tick(1, "u1", 0, 0, 0, "POLICE");
            SendAndAccept();
            Tick(1, "u1", 0, 0, 0, "POLICE");
            Assert.Equal(0, _tracker.PendingCount);
            Tick(1, "u1", 0, 0, 0, null);
            Assert.Equal(1, _tracker.PendingCount);
        }

        [Fact]
        public async Task Stationary_unit_is_resent_after_the_keep_alive()
        {
            await Units("u1");
            Tick(1, "u1", 0, 0, 0);
            SendAndAccept();
            _time.Advance(TimeSpan.FromSeconds(59));
            Tick(1, "u1", 0, 0, 0);
            Assert.Equal(0, _tracker.PendingCount);
            _time.Advance(TimeSpan.FromSeconds(1));
            Tick(1, "u1", 0, 0, 0);
            Assert.Equal(1, _tracker.PendingCount);
        }

        [Fact]
        public async Task Units_are_marked_sent_only_after_the_CAD_accepts()
        {
            await Units("u1", "u2");
            Tick(1, "u1", 0, 0, 0);
            Tick(2, "u2", 50, 50, 0);
            SendAndAccept();
            Tick(1, "u1", 10, 0, 0); // u1 moved; u2 did not
            var batch = _tracker.TakeBatch(100, _time.GetUtcNow())!;
            Assert.Equal(new[] { "u1" }, batch.Updates.Select(u => u.CommunityUserId));
            _tracker.Complete(batch, LocationBatchOutcome.Failed, _time.GetUtcNow());

            Tick(1, "u1", 20, 0, 0);
            var resync = _tracker.TakeBatch(100, _time.GetUtcNow())!;
            // After the failure the next batch carries every unit, with its latest state.
            Assert.Equal(new[] { ("u1", 20f), ("u2", 50f) }, resync.Updates.Select(u => (u.CommunityUserId, u.X)).OrderBy(p => p.CommunityUserId));
            _tracker.Complete(resync, LocationBatchOutcome.Accepted, _time.GetUtcNow());
            Assert.Equal(0, _tracker.PendingCount);
        }

        [Fact]
        public async Task A_player_who_leaves_is_removed_at_once()
        {
            await Units("u1");
            _roster.RegisterPlayer(1, "u1");
            Tick(1, "u1", 0, 0, 0);
            Assert.Equal(1, _roster.PlayerCount);
            _roster.RemovePlayer(1);
            Assert.Equal(0, _roster.PlayerCount);
            Assert.Equal(0, _tracker.TrackedCount);
            Assert.Null(_tracker.TakeBatch(100, _time.GetUtcNow()));
        }

        [Fact]
        public async Task Roster_reads_every_page_within_its_budget()
        {
            var ids = Enumerable.Range(0, 250).Select(i => "u" + i).ToArray();
            await Units(ids);
            Assert.Equal(250, _roster.ActiveUnitIds.Count);
            Assert.Equal(new[] { 0, 100, 200 }, _api.BodiesOf(CadEndpoint.ActiveUnits).Cast<(int, int)>().Select(p => p.Item2));
            Assert.True(_roster.IsActiveUnit("u249"));

            // The 3/min budget is spent: an immediate second poll keeps the current list.
            _api.ActiveUnits.Clear();
            Assert.False(await _roster.RefreshAsync());
            Assert.Equal(250, _roster.ActiveUnitIds.Count);
            // Three pages spend the whole 3/min budget, so polls are spaced by the permit reuse time, 61 s.
            Assert.Equal(LaneRateLimiter.ReuseAfter, _roster.EffectivePollInterval);
        }

        [Fact]
        public async Task Roster_longer_than_one_polls_budget_is_read_over_several_polls()
        {
            var log = new ListLog();
            using var roster = new UnitRoster(_api, new UnitRosterOptions(), _time, log);
            foreach (var i in Enumerable.Range(0, 450)) _api.ActiveUnits.Add(new ActiveUnit(i + 1, "u" + i, 2, false, null, null));

            // The first poll can afford 3 pages: those 300 units count at once.
            Assert.False(await roster.RefreshAsync());
            Assert.True(roster.IsActiveUnit("u299"));
            Assert.False(roster.IsActiveUnit("u300"));
            Assert.Contains(log.Lines, l => l.Message.Contains("read on the next poll"));

            // The next poll resumes at unit 300 instead of starting over, and completes the pass.
            _time.Advance(roster.EffectivePollInterval);
            Assert.True(await roster.RefreshAsync());
            Assert.Equal(450, roster.ActiveUnitIds.Count);
            Assert.Equal(new[] { 0, 100, 200, 300, 400 }, _api.BodiesOf(CadEndpoint.ActiveUnits).Cast<(int, int)>().Select(p => p.Item2));

            // A unit that signed off is gone after the next whole pass.
            _api.ActiveUnits.RemoveAt(_api.ActiveUnits.Count - 1);
            _time.Advance(roster.EffectivePollInterval);
            Assert.False(await roster.RefreshAsync());
            Assert.True(roster.IsActiveUnit("u449"));
            _time.Advance(roster.EffectivePollInterval);
            Assert.True(await roster.RefreshAsync());
            Assert.False(roster.IsActiveUnit("u449"));
            Assert.Equal(449, roster.ActiveUnitIds.Count);
        }

        [Fact]
        public async Task Roster_of_three_pages_completes_every_poll_on_its_timer()
        {
            var log = new ListLog();
            using var roster = new UnitRoster(_api, new UnitRosterOptions(), _time, log);
            foreach (var i in Enumerable.Range(0, 200)) _api.ActiveUnits.Add(new ActiveUnit(i + 1, "u" + i, 2, false, null, null));
            roster.Start();
            for (var s = 0; s < 600; s++)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
                await Task.Yield();
            }

            // Pages 0, 100, 200 per poll; none refused by the budget; permits never reused within 60 s.
            var times = _api.TimesOf(CadEndpoint.ActiveUnits);
            Assert.DoesNotContain(log.Lines, l => l.Message.Contains("read on the next poll"));
            Assert.InRange(times.Count, 27, 30);
            Assert.Equal(0, times.Count % 3);
            for (var i = 3; i < times.Count; i++) Assert.True(times[i] - times[i - 3] > TimeSpan.FromSeconds(60));
            Assert.Equal(200, roster.ActiveUnitIds.Count);
        }

        [Fact]
        public async Task Roster_polls_on_its_timer_no_faster_than_its_limit()
        {
            var roster = new UnitRoster(_api, new UnitRosterOptions { PollInterval = TimeSpan.FromSeconds(5) }, _time, new ListLog());
            Assert.Equal(TimeSpan.FromSeconds(61.0 / 3), roster.EffectivePollInterval);
            roster.Start();
            for (var i = 0; i < 600; i++) _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
            var times = _api.TimesOf(CadEndpoint.ActiveUnits);
            Assert.InRange(times.Count, 25, 30);
            for (var i = 3; i < times.Count; i++) Assert.True(times[i] - times[i - 3] > TimeSpan.FromSeconds(60));
            roster.Dispose();
        }

        [Fact]
        public async Task All_dirty_units_go_out_in_one_request_per_interval()
        {
            await Units("u1", "u2", "u3");
            using var h = new DispatcherHarness(time: _time);
            h.Dispatcher.AttachLocationSource(_tracker);
            for (var t = 0; t < 20; t++)
            {
                for (var p = 1; p <= 3; p++) _samples[p - 1] = new UnitSample(p, "u" + p, t * 5f, p, 0, 0);
                _tracker.Sample(_samples, 3);
                await h.Pump();
                _time.Advance(TimeSpan.FromSeconds(1));
            }

            var batches = h.Api.BodiesOf(CadEndpoint.UnitLocations).Cast<List<UnitLocation>>().ToList();
            Assert.Equal(4, batches.Count); // t = 0, 5, 10, 15 s
            Assert.All(batches, b => Assert.Equal(3, b.Count));
            var times = h.Api.TimesOf(CadEndpoint.UnitLocations);
            Assert.All(times.Zip(times.Skip(1)), p => Assert.Equal(TimeSpan.FromSeconds(5), p.Second - p.First));
        }

        [Fact]
        public async Task Sampling_a_tick_allocates_nothing()
        {
            var ids = Enumerable.Range(0, 48).Select(i => "u" + i).ToArray();
            await Units(ids);
            for (var i = 0; i < 48; i++) _samples[i] = new UnitSample(i, ids[i], i, i, 0, 0, "POLICE");
            for (var warm = 0; warm < 3; warm++) _tracker.Sample(_samples, 48);
            SendAndAccept();

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var tick = 0; tick < 1000; tick++)
            {
                for (var i = 0; i < 48; i++)
                {
                    _samples[i].X = i + tick * 0.01f;
                    _samples[i].Heading = (tick * 7) % 360;
                }

                _tracker.Sample(_samples, 48);
            }

            var after = GC.GetAllocatedBytesForCurrentThread();
            Assert.True(_tracker.PendingCount > 0); // the ticks did real work
            Assert.Equal(0, after - before);
        }
    }
}
