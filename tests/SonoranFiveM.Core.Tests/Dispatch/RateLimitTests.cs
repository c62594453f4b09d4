using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Tests.Dispatch
{
    public class RateLimitTests
    {
        /// <summary>Largest number of timestamps inside any closed 60 s window [t, t+60s], checked from every send.</summary>
        private static int MaxInAnyWindow(IReadOnlyList<DateTimeOffset> times)
        {
            var sorted = times.OrderBy(t => t).ToList();
            var max = 0;
            for (var i = 0; i < sorted.Count; i++)
            {
                var n = 0;
                for (var j = i; j < sorted.Count && sorted[j] - sorted[i] <= TimeSpan.FromSeconds(60); j++) n++;
                max = Math.Max(max, n);
            }

            return max;
        }

        [Fact]
        public void Window_checker_catches_a_violation()
        {
            var t0 = DateTimeOffset.UnixEpoch;
            var times = new[] { t0, t0.AddSeconds(30), t0.AddSeconds(60), t0.AddSeconds(61) };
            Assert.Equal(3, MaxInAnyWindow(times));
        }

        [Theory]
        [InlineData(CadEndpoint.Create911Call, 1.0)]
        [InlineData(CadEndpoint.Remove911Call, 1.0)]
        [InlineData(CadEndpoint.UnitPanic, 1.0)]
        [InlineData(CadEndpoint.UnitStatus, 1.0)]
        [InlineData(CadEndpoint.UnitStatus, 0.5)]
        [InlineData(CadEndpoint.CreateRecord, 1.0)]
        [InlineData(CadEndpoint.DeleteRecord, 0.25)]
        [InlineData(CadEndpoint.Heartbeat, 1.0)]
        public async Task No_lane_exceeds_its_limit_in_any_sixty_second_window_under_sustained_over_demand(CadEndpoint endpoint, double share)
        {
            var options = new DispatcherOptions().SetShare(endpoint, share);
            using var h = new DispatcherHarness(options);
            var permits = options.Lane(endpoint).PermitsPerWindow(endpoint);
            var n = 0;
            // 20 minutes, a pump every 0.7 s (not aligned with the 1 s segments), 3 new items each time: far over any limit.
            for (var step = 0; step < 1715; step++)
            {
                for (var k = 0; k < 3; k++, n++)
                {
                    switch (endpoint)
                    {
                        case CadEndpoint.Create911Call: h.Dispatcher.Enqueue911Call(Calls911.Make()); break;
                        case CadEndpoint.Remove911Call: h.Dispatcher.Remove911Call(n); break;
                        case CadEndpoint.UnitPanic: h.Dispatcher.SetPanic("u" + n, true); break;
                        case CadEndpoint.UnitStatus: h.Dispatcher.SetStatus("u" + n, 2); break;
                        case CadEndpoint.CreateRecord: h.Records.CreateRecord(RecordRequest.FromTemplate("u", 5, new Dictionary<string, string>(), null)); break;
                        case CadEndpoint.DeleteRecord: h.Records.DeleteRecord("r" + n); break;
                        case CadEndpoint.Heartbeat: h.Dispatcher.SendHeartbeat(n); break;
                    }
                }

                await h.Pump();
                h.Advance(TimeSpan.FromMilliseconds(700));
            }

            var times = h.Api.TimesOf(endpoint);
            Assert.True(MaxInAnyWindow(times) <= permits, endpoint + " sent " + MaxInAnyWindow(times) + " in one 60 s window; limit " + permits);
            // The budget is used, not starved: 20 minutes at permits per 61 s.
            Assert.True(times.Count >= permits * 19, "only " + times.Count + " sends");
        }

        [Fact]
        public async Task Location_lane_stays_within_twelve_per_minute_while_units_move_constantly()
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
            using var h = new DispatcherHarness(new DispatcherOptions { LocationInterval = TimeSpan.FromSeconds(1) }, time: time);
            var roster = new UnitRoster(h.Api, new UnitRosterOptions(), time, h.Log);
            h.Api.ActiveUnits.Add(new ActiveUnit(1, "u1", 2, false, "1A", "A"));
            await roster.RefreshAsync();
            var tracker = new UnitTracker(roster, new TrackerOptions(), time);
            h.Dispatcher.AttachLocationSource(tracker);
            var samples = new UnitSample[1];
            for (var step = 0; step < 1200; step++)
            {
                samples[0] = new UnitSample(1, "u1", step * 10f, 0, 0, 0);
                tracker.Sample(samples, 1);
                await h.Pump();
                h.Advance(TimeSpan.FromMilliseconds(500));
            }

            var times = h.Api.TimesOf(CadEndpoint.UnitLocations);
            Assert.True(MaxInAnyWindow(times) <= 12);
            Assert.True(times.Count >= 100);
        }

        [Fact]
        public void Limiter_returns_a_permit_only_more_than_sixty_seconds_after_its_use()
        {
            var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
            using var limiter = new LaneRateLimiter(2, time);
            time.Advance(TimeSpan.FromMilliseconds(999));
            Assert.True(limiter.TryAcquire());
            time.Advance(TimeSpan.FromSeconds(30));
            Assert.True(limiter.TryAcquire());
            Assert.False(limiter.TryAcquire());
            time.Advance(TimeSpan.FromSeconds(30)); // exactly 60 s after the first use: still inside its window
            Assert.False(limiter.TryAcquire());
            Assert.Equal(DateTimeOffset.UnixEpoch.AddMilliseconds(999) + LaneRateLimiter.ReuseAfter, limiter.NextPermitAt());
            time.Advance(TimeSpan.FromMilliseconds(999));
            Assert.False(limiter.TryAcquire());
            time.Advance(TimeSpan.FromMilliseconds(1)); // 61 s after the first use
            Assert.True(limiter.TryAcquire());
            Assert.False(limiter.TryAcquire());
            Assert.Equal(2, limiter.GetStatistics()!.TotalSuccessfulLeases - 1);
        }
    }
}
