using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Commands.Handlers
{
    /// <summary>The emergency call the panic command sends when it turns panic on (<c>calls.panicCall</c>).</summary>
    public class PanicCallTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCad _cad = new FakeCad();
        private readonly ListMessenger _messenger = new ListMessenger();

        private CommandRouter Router(PanicCallSettings? call, bool panicEnabled = true)
        {
            var options = new CommandRouterOptions { PanicCall = call };
            options.Panic.Enabled = panicEnabled;
            return new CommandRouter(options, _cad, _messenger, new LocationDescriber(PostalIndex.Build(new[] { new Postal("101", 100, 200) })), _time, new ListLog());
        }

        private static CommandContext Unit(int id = 7) =>
            new CommandContext(id, "^1Officer ~r~Smith", "lic-" + id, true, new WorldPosition(110.5f, 190.25f, 30f), _ => true);

        [Fact]
        public async Task Pressing_panic_sends_an_emergency_call_with_the_template_filled_and_the_units_location()
        {
            var router = Router(new PanicCallSettings { Description = "PANIC: {playerName} at {location} ({postal}) {time}", Priority = 1, Code = "10-99" });

            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("panic", "", Unit()));

            Assert.Equal(new[] { ("lic-7", true) }, _cad.Panics);
            var call = Assert.Single(_cad.Calls);
            Assert.True(call.IsEmergency);
            Assert.Equal("Officer Smith", call.Caller);
            Assert.Equal("PANIC: Officer Smith at Postal 101 (101) 12:00", call.Description);
            Assert.Equal("Postal 101", call.Location);
            Assert.Equal(30, call.DeleteAfterMinutes);
            Assert.Equal("1", call.MetaData["priority"]);
            Assert.Equal("10-99", call.MetaData["code"]);
            Assert.Equal("110.5", call.MetaData["x"]);
            Assert.Equal("lic-7", call.MetaData["callerCommunityUserId"]);
        }

        [Fact]
        public async Task The_default_text_is_the_official_resources()
        {
            await Router(new PanicCallSettings()).HandleAsync("panic", "", Unit());

            Assert.Equal("Unit Officer Smith has pressed their panic button!", Assert.Single(_cad.Calls).Description);
        }

        [Fact]
        public async Task Clearing_panic_sends_no_call()
        {
            var router = Router(new PanicCallSettings { CooldownSeconds = 0 });
            await router.HandleAsync("panic", "", Unit());
            _time.Advance(TimeSpan.FromSeconds(5));

            await router.HandleAsync("panic", "", Unit());

            Assert.Equal(new[] { true, false }, _cad.Panics.Select(p => p.On));
            Assert.Single(_cad.Calls);
        }

        [Fact]
        public async Task Without_the_panic_call_pressing_panic_sends_only_the_panic()
        {
            await Router(null).HandleAsync("panic", "", Unit());

            Assert.Single(_cad.Panics);
            Assert.Empty(_cad.Calls);
        }

        [Fact]
        public async Task With_the_panic_command_off_there_is_no_panic_and_no_call()
        {
            var router = Router(new PanicCallSettings(), panicEnabled: false);

            Assert.Equal(CommandOutcome.UnknownCommand, await router.HandleAsync("panic", "", Unit()));
            Assert.Empty(_cad.Panics);
            Assert.Empty(_cad.Calls);
        }

        [Fact]
        public async Task Panic_pressed_again_within_the_cooldown_sends_no_second_call()
        {
            var router = Router(new PanicCallSettings { CooldownSeconds = 60 });
            await router.HandleAsync("panic", "", Unit());
            _time.Advance(TimeSpan.FromSeconds(5));
            await router.HandleAsync("panic", "", Unit());
            _time.Advance(TimeSpan.FromSeconds(5));
            await router.HandleAsync("panic", "", Unit());
            Assert.Single(_cad.Calls);

            _time.Advance(TimeSpan.FromSeconds(10));
            await router.HandleAsync("panic", "", Unit());
            _time.Advance(TimeSpan.FromSeconds(50));
            await router.HandleAsync("panic", "", Unit());
            Assert.Equal(2, _cad.Calls.Count);

            await router.HandleAsync("panic", "", Unit(8));
            Assert.Equal(3, _cad.Calls.Count);
        }

        [Fact]
        public async Task A_panic_call_that_cannot_be_queued_is_logged_and_the_panic_still_goes_out()
        {
            var log = new ListLog();
            var options = new CommandRouterOptions { PanicCall = new PanicCallSettings() };
            var router = new CommandRouter(options, new ThrowingCalls(_cad), _messenger, new LocationDescriber(), _time, log);

            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("panic", "", Unit()));

            Assert.Single(_cad.Panics);
            Assert.Equal("Panic activated: dispatch has been alerted.", _messenger.Last);
            Assert.Contains(log.Messages(Core.Diagnostics.LogLevel.Error), l => l.Contains("the panic call could not be queued: disk full"));
        }

        [Theory]
        [InlineData("Unit {playerName} pressed panic", null)]
        [InlineData("Unit {callsign} pressed panic", "unknown placeholder {callsign}")]
        [InlineData("Unit {arg1} pressed panic", "a panic has no typed arguments")]
        [InlineData("Unit {playerName pressed panic", "is not closed")]
        public void The_description_is_checked_at_load(string text, string? problem)
        {
            var found = PanicCallText.Problem(text);

            if (problem == null) Assert.Null(found);
            else Assert.Contains(problem, found);
        }

        /// <summary>Passes panics to <see cref="FakeCad"/> but cannot queue a call.</summary>
        private sealed class ThrowingCalls : ICadActions
        {
            private readonly FakeCad _inner;

            public ThrowingCalls(FakeCad inner) => _inner = inner;

            public int QueuedNonEmergencyCalls => 0;

            public Core.Dispatch.IDeliveryTicket Send911(Core.Cad.Models.EmergencyCall call) => throw new InvalidOperationException("disk full");

            public Core.Dispatch.IDeliveryTicket SetPanic(string communityUserId, bool on) => _inner.SetPanic(communityUserId, on);

            public Core.Dispatch.IDeliveryTicket SetStatus(string communityUserId, int status) => _inner.SetStatus(communityUserId, status);

            public CallCancellation Cancel911(string ticketId) => _inner.Cancel911(ticketId);

            public Core.Dispatch.IDeliveryTicket Remove911(long callId) => _inner.Remove911(callId);
        }
    }
}
