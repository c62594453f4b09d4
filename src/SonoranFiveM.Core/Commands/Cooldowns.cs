using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>Per-player, per-command cooldowns on the monotonic clock of a <see cref="TimeProvider"/>. Thread-safe.</summary>
    public sealed class Cooldowns
    {
        private readonly TimeProvider _time;
        private readonly object _gate = new object();
        private readonly Dictionary<(string Command, int Player), long> _lastUse = new Dictionary<(string, int), long>();

        public Cooldowns(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

        /// <summary>
        /// Starts the cooldown and returns true if none is running; otherwise returns false with the time left.
        /// </summary>
        public bool TryConsume(string command, int playerId, TimeSpan cooldown, out TimeSpan remaining)
        {
            remaining = TimeSpan.Zero;
            if (cooldown <= TimeSpan.Zero) return true;

            var now = _time.GetTimestamp();
            var key = (command, playerId);
            lock (_gate)
            {
                if (_lastUse.TryGetValue(key, out var last))
                {
                    var elapsed = _time.GetElapsedTime(last, now);
                    if (elapsed < cooldown)
                    {
                        remaining = cooldown - elapsed;
                        return false;
                    }
                }
                _lastUse[key] = now;
                return true;
            }
        }

        /// <summary>
        /// Two cooldowns at once (a command's own and one it shares with other commands): starts both and returns true only
        /// if neither is running; otherwise starts neither and returns false with the longer time left and whether the
        /// shared one is what blocks.
        /// </summary>
        public bool TryConsume(string command, TimeSpan cooldown, string shared, TimeSpan sharedCooldown, int playerId, out TimeSpan remaining, out bool sharedBlocks)
        {
            remaining = TimeSpan.Zero;
            sharedBlocks = false;
            var now = _time.GetTimestamp();
            lock (_gate)
            {
                var own = Remaining((command, playerId), cooldown, now);
                var other = Remaining((shared, playerId), sharedCooldown, now);
                if (own > TimeSpan.Zero || other > TimeSpan.Zero)
                {
                    sharedBlocks = other > own;
                    remaining = sharedBlocks ? other : own;
                    return false;
                }

                if (cooldown > TimeSpan.Zero) _lastUse[(command, playerId)] = now;
                if (sharedCooldown > TimeSpan.Zero) _lastUse[(shared, playerId)] = now;
                return true;
            }
        }

        private TimeSpan Remaining((string, int) key, TimeSpan cooldown, long now)
        {
            if (cooldown <= TimeSpan.Zero || !_lastUse.TryGetValue(key, out var last)) return TimeSpan.Zero;
            var elapsed = _time.GetElapsedTime(last, now);
            return elapsed < cooldown ? cooldown - elapsed : TimeSpan.Zero;
        }

        /// <summary>Forgets a player's cooldowns (call on playerDropped; ids are reused).</summary>
        public void Forget(int playerId)
        {
            lock (_gate)
            {
                var keys = new List<(string, int)>();
                foreach (var key in _lastUse.Keys)
                    if (key.Player == playerId) keys.Add(key);
                foreach (var key in keys) _lastUse.Remove(key);
            }
        }
    }
}
