using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Commands.Handlers
{
    /// <summary>"/911 cancel": a caller cancels their own most recent call.</summary>
    public class CancelCallTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCad _cad = new FakeCad();
        private readonly ListMessenger _messenger = new ListMessenger();
        private readonly CommandRouter _router;

        public CancelCallTests()
        {
            _router = new CommandRouter(new CommandRouterOptions(), _cad, _messenger,
                new LocationDescriber(PostalIndex.Build(new[] { new Postal("101", 100, 200) })), _time, new ListLog());
        }

        private static CommandContext Player(int id = 7) => new CommandContext(id, "John Doe", "lic-" + id, false, new WorldPosition(1, 2, 3), _ => true);

        [Fact]
        public async Task With_no_call_there_is_nothing_to_cancel_and_no_cooldown_is_used()
        {
            var outcome = await _router.HandleAsync("911", "cancel", Player());

            Assert.Equal(CommandOutcome.NothingToCancel, outcome);
            Assert.Equal("You have no call to cancel.", _messenger.Last);
            Assert.Empty(_cad.Calls);
            Assert.Equal(CommandOutcome.Accepted, await _router.HandleAsync("911", "shots fired", Player()));
        }

        [Fact]
        public async Task A_queued_call_is_withdrawn_and_the_caller_is_told()
        {
            var call = new FakeTicket();
            _cad.Tickets.Enqueue(call);
            _ = _router.HandleAsync("911", "shots fired", Player());
            _cad.OnCancel = id => new CallCancellation(id == call.Id ? CallCancelState.Withdrawn : CallCancelState.Unknown);

            var outcome = await _router.HandleAsync("911", "CANCEL", Player());

            Assert.Equal(CommandOutcome.Cancelled, outcome);
            Assert.Equal(call.Id, Assert.Single(_cad.CancelledCalls));
            Assert.Equal("Your 911 call was cancelled before it was sent.", _messenger.Last);
            Assert.Equal(CommandOutcome.NothingToCancel, await _router.HandleAsync("911", "cancel", Player()));
        }

        [Fact]
        public async Task An_accepted_call_is_removed_from_the_CAD_and_the_caller_hears_so_only_once_the_CAD_accepted()
        {
            _cad.Tickets.Enqueue(FakeTicket.Completed(DeliveryState.Accepted, cadId: "4312"));
            await _router.HandleAsync("311", "noise complaint", Player());
            var removal = FakeTicket.Completed(DeliveryState.Accepted);
            _cad.OnCancel = _ => new CallCancellation(CallCancelState.Removing, removal, 4312);

            var outcome = await _router.HandleAsync("311", "cancel", Player());

            Assert.Equal(CommandOutcome.Accepted, outcome);
            Assert.Equal("Your 311 call (#4312) was cancelled.", _messenger.Last);
        }

        [Fact]
        public async Task A_refused_removal_is_reported_with_the_CADs_reason()
        {
            await _router.HandleAsync("911", "fire", Player());
            _cad.OnCancel = _ => new CallCancellation(CallCancelState.Removing, FakeTicket.Completed(DeliveryState.Rejected, "call not found"), 9);

            var outcome = await _router.HandleAsync("911", "cancel", Player());

            Assert.Equal(CommandOutcome.Rejected, outcome);
            Assert.Equal("The CAD refused the cancellation of your 911 call: call not found.", _messenger.Last);
        }

        [Fact]
        public async Task A_call_being_sent_asks_the_caller_to_try_again_and_keeps_it_cancellable()
        {
            await _router.HandleAsync("911", "fire", Player());
            _cad.OnCancel = _ => new CallCancellation(CallCancelState.Sending);

            Assert.Equal(CommandOutcome.QueuedPaced, await _router.HandleAsync("911", "cancel", Player()));
            Assert.Equal("Your 911 call is being sent right now; try /911 cancel again in a moment.", _messenger.Last);

            _cad.OnCancel = _ => new CallCancellation(CallCancelState.Withdrawn);
            Assert.Equal(CommandOutcome.Cancelled, await _router.HandleAsync("911", "cancel", Player()));
        }

        [Fact]
        public async Task A_player_cancels_only_their_own_call()
        {
            await _router.HandleAsync("911", "fire", Player(7));

            Assert.Equal(CommandOutcome.NothingToCancel, await _router.HandleAsync("911", "cancel", Player(8)));
            Assert.Empty(_cad.CancelledCalls);
        }

        [Fact]
        public async Task A_player_who_left_has_no_call_to_cancel()
        {
            await _router.HandleAsync("911", "fire", Player(7));
            _router.ForgetPlayer(7);

            Assert.Equal(CommandOutcome.NothingToCancel, await _router.HandleAsync("911", "cancel", Player(7)));
        }
    }
}
