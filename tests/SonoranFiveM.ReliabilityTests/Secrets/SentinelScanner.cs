using System.Collections.Concurrent;

namespace SonoranFiveM.ReliabilityTests.Secrets
{
    /// <summary>
    /// Looks for secrets where they must never be: each sentinel, and any <see cref="FragmentLength"/>-character piece of
    /// one, in any case. Feed it every text a run produced (log lines, replies, status lines, exception texts, files
    /// written); it remembers where each finding was. Thread-safe.
    /// </summary>
    public sealed class SentinelScanner
    {
        /// <summary>A piece this long of a key is a leak: enough to narrow a guess, and not a word that occurs by chance.</summary>
        public const int FragmentLength = 8;

        private readonly Dictionary<string, string> _fragments = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<string> _findings = new();
        private long _scanned;
        private long _characters;

        /// <param name="sentinels">The secret values of the run, each at least <see cref="FragmentLength"/> characters.</param>
        public SentinelScanner(params string[] sentinels)
        {
            Sentinels = sentinels;
            foreach (var sentinel in sentinels)
            {
                if (sentinel.Length < FragmentLength) throw new ArgumentException("a sentinel must be at least " + FragmentLength + " characters", nameof(sentinels));
                for (var i = 0; i + FragmentLength <= sentinel.Length; i++)
                    _fragments.TryAdd(sentinel.Substring(i, FragmentLength).ToLowerInvariant(), sentinel);
            }
        }

        public IReadOnlyList<string> Sentinels { get; }

        /// <summary>What leaked, and where; empty when clean.</summary>
        public IReadOnlyList<string> Findings => _findings.ToList();

        /// <summary>How many texts were scanned, and their total length: a clean result means little if these are small.</summary>
        public (long Texts, long Characters) Coverage => (_scanned, _characters);

        public void Scan(string where, string? text)
        {
            System.Threading.Interlocked.Increment(ref _scanned);
            if (string.IsNullOrEmpty(text)) return;
            System.Threading.Interlocked.Add(ref _characters, text!.Length);
            var lower = text.ToLowerInvariant();
            for (var i = 0; i + FragmentLength <= lower.Length; i++)
            {
                if (_fragments.TryGetValue(lower.Substring(i, FragmentLength), out var sentinel))
                {
                    var from = Math.Max(0, i - 40);
                    _findings.Enqueue(where + ": a piece of " + Name(sentinel) + " at " + i + ": …" + text.Substring(from, Math.Min(text.Length - from, 100)) + "…");
                    return;
                }
            }
        }

        public void Scan(string where, IEnumerable<string?> texts)
        {
            foreach (var text in texts) Scan(where, text);
        }

        /// <summary>Every file under <paramref name="folder"/>, as text, except the ones the owner wrote (e.g. config.json, which holds keys by design).</summary>
        public void ScanFiles(string folder, params string[] ownersFiles)
        {
            if (!Directory.Exists(folder)) return;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                if (Array.IndexOf(ownersFiles, Path.GetFileName(file)) >= 0) continue;
                Scan("file " + file, File.ReadAllText(file));
            }
        }

        public void AssertClean()
        {
            var findings = Findings;
            Assert.True(findings.Count == 0, findings.Count + " leak(s):\n" + string.Join("\n", findings.Take(20)));
        }

        private string Name(string sentinel) => "sentinel #" + (Array.IndexOf(Sentinels.ToArray(), sentinel) + 1);
    }
}
