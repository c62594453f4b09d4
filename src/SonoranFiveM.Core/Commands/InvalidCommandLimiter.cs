using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// A per-player limit on refused commands (usage, too long, cooldown, no permission, line busy…): once a player has
    /// had <c>limit</c> refusals within a window, their commands are dropped unread until the window ends, with one short
    /// notice per window. So nothing a client sends is free to repeat. Fixed windows, started by the first refusal, on
    /// the monotonic clock of a <see cref="TimeProvider"/>. Thread-safe; O(1) per call.
    /// </summary>
    public sealed class InvalidCommandLimiter
    {
        private readonly int _limit;
        private readonly TimeSpan _window;
        private readonly TimeProvider _time;
        private readonly object _gate = new object();
        private readonly Dictionary<int, Window> _players = new Dictionary<int, Window>();

        /// <param name="limit">Refusals allowed per window; 0 turns the limit off.</param>
        /// <param name="window">How long a window lasts.</param>
        /// <param name="time">The clock.</param>
        public InvalidCommandLimiter(int limit, TimeSpan window, TimeProvider time)
        {
            _limit = Math.Max(0, limit);
            _window = window > TimeSpan.Zero ? window : TimeSpan.FromSeconds(1);
            _time = time ?? throw new ArgumentNullException(nameof(time));
        }

        /// <summary>Whether the player's command may be read; when not, <paramref name="notice"/> says whether to tell them (once per window).</summary>
        public bool Admit(int playerId, out bool notice, out TimeSpan remaining)
        {
            notice = false;
            remaining = TimeSpan.Zero;
            if (_limit == 0) return true;
            var now = _time.GetTimestamp();
            lock (_gate)
            {
                if (!_players.TryGetValue(playerId, out var w)) return true;
                var elapsed = _time.GetElapsedTime(w.StartedAt, now);
                if (elapsed >= _window)
                {
                    _players.Remove(playerId);
                    return true;
                }

                if (w.Count < _limit) return true;
                remaining = _window - elapsed;
                notice = !w.Told;
                w.Told = true;
                return false;
            }
        }

        /// <summary>Counts one refused command.</summary>
        public void Refused(int playerId)
        {
            if (_limit == 0) return;
            var now = _time.GetTimestamp();
            lock (_gate)
            {
                if (!_players.TryGetValue(playerId, out var w) || _time.GetElapsedTime(w.StartedAt, now) >= _window)
                {
                    w = new Window(now);
                    _players[playerId] = w;
                }

                w.Count++;
            }
        }

        /// <summary>Forgets a player (call on playerDropped; ids are reused).</summary>
        public void Forget(int playerId)
        {
            lock (_gate) _players.Remove(playerId);
        }

        private sealed class Window
        {
            public Window(long startedAt) => StartedAt = startedAt;

            public long StartedAt { get; }
            public int Count;
            public bool Told;
        }
    }
}
