using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace FxServerDouble
{
    /// <summary>How long each of the resource's main-thread callbacks held the main thread (a report, not an assertion).</summary>
    public sealed class CallbackLog
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, Entry> _byKind = new Dictionary<string, Entry>(StringComparer.Ordinal);
        private readonly Stopwatch _since = Stopwatch.StartNew();

        public void Record(string kind, string name, TimeSpan elapsed)
        {
            lock (_gate)
            {
                if (!_byKind.TryGetValue(kind, out var entry)) _byKind[kind] = entry = new Entry();
                entry.Count++;
                entry.Total += elapsed;
                if (elapsed > entry.Worst)
                {
                    entry.Worst = elapsed;
                    entry.WorstName = name;
                }
            }
        }

        /// <summary>Forgets what was recorded (e.g. after a warm-up) and restarts the per-minute clock.</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _byKind.Clear();
                _since.Restart();
            }
        }

        public TimeSpan Worst(string kind)
        {
            lock (_gate) return _byKind.TryGetValue(kind, out var e) ? e.Worst : TimeSpan.Zero;
        }

        public int Count(string kind)
        {
            lock (_gate) return _byKind.TryGetValue(kind, out var e) ? e.Count : 0;
        }

        /// <summary>One line per kind: count, worst (and which), total, and the total per minute of wall time since the reset.</summary>
        public IReadOnlyList<string> Report()
        {
            lock (_gate)
            {
                var minutes = Math.Max(_since.Elapsed.TotalMinutes, 1e-9);
                var all = _byKind.Values.Aggregate(TimeSpan.Zero, (t, e) => t + e.Total);
                var worst = _byKind.OrderByDescending(p => p.Value.Worst).FirstOrDefault();
                var lines = _byKind.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
                    p.Key + ": " + p.Value.Count + " calls, worst " + Ms(p.Value.Worst) + " (" + p.Value.WorstName + "), total " + Ms(p.Value.Total)).ToList();
                lines.Add("all callbacks: worst " + (worst.Value == null ? "-" : Ms(worst.Value.Worst) + " (" + worst.Key + " " + worst.Value.WorstName + ")")
                    + ", main-thread time " + Ms(TimeSpan.FromTicks((long)(all.Ticks / minutes))) + " per minute over " + _since.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s");
                return lines;
            }
        }

        private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

        private sealed class Entry
        {
            public int Count;
            public TimeSpan Total;
            public TimeSpan Worst;
            public string WorstName;
        }
    }
}
