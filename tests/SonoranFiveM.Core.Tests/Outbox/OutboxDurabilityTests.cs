using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Core.Tests.Dispatch;

namespace SonoranFiveM.Core.Tests.Outbox
{
    /// <summary>Issue 12, findings 2, 3 and the journal part of 4: saved before "queued", checksums, honest disk failures.</summary>
    public sealed class OutboxDurabilityTests : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "sonoran-outbox-" + Guid.NewGuid().ToString("N"));
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));

        private string JournalPath => Path.Combine(_dir, "outbox.jsonl");

        public void Dispose()
        {
            if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
        }

        private OutboxEntry Entry(string id) => new OutboxEntry(id, OutboxEntryKind.DeleteRecord, _time.GetUtcNow(), null, null, OutboxPayloads.FromDelete("rec-" + id));

        [Fact]
        public async Task A_call_is_saved_at_enqueue_even_while_the_CAD_hangs()
        {
            using var h = new DispatcherHarness(time: _time, outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath), time, log));
            h.Dispatcher.RestoreFromOutbox();
            var hang = new TaskCompletionSource<bool>();
            h.Api.Gates[CadEndpoint.Create911Call] = hang.Task;
            var first = h.Dispatcher.Enqueue911Call(Calls911.Make("one"));
            var pump = h.Pump(); // the lane is now stuck in a request that does not answer
            var second = h.Dispatcher.Enqueue911Call(Calls911.Make("two"));
            var third = h.Dispatcher.Enqueue911Call(Calls911.Make("three"));

            // No lane pass is needed: the writer saves each call on its own.
            Assert.Equal(Durability.Saved, await second.Saved);
            Assert.Equal(Durability.Saved, await third.Saved);
            Assert.Equal(Durability.Saved, await first.Saved);
            Assert.Equal(3, OutboxJournal.ReadOpenEntries(JournalPath, new ListLog()).Count);
            hang.SetResult(true);
            await pump;
        }

        [Fact]
        public async Task Enqueueing_never_waits_for_the_disk()
        {
            var files = new FaultyOutboxFiles();
            using var h = new DispatcherHarness(time: _time, outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath), time, log, files));
            h.Dispatcher.RestoreFromOutbox();
            using var hold = new ManualResetEventSlim(false);
            files.HoldFsync = hold;
            var first = h.Dispatcher.Enqueue911Call(Calls911.Make("one"));

            // The writer is now blocked in fsync. Enqueueing (the main thread's part) must still return, with nothing saved yet.
            var enqueue = Task.Run(() => Enumerable.Range(0, 5).Select(i => h.Records.DeleteRecord("r" + i)).ToList());
            var finished = await Task.WhenAny(enqueue, Task.Delay(TimeSpan.FromSeconds(30))) == enqueue;
            Assert.True(finished, "enqueueing waited for a held fsync");
            Assert.False(first.Saved.IsCompleted);
            hold.Set();
            Assert.Equal(Durability.Saved, await first.Saved);
            Assert.All(await Task.WhenAll(enqueue.Result.Select(t => t.Saved)), d => Assert.Equal(Durability.Saved, d));
        }

        [Fact]
        public async Task A_torn_line_is_never_replayed_whatever_the_cut()
        {
            using (var journal = new OutboxJournal(new OutboxJournalOptions(JournalPath), _time, new ListLog()))
            {
                journal.Open();
                foreach (var id in new[] { "a", "b", "c" }) Assert.True(await journal.Save(Entry(id), reserved: false));
            }

            var bytes = File.ReadAllBytes(JournalPath);
            for (var cut = 0; cut <= bytes.Length; cut++)
            {
                File.WriteAllBytes(JournalPath, bytes.Take(cut).ToArray());
                var replayed = OutboxJournal.ReadOpenEntries(JournalPath, new ListLog());
                Assert.All(replayed, e => Assert.Equal("rec-" + e.Id, OutboxPayloads.ToDelete(e.Payload)));
                // A line counts once all of its content is there (the newline itself may be missing).
                var complete = Enumerable.Range(0, bytes.Length).Count(i => bytes[i] == (byte)'\n' && i <= cut);
                Assert.Equal(complete, replayed.Count);
            }
        }

        [Fact]
        public async Task A_flipped_bit_fails_the_checksum_and_is_reported()
        {
            using (var journal = new OutboxJournal(new OutboxJournalOptions(JournalPath), _time, new ListLog()))
            {
                journal.Open();
                Assert.True(await journal.Save(Entry("a"), reserved: false));
                Assert.True(await journal.Save(Entry("b"), reserved: false));
            }

            var bytes = File.ReadAllBytes(JournalPath);
            var second = Array.IndexOf(bytes, (byte)'\n') + 1;
            var at = Array.LastIndexOf(bytes, (byte)'b');
            bytes[at] = (byte)'x'; // "rec-b" becomes "rec-x": still valid JSON, wrong content
            File.WriteAllBytes(JournalPath, bytes);
            var log = new ListLog();
            var replayed = OutboxJournal.ReadOpenEntries(JournalPath, log);
            Assert.Equal(new[] { "a" }, replayed.Select(e => e.Id));
            Assert.True(log.Contains("skipped unreadable line 2 (checksum mismatch)"), string.Join("\n", log.Lines));
            Assert.True(second > 0);
        }

        [Fact]
        public void Old_journals_without_checksums_replay_complete_lines_only()
        {
            Directory.CreateDirectory(_dir);
            File.WriteAllText(JournalPath,
                "{\"op\":\"add\",\"id\":\"old\",\"kind\":\"DeleteRecord\",\"createdAt\":1735732800000,\"payload\":{\"recordId\":\"r1\"}}\n"
                + "{\"op\":\"add\",\"id\":\"torn\",\"kind\":\"DeleteRecord\",\"createdAt\":1735732800000,\"payload\":{\"recordId\":\"r2\"}");
            var log = new ListLog();
            using var journal = new OutboxJournal(new OutboxJournalOptions(JournalPath), _time, log);
            Assert.Equal(new[] { "old" }, journal.Open().Select(e => e.Id));
            Assert.True(log.Contains("skipped unreadable line 2"));
            // Compaction rewrote the journal in the checksummed format.
            Assert.Matches("^[0-9a-f]{8} \\{", File.ReadAllLines(JournalPath).Single());
        }

        [Theory]
        [InlineData("Call911", "{\"isEmergency\":true,\"caller\":\"A\",\"location\":\"B\",\"description\":\"C\",\"deleteAfterMinutes\":99999999999}", "deleteAfterMinutes")]
        [InlineData("CreateRecord", "{\"owner\":\"o\",\"recordTypeId\":1,\"scheduleDeleteAfterSeconds\":1e300}", "scheduleDeleteAfterSeconds")]
        [InlineData("CreateRecord", "{\"owner\":\"o\",\"recordTypeId\":123456789012345678901234567890}", "recordTypeId")]
        [InlineData("CreateRecord", "{\"owner\":\"o\",\"recordTypeId\":1,\"scheduleDeleteAt\":-5}", "scheduleDeleteAt")]
        [InlineData("DeleteRecord", "{\"recordId\":\"r\"}", "createdAt")]
        public void Out_of_range_numbers_are_reported_and_skipped_and_start_does_not_throw(string kind, string payload, string field)
        {
            Directory.CreateDirectory(_dir);
            var created = field == "createdAt" ? "1e300" : "1735732800000";
            var good = "{\"op\":\"add\",\"id\":\"good\",\"kind\":\"DeleteRecord\",\"createdAt\":1735732800000,\"payload\":{\"recordId\":\"r1\"}}";
            var bad = "{\"op\":\"add\",\"id\":\"bad\",\"kind\":\"" + kind + "\",\"createdAt\":" + created + ",\"payload\":" + payload + "}";
            File.WriteAllText(JournalPath, good + "\n" + bad + "\n");
            using var h = new DispatcherHarness(time: _time, outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath), time, log));
            Assert.Equal(1, h.Dispatcher.RestoreFromOutbox());
            var line = Assert.Single(h.Log.Messages(LogLevel.Warning), m => m.Contains("line 2"));
            Assert.Contains(JournalPath, line);
            Assert.Contains(field, line);
        }

        [Fact]
        public async Task A_full_disk_is_an_honest_state_retried_with_backoff()
        {
            var files = new FaultyOutboxFiles();
            using var h = new DispatcherHarness(time: _time, outbox: (time, log) => new OutboxJournal(new OutboxJournalOptions(JournalPath), time, log, files));
            h.Dispatcher.RestoreFromOutbox();
            files.DiskFull = true;
            var call = h.Dispatcher.Enqueue911Call(Calls911.Make("one"));
            Assert.Equal(Durability.NotSaved, await call.Saved);
            Assert.StartsWith("outbox not writable: No space left on device", h.Outbox!.Problem);
            Assert.Contains("Fix: free disk space", h.Outbox.Problem);
            Assert.Equal(1, h.Outbox.UnsavedCount);
            Assert.True(h.Log.Contains("not saved"));

            // Still sent, without durability, while the disk is full.
            h.Api.Always(CadEndpoint.Create911Call, Failures.Transient());
            await h.Pump();
            Assert.Equal(1, h.Api.Count(CadEndpoint.Create911Call));

            // The writer retries with backoff; once the disk has room the waiting call is saved.
            files.DiskFull = false;
            _time.Advance(TimeSpan.FromSeconds(1));
            await h.Outbox.FlushAsync();
            Assert.Equal(0, h.Outbox.UnsavedCount);
            Assert.Null(h.Outbox.Problem);
            Assert.Equal(1, h.Outbox.OpenCount);
            Assert.Equal(new[] { call.Id }, OutboxJournal.ReadOpenEntries(JournalPath, new ListLog()).Select(e => e.Id));
        }

        [Fact]
        public void A_folder_at_the_outbox_path_is_reported_at_start_and_the_outbox_runs_without_durability()
        {
            Directory.CreateDirectory(JournalPath);
            var log = new ListLog();
            using var journal = new OutboxJournal(new OutboxJournalOptions(JournalPath), _time, log);
            Assert.Empty(journal.Open());
            var line = Assert.Single(log.Messages(LogLevel.Error));
            Assert.Contains(JournalPath + " cannot be used", line);
            Assert.Contains("is a folder", line);
            Assert.Contains("Fix: move that folder away", line);
            Assert.Contains("not saved", line);
            Assert.StartsWith("outbox not writable", journal.Problem);
        }

        [Fact]
        public async Task A_read_only_folder_is_reported_and_saves_say_not_saved()
        {
            var files = new FaultyOutboxFiles { ReadOnly = true };
            var log = new ListLog();
            using var journal = new OutboxJournal(new OutboxJournalOptions(JournalPath), _time, log, files);
            journal.Open();
            Assert.Contains("permission denied", journal.Problem);
            Assert.Contains("Fix: let the FXServer user write to " + _dir, journal.Problem);
            Assert.False(await journal.Save(Entry("a"), reserved: false));
            Assert.Equal(1, journal.UnsavedCount);
        }

        [Fact]
        public async Task Dispose_never_throws_even_on_a_full_disk_with_unsaved_work()
        {
            var files = new FaultyOutboxFiles();
            var journal = new OutboxJournal(new OutboxJournalOptions(JournalPath), _time, new ListLog(), files);
            journal.Open();
            files.DiskFull = true;
            var save = journal.Save(Entry("a"), reserved: false);
            Assert.False(await save);
            journal.Dispose();
            journal.Dispose();
            Assert.False(await journal.Save(Entry("b"), reserved: false));
        }
    }
}
