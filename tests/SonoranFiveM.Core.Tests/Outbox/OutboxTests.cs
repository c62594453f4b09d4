using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Core.Tests.Dispatch;

namespace SonoranFiveM.Core.Tests.Outbox
{
    public sealed class OutboxTests : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "sonoran-outbox-" + Guid.NewGuid().ToString("N"));
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

        private string JournalPath => Path.Combine(_dir, "outbox.jsonl");

        private OutboxJournal NewJournal(ListLog log, int max = 10_000)
            => new OutboxJournal(new OutboxJournalOptions(JournalPath) { MaxEntries = max }, _time, log);

        private OutboxEntry Entry(string id, DateTimeOffset? expires = null)
            => new OutboxEntry(id, OutboxEntryKind.DeleteRecord, _time.GetUtcNow(), expires, null, OutboxPayloads.FromDelete("rec-" + id));

        private static async Task SaveAll(OutboxJournal journal, params OutboxEntry[] entries)
        {
            foreach (var entry in entries) Assert.True(await journal.Save(entry, reserved: false));
        }

        /// <summary>The JSON of a journal line (after its checksum).</summary>
        internal static JObject JsonOf(string line) => JObject.Parse(line.Substring(9));

        public void Dispose()
        {
            if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
        }

        [Fact]
        public async Task Replay_skips_a_torn_last_line_and_keeps_working()
        {
            var log = new ListLog();
            using (var journal = NewJournal(log))
            {
                Assert.Empty(journal.Open());
                await SaveAll(journal, new[] { Entry("a"), Entry("b"), Entry("c") });
                journal.Close("b", "accepted");
                await journal.FlushAsync();
            }

            File.AppendAllText(JournalPath, "{\"op\":\"add\",\"id\":\"torn\",\"kind\":\"Dele"); // crash mid-write
            using (var journal = NewJournal(log))
            {
                var open = journal.Open();
                Assert.Equal(new[] { "a", "c" }, open.Select(e => e.Id));
                Assert.Equal("rec-a", OutboxPayloads.ToDelete(open[0].Payload));
                Assert.True(log.Contains("skipped unreadable line"));
                await SaveAll(journal, new[] { Entry("d") });
            }

            using (var journal = NewJournal(new ListLog()))
            {
                Assert.Equal(new[] { "a", "c", "d" }, journal.Open().Select(e => e.Id));
            }

            Assert.All(File.ReadAllLines(JournalPath), line => JsonOf(line));
        }

        [Fact]
        public async Task Compaction_keeps_only_open_entries()
        {
            using var journal = NewJournal(new ListLog());
            journal.Open();
            await SaveAll(journal, new[] { Entry("1"), Entry("2"), Entry("3"), Entry("4"), Entry("5") });
            journal.Close("1", "accepted");
            journal.Close("3", "rejected");
            journal.Close("4", "dropped");
            await journal.FlushAsync();
            Assert.Equal(8, File.ReadAllLines(JournalPath).Length);

            await journal.CompactAsync();
            var lines = File.ReadAllLines(JournalPath).Select(JsonOf).ToList();
            Assert.Equal(new[] { "2", "5" }, lines.Select(l => (string)l["id"]!));
            Assert.All(lines, l => Assert.Equal("add", (string)l["op"]!));
            Assert.False(File.Exists(JournalPath + ".tmp"));
        }

        [Fact]
        public async Task Expired_entries_are_dropped_on_replay_with_a_log_line()
        {
            var log = new ListLog();
            using (var journal = NewJournal(log))
            {
                journal.Open();
                await SaveAll(journal, new[] { Entry("old", _time.GetUtcNow().AddMinutes(5)), Entry("fresh", _time.GetUtcNow().AddHours(1)) });
            }

            _time.Advance(TimeSpan.FromMinutes(10));
            using (var journal = NewJournal(log))
            {
                Assert.Equal(new[] { "fresh" }, journal.Open().Select(e => e.Id));
                Assert.True(log.Contains("dropped DeleteRecord old on replay"));
            }
        }

        [Fact]
        public void The_outbox_is_bounded()
        {
            using var journal = NewJournal(new ListLog(), max: 2);
            journal.Open();
            Assert.True(journal.TryReserve());
            Assert.True(journal.TryReserve());
            Assert.False(journal.TryReserve());
            journal.ReleaseReservation();
            Assert.True(journal.TryReserve());
        }

        [Fact]
        public async Task Durable_work_refused_when_the_outbox_is_full()
        {
            using var h = new DispatcherHarness(outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath) { MaxEntries = 2 }, time, log));
            h.Dispatcher.RestoreFromOutbox();
            h.Api.Always(CadEndpoint.Create911Call, Failures.Transient());
            h.Dispatcher.Enqueue911Call(Calls911.Make());
            h.Dispatcher.Enqueue911Call(Calls911.Make());
            var third = h.Dispatcher.Enqueue911Call(Calls911.Make());
            Assert.Equal(DeliveryState.Rejected, (await third.Completion).State);
            await h.Pump();
            Assert.Equal(2, h.Outbox!.OpenCount);
        }

        [Fact]
        public async Task After_a_crash_every_undelivered_item_is_replayed_and_delivered_once()
        {
            string[] ids;
            using (var h = new DispatcherHarness(time: _time, outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath), time, log)))
            {
                h.Dispatcher.RestoreFromOutbox();
                h.Api.Always(CadEndpoint.Create911Call, Failures.Transient());
                h.Api.Always(CadEndpoint.CreateRecord, Failures.Transient());
                ids = new[]
                {
                    h.Dispatcher.Enqueue911Call(Calls911.Make("one")).Id,
                    h.Dispatcher.Enqueue911Call(Calls911.Make("two")).Id,
                    h.Records.CreateRecord(RecordRequest.FromTemplate("u1", 5, new Dictionary<string, string> { ["plate"] = "ABC" }, 60), TimeSpan.FromMinutes(60)).Id,
                    h.Records.DeleteRecord("r9", _time.GetUtcNow().AddHours(1)).Id,
                };
                await h.Pump();
                Assert.Equal(4, h.Outbox!.OpenCount);
                // Crash: no StopAsync, no compaction; the process dies mid-append.
            }

            File.AppendAllText(JournalPath, "{\"op\":\"done\",\"id\":\"" + ids[0].Substring(0, 5));
            _time.Advance(TimeSpan.FromMinutes(1));

            using (var h = new DispatcherHarness(time: _time, outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath), time, log)))
            {
                Assert.Equal(4, h.Dispatcher.RestoreFromOutbox());
                Assert.True(h.Log.Contains("skipped unreadable line"));
                await h.Pump();
                var calls = h.Api.BodiesOf(CadEndpoint.Create911Call).Cast<EmergencyCall>().ToList();
                Assert.Equal(new[] { "one", "two" }, calls.Select(c => c.Description));
                Assert.Equal(new[] { ids[0], ids[1] }, calls.Select(c => c.MetaData["sonoranFivemId"]));
                var record = Assert.Single(h.Api.BodiesOf(CadEndpoint.CreateRecord).Cast<List<RecordRequest>>()).Single();
                Assert.Equal("ABC", record.ReplaceValues!["plate"]);
                Assert.Empty(h.Api.BodiesOf(CadEndpoint.DeleteRecord)); // r9 is not due yet

                // Open now: the scheduled r9 delete and the delete scheduled for the created record.
                Assert.Equal(2, h.Outbox!.OpenCount);
                _time.Advance(TimeSpan.FromHours(1));
                await h.Pump();
                Assert.Equal(2, h.Api.BodiesOf(CadEndpoint.DeleteRecord).Count);
                Assert.Contains("r9", h.Api.BodiesOf(CadEndpoint.DeleteRecord));
                Assert.Equal(0, h.Outbox.OpenCount);
            }

            using (var h = new DispatcherHarness(time: _time, outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath), time, log)))
            {
                Assert.Equal(0, h.Dispatcher.RestoreFromOutbox());
            }
        }

        [Fact]
        public async Task Stop_leaves_what_the_budget_does_not_allow_in_the_outbox_for_the_next_start()
        {
            using (var h = new DispatcherHarness(time: _time, outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath), time, log)))
            {
                h.Dispatcher.RestoreFromOutbox();
                for (var i = 0; i < 14; i++) h.Dispatcher.Enqueue911Call(Calls911.Make("c" + i));
                await h.Dispatcher.StopAsync(_time.GetUtcNow().AddSeconds(10));
                Assert.Equal(10, h.Api.Count(CadEndpoint.Create911Call));
                Assert.Equal(4, h.Outbox!.OpenCount);
            }

            _time.Advance(TimeSpan.FromSeconds(61));
            using (var h = new DispatcherHarness(time: _time, outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath), time, log)))
            {
                Assert.Equal(4, h.Dispatcher.RestoreFromOutbox());
                await h.Pump();
                var descriptions = h.Api.BodiesOf(CadEndpoint.Create911Call).Cast<EmergencyCall>().Select(c => c.Description);
                Assert.Equal(new[] { "c10", "c11", "c12", "c13" }, descriptions);
            }
        }
    }
}
