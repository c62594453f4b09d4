using SonoranFiveM.Core.Commands;

namespace SonoranFiveM.Core.Locations
{
    /// <summary>
    /// Accepts street names from the optional client script and keeps the latest per player. Everything a client sends
    /// is untrusted display text: only units may report, at most one report per interval, names are cleaned (chat and
    /// GTA codes, control characters, <c>&lt;</c> <c>&gt;</c>) and cut to a maximum length. Positions are never taken
    /// from clients. Thread-safe.
    /// </summary>
    public sealed class StreetReportGate
    {
        private readonly StreetReportOptions _options;
        private readonly TimeProvider _time;
        private readonly object _gate = new object();
        private readonly Dictionary<int, Entry> _reports = new Dictionary<int, Entry>();

        public StreetReportGate(StreetReportOptions options, TimeProvider time)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = time ?? throw new ArgumentNullException(nameof(time));
        }

        /// <param name="playerId">The event's source player (from <c>[FromSource]</c>, never from the payload).</param>
        /// <param name="isUnit">Whether the server knows this player as a unit.</param>
        public StreetReportOutcome Submit(int playerId, bool isUnit, string? street, string? crossStreet)
        {
            if (!isUnit) return StreetReportOutcome.NotAUnit;

            var now = _time.GetTimestamp();
            lock (_gate)
            {
                if (_reports.TryGetValue(playerId, out var last)
                    && _time.GetElapsedTime(last.ReceivedAt, now).TotalSeconds < _options.MinIntervalSeconds)
                    return StreetReportOutcome.TooFrequent;

                var first = Clean(street);
                var second = Clean(crossStreet);
                if (first.Length == 0)
                {
                    first = second;
                    second = string.Empty;
                }
                var names = first.Length == 0 ? null : new StreetNames(first, second.Length == 0 || second == first ? null : second);
                _reports[playerId] = new Entry(names, now);
                return StreetReportOutcome.Accepted;
            }
        }

        /// <summary>The player's latest street names, unless none were reported or they are older than the maximum age.</summary>
        public bool TryGetStreets(int playerId, out StreetNames streets)
        {
            lock (_gate)
            {
                if (_reports.TryGetValue(playerId, out var entry) && entry.Names != null
                    && _time.GetElapsedTime(entry.ReceivedAt).TotalSeconds <= _options.MaxAgeSeconds)
                {
                    streets = entry.Names;
                    return true;
                }
            }
            streets = null!;
            return false;
        }

        /// <summary>Drops what is held for a player (call on playerDropped).</summary>
        public void Forget(int playerId)
        {
            lock (_gate) _reports.Remove(playerId);
        }

        private string Clean(string? text) => ChatText.CleanAndCap(text, _options.MaxLength);

        private readonly struct Entry
        {
            public Entry(StreetNames? names, long receivedAt)
            {
                Names = names;
                ReceivedAt = receivedAt;
            }

            public StreetNames? Names { get; }
            public long ReceivedAt { get; }
        }
    }
}
