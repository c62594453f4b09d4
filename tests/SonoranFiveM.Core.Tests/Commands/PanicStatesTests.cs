namespace SonoranFiveM.Core.Tests.Commands
{
    public class PanicStatesTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));

        [Fact]
        public void A_panic_cleared_in_the_CAD_is_cleared_here()
        {
            var panic = new PanicStates(_time);
            Assert.True(panic.Toggle("u1"));
            _time.Advance(TimeSpan.FromSeconds(1));
            panic.Settle("u1", true, accepted: true);
            _time.Advance(TimeSpan.FromSeconds(30));

            Assert.True(panic.Sync("u1", false, _time.GetUtcNow()));

            Assert.False(panic.IsPanicking("u1"));
            Assert.True(panic.Toggle("u1")); // the next press raises the panic again instead of clearing it
        }

        [Fact]
        public void A_panic_set_in_the_CAD_is_set_here()
        {
            var panic = new PanicStates(_time);

            Assert.True(panic.Sync("u1", true, _time.GetUtcNow()));
            Assert.False(panic.Sync("u1", true, _time.GetUtcNow()));
            Assert.True(panic.IsPanicking("u1"));
        }

        [Fact]
        public void The_CAD_state_does_not_undo_a_press_that_is_still_pending()
        {
            var panic = new PanicStates(_time);
            panic.Toggle("u1");
            _time.Advance(TimeSpan.FromSeconds(5));

            Assert.False(panic.Sync("u1", false, _time.GetUtcNow()));
            Assert.True(panic.IsPanicking("u1"));
        }

        [Fact]
        public void A_list_read_before_the_CAD_answered_a_press_does_not_undo_it()
        {
            var panic = new PanicStates(_time);
            panic.Toggle("u1");
            var readStarted = _time.GetUtcNow().AddSeconds(1);
            _time.Advance(TimeSpan.FromSeconds(2));
            panic.Settle("u1", true, accepted: true);

            Assert.False(panic.Sync("u1", false, readStarted));
            Assert.True(panic.IsPanicking("u1"));
        }

        [Fact]
        public void A_refused_press_is_undone_unless_a_newer_one_changed_it()
        {
            var panic = new PanicStates(_time);
            panic.Toggle("u1");
            panic.Settle("u1", true, accepted: false);
            Assert.False(panic.IsPanicking("u1"));

            panic.Toggle("u1"); // on
            panic.Toggle("u1"); // off
            panic.Settle("u1", true, accepted: false);
            Assert.False(panic.IsPanicking("u1"));
        }
    }
}
