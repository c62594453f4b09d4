using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Core.Tests.TestSupport;

namespace SonoranFiveM.ReliabilityTests.Durability
{
    /// <summary>
    /// Hostile journals: cut at every offset, random byte flips, garbage. Start never throws, nothing altered is ever
    /// replayed, and every line it cannot trust is reported. And a disk that fails at random through the file seam:
    /// everything acknowledged as saved is replayed by the next start.
    /// </summary>
    public sealed class JournalFuzzTests : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "sonoran-fuzz-" + Guid.NewGuid().ToString("N"));
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly byte[] _journal;
        private readonly Dictionary<string, string> _originals;

        public JournalFuzzTests()
        {
            Directory.CreateDirectory(_dir);
            var path = Path.Combine(_dir, "seed.jsonl");
            using (var journal = new OutboxJournal(new OutboxJournalOptions(path), _time, new Log()))
            {
                journal.Open();
                for (var i = 0; i < 6; i++) journal.Save(Entry("e" + i), reserved: false);
                journal.Close("e2", "accepted");
                journal.FlushAsync().GetAwaiter().GetResult();
            }

            _journal = File.ReadAllBytes(path);
            _originals = Enumerable.Range(0, 6).Where(i => i != 2).ToDictionary(i => "e" + i, i => "rec-e" + i);
        }

        public void Dispose() => Directory.Delete(_dir, true);

        private OutboxEntry Entry(string id)
            => new OutboxEntry(id, OutboxEntryKind.DeleteRecord, _time.GetUtcNow(), _time.GetUtcNow().AddDays(1), null, OutboxPayloads.FromDelete("rec-" + id));

        [Fact]
        public void A_journal_cut_at_every_offset_starts_and_replays_only_intact_entries()
        {
            for (var cut = 0; cut <= _journal.Length; cut++) AssertStartsSafely(_journal.Take(cut).ToArray());
        }

        [Fact]
        public void Random_byte_flips_never_replay_an_altered_entry()
        {
            Gen.Select(Gen.Int[0, _journal.Length - 1], Gen.Byte).Array[1, 4].Sample(flips =>
            {
                var bytes = (byte[])_journal.Clone();
                foreach (var (at, value) in flips) bytes[at] = value;
                AssertStartsSafely(bytes);
            }, iter: SuiteSettings.Iterations / 4);
        }

        [Fact]
        public void Garbage_is_reported_line_by_line_and_never_throws()
        {
            var line = Gen.OneOf(Gen.Byte.Array[0, 200], Gen.String[0, 200].Select(s => System.Text.Encoding.UTF8.GetBytes(s)),
                Gen.Const(System.Text.Encoding.UTF8.GetBytes("{\"op\":\"add\",\"id\":\"x\",\"kind\":\"Call911\",\"createdAt\":1e400,\"payload\":{}}")));
            line.Array[0, 8].Sample(lines =>
            {
                var bytes = lines.SelectMany(l => l.Where(b => b != (byte)'\n').Concat(new[] { (byte)'\n' })).ToArray();
                var log = AssertStartsSafely(bytes);
                var nonBlank = lines.Count(l => l.Any(b => b != (byte)'\n' && b != (byte)' ' && b != (byte)'\r' && b != (byte)'\t'));
                Assert.Equal(nonBlank, log.Skipped);
            }, iter: SuiteSettings.Iterations / 4);
        }

        [Fact]
        public async Task A_disk_failing_at_random_never_loses_an_acknowledged_entry()
        {
            var plan = Gen.Bool.Array[10, 40];
            var cases = 0;
            foreach (var failures in plan.Array[20].Single())
            {
                var path = Path.Combine(_dir, "disk-" + cases++ + ".jsonl");
                var files = new FaultyOutboxFiles();
                var acknowledged = new List<string>();
                using (var journal = new OutboxJournal(new OutboxJournalOptions(path) { CompactAfterClosed = 3 }, _time, new Log(), files))
                {
                    journal.Open();
                    for (var i = 0; i < failures.Length; i++)
                    {
                        files.DiskFull = failures[i];
                        var id = "d" + i;
                        if (await journal.Save(Entry(id), reserved: false)) acknowledged.Add(id);
                        if (i % 4 == 3 && acknowledged.Count > 0)
                        {
                            journal.Close(acknowledged[0], "accepted");
                            acknowledged.RemoveAt(0);
                        }

                        if (journal.Problem != null) _time.Advance(TimeSpan.FromMinutes(1)); // let the writer's retry run
                        await journal.FlushAsync();
                    }

                    files.DiskFull = false;
                }

                var replayed = OutboxJournal.ReadOpenEntries(path, new Log()).Select(e => e.Id).ToList();
                Assert.Equal(replayed.Count, replayed.Distinct().Count());
                Assert.Empty(acknowledged.Except(replayed));
            }
        }

        private Log AssertStartsSafely(byte[] bytes)
        {
            var path = Path.Combine(_dir, "case-" + Guid.NewGuid().ToString("N") + ".jsonl");
            File.WriteAllBytes(path, bytes);
            var log = new Log();
            using var journal = new OutboxJournal(new OutboxJournalOptions(path), _time, log);
            var replayed = journal.Open();
            foreach (var entry in replayed)
            {
                Assert.True(_originals.TryGetValue(entry.Id, out var record), "replayed an entry that was never written: " + entry.Id);
                Assert.Equal(record, OutboxPayloads.ToDelete(entry.Payload));
            }

            Assert.Equal(replayed.Count, replayed.Select(e => e.Id).Distinct().Count());
            return log;
        }

        private sealed class Log : ILog
        {
            public int Skipped;

            public void Write(LogLevel level, string message)
            {
                if (message.Contains("skipped unreadable line", StringComparison.Ordinal)) Skipped++;
            }
        }
    }
}
