using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using SonoranFiveM.Benchmarks.Support;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Outbox;

namespace SonoranFiveM.Benchmarks
{
    /// <summary>A 911 call as the dispatcher journals it, at the command's length caps (500-character description).</summary>
    internal static class Calls
    {
        public static OutboxEntry Entry(string id, DateTimeOffset now)
        {
            var meta = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["x"] = "-1037.42",
                ["y"] = "-2733.91",
                ["z"] = "20.17",
                ["postal"] = "7031",
                ["sonoranFivemId"] = id,
            };
            var call = new EmergencyCall(true, "Jordan Alvarez-McKenzie (12)", "[7031] Alta St / Vespucci Blvd",
                new string('x', 500), 30, meta);
            return new OutboxEntry(id, OutboxEntryKind.Call911, now, now.AddDays(7), null, OutboxPayloads.FromCall(call));
        }

        public static string NewId(int n) => n.ToString("x32", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writing durable work: one 911 call appended and flushed through to disk (<c>FileStream.Flush(true)</c>, i.e. an
    /// fsync), alone and with its "done" line (the full life of a delivered call, compaction every 256 closes included).
    /// In a fresh temp directory on the machine's normal disk.
    /// </summary>
    [MemoryDiagnoser]
    public class OutboxAppendBenchmarks
    {
        private string _directory = null!;
        private OutboxJournal _journal = null!;
        private OutboxEntry[] _one = null!;

        [GlobalSetup]
        public void Setup()
        {
            _directory = Path.Combine(Path.GetTempPath(), "sonoran-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
            _journal = new OutboxJournal(new OutboxJournalOptions(Path.Combine(_directory, "outbox.jsonl")), TimeProvider.System, NullLog.Instance);
            _journal.Open();
            _one = new[] { Calls.Entry(Calls.NewId(1), DateTimeOffset.UtcNow) };
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _journal.Dispose();
            Directory.Delete(_directory, true);
        }

        [Benchmark(Description = "Save 911 (write + fsync), wait for the acknowledgement")]
        public bool Append() => _journal.Save(_one[0], reserved: false).GetAwaiter().GetResult();

        [Benchmark(Description = "Save 911, then close (writer flushed)")]
        public void AppendThenClose()
        {
            _journal.Save(_one[0], reserved: false);
            _journal.Close(_one[0].Id, "accepted");
            _journal.FlushAsync().GetAwaiter().GetResult();
        }
    }

    /// <summary>Start-up with 10,000 undelivered 911 calls in the journal: read, parse, expiry check, compact (rewrite + fsync).</summary>
    [MemoryDiagnoser]
    public class OutboxReplayBenchmarks
    {
        private const int Entries = 10_000;

        private string _directory = null!;
        private OutboxJournalOptions _options = null!;

        [GlobalSetup]
        public void Setup()
        {
            _directory = Path.Combine(Path.GetTempPath(), "sonoran-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
            _options = new OutboxJournalOptions(Path.Combine(_directory, "outbox.jsonl"));
            var now = DateTimeOffset.UtcNow;
            using (var journal = new OutboxJournal(_options, TimeProvider.System, NullLog.Instance))
            {
                journal.Open();
                for (var i = 0; i < Entries; i++) journal.Save(Calls.Entry(Calls.NewId(i), now), reserved: false);
                journal.FlushAsync().GetAwaiter().GetResult();
            }

            // Replay compacts to the same open entries, so every invocation reads the same 10,000-line journal.
            if (Replay() != Entries) throw new InvalidOperationException("The journal did not replay " + Entries + " entries.");
        }

        [GlobalCleanup]
        public void Cleanup() => Directory.Delete(_directory, true);

        [Benchmark(Description = "Replay 10,000-entry journal")]
        public int Replay()
        {
            using var journal = new OutboxJournal(_options, TimeProvider.System, NullLog.Instance);
            return journal.Open().Count;
        }
    }
}
