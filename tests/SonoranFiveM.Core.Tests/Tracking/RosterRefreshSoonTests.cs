using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Tests.Tracking
{
    /// <summary><see cref="UnitRoster.RefreshSoon"/>: a player just linked, so the unit list is read again now, within its 3/min budget.</summary>
    public class RosterRefreshSoonTests
    {
        private static readonly DateTimeOffset Start = new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
        private readonly FakeTimeProvider _time = new FakeTimeProvider(Start);
        private readonly FakeCadApi _api;

        public RosterRefreshSoonTests()
        {
            _api = new FakeCadApi(_time);
        }

        private async Task Run(int seconds)
        {
            for (var s = 0; s < seconds; s++)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
                await Task.Yield();
            }
        }

        private double[] PollSeconds() => _api.TimesOf(CadEndpoint.ActiveUnits).Select(t => (t - Start).TotalSeconds).ToArray();

        [Fact]
        public async Task The_next_poll_comes_at_once_instead_of_at_the_interval_and_the_interval_resumes_after_it()
        {
            using var roster = new UnitRoster(_api, new UnitRosterOptions(), _time, new ListLog());
            roster.Start();
            await Run(10);

            roster.RefreshSoon();
            await Run(80);

            Assert.Equal(new[] { 0.0, 10.0, 70.0 }, PollSeconds());
        }

        [Fact]
        public async Task Asking_again_and_again_never_exceeds_the_budget()
        {
            using var roster = new UnitRoster(_api, new UnitRosterOptions(), _time, new ListLog());
            roster.Start();
            for (var i = 0; i < 10; i++)
            {
                roster.RefreshSoon();
                await Run(2);
            }

            var polls = PollSeconds();
            Assert.Equal(3, polls.Count(p => p < 61));
        }

        [Fact]
        public void Before_start_it_does_nothing()
        {
            using var roster = new UnitRoster(_api, new UnitRosterOptions(), _time, new ListLog());

            roster.RefreshSoon();
            _time.Advance(TimeSpan.FromSeconds(5));

            Assert.Empty(PollSeconds());
        }

        [Fact]
        public async Task Asked_while_a_poll_is_running_another_follows_it_at_once()
        {
            using var roster = new UnitRoster(_api, new UnitRosterOptions(), _time, new ListLog());
            var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _api.Gates[CadEndpoint.ActiveUnits] = gate.Task;
            roster.Start();
            await Run(1);
            Assert.Single(PollSeconds());

            var firstPollDone = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            roster.TimerPollFinished += () => firstPollDone.TrySetResult(true);
            roster.RefreshSoon();
            _api.Gates.TryRemove(CadEndpoint.ActiveUnits, out _);
            gate.SetResult(true);
            await firstPollDone.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await Run(5);

            Assert.Equal(2, PollSeconds().Length);
        }
    }
}
