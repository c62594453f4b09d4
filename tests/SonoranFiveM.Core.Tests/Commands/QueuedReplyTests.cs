using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Commands
{
    /// <summary>Issue 12, finding 2 and 3: "queued" only once the call is saved; an honest line when it could not be.</summary>
    public class QueuedReplyTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCad _cad = new FakeCad();
        private readonly ListMessenger _messenger = new ListMessenger();

        private CommandRouter Router() =>
            new CommandRouter(new CommandRouterOptions(), _cad, _messenger, new LocationDescriber(PostalIndex.Build(new[] { new Postal("101", 100, 200) })), _time, new ListLog());

        private static CommandContext Player() => new CommandContext(7, "John Doe", "lic-7", false, new WorldPosition(110f, 190f, 30f), _ => true);

        [Fact]
        public async Task Queued_is_said_only_once_the_outbox_has_saved_the_call()
        {
            var saved = new TaskCompletionSource<Durability>();
            _cad.Tickets.Enqueue(new FakeTicket { LastFailure = new DeliveryFailure(DeliveryFailureKind.Transient, "timeout"), Saved = saved.Task });

            var handling = Router().HandleAsync("911", "fire", Player());
            _time.Advance(TimeSpan.FromSeconds(5));
            await Task.Yield();
            Assert.False(handling.IsCompleted);
            Assert.Empty(_messenger.Sent);

            saved.SetResult(Durability.Saved);
            Assert.Equal(CommandOutcome.QueuedUnreachable, await handling);
            Assert.Equal("Your 911 call is queued — the CAD is unreachable right now; it will be sent when it is back.", _messenger.Sent.Single().Message);
        }

        [Fact]
        public async Task A_call_the_disk_refused_is_reported_as_being_sent_but_not_saved()
        {
            _cad.Tickets.Enqueue(new FakeTicket { Saved = Task.FromResult(Durability.NotSaved) });

            var handling = Router().HandleAsync("911", "fire", Player());
            _time.Advance(TimeSpan.FromSeconds(5));

            await handling;
            var reply = _messenger.Sent.Single().Message;
            Assert.Equal("Your 911 call is being sent, but the server could not save it; if the server restarts before it is sent, it is lost.", reply);
            Assert.DoesNotContain("queued", reply);
        }
    }
}
