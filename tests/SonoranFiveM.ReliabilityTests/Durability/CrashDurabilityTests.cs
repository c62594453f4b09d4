using System.Diagnostics;
using SonoranFiveM.Core.Outbox;

namespace SonoranFiveM.ReliabilityTests.Durability
{
    /// <summary>
    /// Crash durability: a child process saves journal entries and is killed (SIGKILL) at random points, over and over on
    /// the same journal; every entry it was told is saved, and not closed, is replayed exactly once.
    /// </summary>
    public sealed class CrashDurabilityTests : IDisposable
    {
        private const int Kills = 12;
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "sonoran-crash-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
        }

        [Fact]
        public async Task Every_acknowledged_entry_survives_a_kill_exactly_once()
        {
            Directory.CreateDirectory(_dir);
            var journal = Path.Combine(_dir, "outbox.jsonl");
            var random = new Random(12);
            var expected = new HashSet<string>(StringComparer.Ordinal);
            var closed = new HashSet<string>(StringComparer.Ordinal);
            for (var run = 0; run < Kills; run++)
            {
                var killAfter = random.Next(1, 120);
                var (saved, closing, closedNow) = await RunAndKillAsync(journal, "run" + run, killAfter);
                expected.UnionWith(saved);
                expected.ExceptWith(closing); // a close in flight at the kill may or may not have reached the disk
                closed.UnionWith(closedNow);

                var log = new CountingLog();
                var replayed = OutboxJournal.ReadOpenEntries(journal, log).Select(e => e.Id).ToList();
                var missing = expected.Where(id => !replayed.Contains(id)).ToList();
                Assert.True(missing.Count == 0, "run " + run + ": acknowledged but not replayed: " + string.Join(", ", missing.Take(10)));
                Assert.Equal(replayed.Count, replayed.Distinct(StringComparer.Ordinal).Count());
                Assert.DoesNotContain(replayed, closed.Contains);
            }

            // And a real start replays each of them once.
            using var outbox = new OutboxJournal(new OutboxJournalOptions(journal), TimeProvider.System, new CountingLog());
            var ids = outbox.Open().Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.Superset(expected, ids.ToHashSet(StringComparer.Ordinal));
        }

        private static async Task<(List<string> Saved, List<string> Closing, List<string> Closed)> RunAndKillAsync(string journal, string tag, int killAfter)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(HelperPath());
            start.ArgumentList.Add(journal);
            start.ArgumentList.Add(tag);
            using var child = Process.Start(start)!;
            _ = child.StandardError.ReadToEndAsync();
            var saved = new List<string>();
            var closing = new List<string>();
            var closed = new List<string>();
            void Take(string line)
            {
                if (line.StartsWith("saved ", StringComparison.Ordinal)) saved.Add(line.Substring(6));
                else if (line.StartsWith("closing ", StringComparison.Ordinal)) closing.Add(line.Substring(8));
                else if (line.StartsWith("closed ", StringComparison.Ordinal)) closed.Add(line.Substring(7));
            }

            while (saved.Count < killAfter)
            {
                var line = await child.StandardOutput.ReadLineAsync();
                if (line == null) break;
                Take(line);
            }

            child.Kill(); // SIGKILL on Linux and macOS: no finalizers, no flush, no Dispose
            await child.WaitForExitAsync();
            // Whatever it printed before it died reports something that had already happened.
            foreach (var line in (await child.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)) Take(line.TrimEnd('\r'));
            Assert.True(saved.Count >= killAfter || child.ExitCode != 0, "the helper stopped on its own");
            return (saved, closing, closed);
        }

        private static string HelperPath()
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = output.Name;
            var configuration = output.Parent!.Name;
            var root = output;
            while (root != null && !File.Exists(Path.Combine(root.FullName, "sonoran-fivem.sln"))) root = root.Parent;
            var path = Path.Combine(root!.FullName, "tests", "SonoranFiveM.JournalCrashHelper", "bin", configuration, framework, "SonoranFiveM.JournalCrashHelper.dll");
            Assert.True(File.Exists(path), "build the helper first: " + path);
            return path;
        }

        private sealed class CountingLog : ILog
        {
            public int Warnings;

            public void Write(LogLevel level, string message)
            {
                if (level >= LogLevel.Warning) Warnings++;
            }
        }
    }
}
