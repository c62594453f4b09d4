using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// Each unit's panic state as this server last set or learned it, keyed by communityUserId. Thread-safe.
    /// A change made here (a toggle, an export) is <em>pending</em> until the CAD answers; the CAD's own view (the
    /// active-unit list's <c>isPanic</c>) is applied with <see cref="Sync"/> only when it cannot be older than that
    /// change, so a panic cleared in the CAD is cleared here without a slow poll undoing a fresh press.
    /// </summary>
    public sealed class PanicStates
    {
        private readonly object _gate = new object();
        private readonly TimeProvider _time;
        private readonly HashSet<string> _panicking = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _pending = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> _changedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);

        public PanicStates(TimeProvider time)
        {
            _time = time ?? throw new ArgumentNullException(nameof(time));
        }

        public bool IsPanicking(string communityUserId)
        {
            lock (_gate) return _panicking.Contains(communityUserId);
        }

        /// <summary>Flips the unit's state and returns the new one; pending until <see cref="Settle"/>.</summary>
        public bool Toggle(string communityUserId)
        {
            lock (_gate)
            {
                var on = !_panicking.Contains(communityUserId);
                SetLocked(communityUserId, on);
                _pending[communityUserId] = Pending(communityUserId) + 1;
                return on;
            }
        }

        /// <summary>Sets the state asked of the CAD (e.g. by an export); pending until <see cref="Settle"/>.</summary>
        public void Request(string communityUserId, bool on)
        {
            lock (_gate)
            {
                SetLocked(communityUserId, on);
                _pending[communityUserId] = Pending(communityUserId) + 1;
            }
        }

        /// <summary>
        /// The CAD answered a <see cref="Toggle"/> or <see cref="Request"/>. A refused change is undone, unless a newer
        /// change has altered the state since.
        /// </summary>
        public void Settle(string communityUserId, bool requested, bool accepted)
        {
            lock (_gate)
            {
                var left = Pending(communityUserId) - 1;
                if (left > 0) _pending[communityUserId] = left;
                else _pending.Remove(communityUserId);
                if (!accepted && _panicking.Contains(communityUserId) == requested) SetLocked(communityUserId, !requested);
                _changedAt[communityUserId] = _time.GetUtcNow();
            }
        }

        /// <summary>
        /// The CAD's state as read at <paramref name="readAt"/> (when the read was started). Ignored while a change made
        /// here is pending or was answered after that read began. True when the state changed.
        /// </summary>
        public bool Sync(string communityUserId, bool on, DateTimeOffset readAt)
        {
            lock (_gate)
            {
                if (Pending(communityUserId) > 0) return false;
                if (_changedAt.TryGetValue(communityUserId, out var changed) && changed >= readAt) return false;
                if (_panicking.Contains(communityUserId) == on) return false;
                if (on) _panicking.Add(communityUserId);
                else _panicking.Remove(communityUserId);
                return true;
            }
        }

        private int Pending(string communityUserId) => _pending.TryGetValue(communityUserId, out var count) ? count : 0;

        private void SetLocked(string communityUserId, bool on)
        {
            if (on) _panicking.Add(communityUserId);
            else _panicking.Remove(communityUserId);
            _changedAt[communityUserId] = _time.GetUtcNow();
        }
    }
}
