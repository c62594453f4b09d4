using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Convar values read on the main thread, for loading the options off it. Convars cannot be listed, so the names are
    /// learned by a dry run of the loader: every name it asks for and the snapshot lacks is collected, read in one trip to
    /// the main thread, and the dry run repeats until it asks for nothing new.
    /// </summary>
    public sealed class ConvarSnapshot
    {
        private readonly ConcurrentDictionary<string, string?> _values = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, byte> _missing = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

        public ConvarSnapshot(IEnumerable<KeyValuePair<string, string?>> values)
        {
            Add(values);
        }

        /// <summary>The value read for <paramref name="name"/>; null (and remembered as missing) when it was not read yet.</summary>
        public string? Get(string name)
        {
            if (_values.TryGetValue(name, out var value)) return value;
            _missing.TryAdd(name, 0);
            return null;
        }

        public void Add(IEnumerable<KeyValuePair<string, string?>> values)
        {
            foreach (var pair in values) _values[pair.Key] = pair.Value;
        }

        /// <summary>
        /// Runs <paramref name="dryRun"/> against the snapshot and reads what it asked for and the snapshot lacked with
        /// <paramref name="readOnMainThread"/>, until a dry run asks for nothing new (at most <paramref name="maxRounds"/> reads).
        /// </summary>
        public async Task CompleteAsync(Action<Func<string, string?>> dryRun,
            Func<IReadOnlyCollection<string>, Task<IReadOnlyDictionary<string, string?>>> readOnMainThread, int maxRounds = 5)
        {
            for (var round = 0; round < maxRounds; round++)
            {
                dryRun(Get);
                var missing = _missing.Keys.Where(n => !_values.ContainsKey(n)).ToList();
                _missing.Clear();
                if (missing.Count == 0) return;
                Add(await readOnMainThread(missing).ConfigureAwait(false));
            }
        }
    }
}
