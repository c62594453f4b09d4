using SonoranFiveM.Core.Outbox;

namespace SonoranFiveM.Core.Tests.Dispatch
{
    /// <summary>Emergency calls go before non-emergency calls in the shared calls lane; each kind stays in arrival order.</summary>
    public sealed class CallPriorityTests : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "sonoran-priority-" + Guid.NewGuid().ToString("N"));

        private static EmergencyCall Call(bool emergency, string description)
            => new EmergencyCall(emergency, "Caller", "Alta St", description, null, new Dictionary<string, string>());

        private static List<string> Sent(DispatcherHarness h)
            => h.Api.BodiesOf(CadEndpoint.Create911Call).Cast<EmergencyCall>().Select(c => c.Description).ToList();

        public void Dispose()
        {
            if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
        }

        [Fact]
        public async Task Emergencies_overtake_queued_non_emergencies_and_each_kind_keeps_its_order()
        {
            using var h = new DispatcherHarness();
            h.Dispatcher.Enqueue911Call(Call(false, "311 a"));
            h.Dispatcher.Enqueue911Call(Call(false, "311 b"));
            h.Dispatcher.Enqueue911Call(Call(true, "911 a"));
            h.Dispatcher.Enqueue911Call(Call(false, "311 c"));
            h.Dispatcher.Enqueue911Call(Call(true, "911 b"));
            Assert.Equal(3, h.Dispatcher.QueuedNonEmergencyCalls);

            await h.Pump();

            Assert.Equal(new[] { "911 a", "911 b", "311 a", "311 b", "311 c" }, Sent(h));
            Assert.Equal(0, h.Dispatcher.QueuedNonEmergencyCalls);
        }

        [Fact]
        public async Task A_non_emergency_that_failed_goes_back_behind_emergencies_that_arrived_meanwhile()
        {
            using var h = new DispatcherHarness();
            h.Api.Always(CadEndpoint.Create911Call, Failures.Transient());
            h.Dispatcher.Enqueue911Call(Call(false, "311 a"));
            h.Dispatcher.Enqueue911Call(Call(false, "311 b"));
            await h.Pump(); // "311 a" fails and is requeued; the lane backs off
            h.Dispatcher.Enqueue911Call(Call(true, "911 a"));
            Assert.Equal(2, h.Dispatcher.QueuedNonEmergencyCalls);

            h.Api.Always(CadEndpoint.Create911Call, null);
            h.Advance(TimeSpan.FromMinutes(1));
            await h.Pump();

            Assert.Equal(new[] { "311 a", "911 a", "311 a", "311 b" }, Sent(h));
        }

        [Fact]
        public async Task Replay_from_the_outbox_puts_emergencies_first()
        {
            var path = Path.Combine(_dir, "outbox.jsonl");
            var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
            using (var h = new DispatcherHarness(time: time, outbox: (t, log) => new OutboxJournal(new OutboxJournalOptions(path), t, log)))
            {
                h.Dispatcher.RestoreFromOutbox();
                h.Api.Always(CadEndpoint.Create911Call, Failures.Transient());
                h.Dispatcher.Enqueue911Call(Call(false, "311 a"));
                h.Dispatcher.Enqueue911Call(Call(false, "311 b"));
                h.Dispatcher.Enqueue911Call(Call(true, "911 a"));
                await h.Pump();
                Assert.Equal(3, h.Outbox!.OpenCount);
            }

            time.Advance(TimeSpan.FromMinutes(1));
            using (var h = new DispatcherHarness(time: time, outbox: (t, log) => new OutboxJournal(new OutboxJournalOptions(path), t, log)))
            {
                Assert.Equal(3, h.Dispatcher.RestoreFromOutbox());
                Assert.Equal(2, h.Dispatcher.QueuedNonEmergencyCalls);
                await h.Pump();
                Assert.Equal(new[] { "911 a", "311 a", "311 b" }, Sent(h));
            }
        }
    }
}
