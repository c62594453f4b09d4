using System;
using System.Collections.Generic;
using System.Linq;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Finds the known key an owner most likely meant, by case-insensitive edit distance.</summary>
    internal static class KeySuggester
    {
        public static string? Suggest(string unknown, IEnumerable<string> known)
        {
            var limit = Math.Max(2, unknown.Length / 3);
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in known)
            {
                var distance = Distance(unknown.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return bestDistance <= limit ? best : null;
        }

        internal static int Distance(string a, string b)
        {
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            var current = new int[b.Length + 1];
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
