using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>Each unit's panic state as this server last set or learned it, keyed by communityUserId. Thread-safe.</summary>
    public sealed class PanicStates
    {
        private readonly object _gate = new object();
        private readonly HashSet<string> _panicking = new HashSet<string>(StringComparer.Ordinal);

        public bool IsPanicking(string communityUserId)
        {
            lock (_gate) return _panicking.Contains(communityUserId);
        }

        /// <summary>Flips the unit's state and returns the new one.</summary>
        public bool Toggle(string communityUserId)
        {
            lock (_gate)
            {
                if (_panicking.Remove(communityUserId)) return false;
                _panicking.Add(communityUserId);
                return true;
            }
        }

        /// <summary>Records a state learned elsewhere (e.g. a CAD push event or the active-unit poll).</summary>
        public void Set(string communityUserId, bool on)
        {
            lock (_gate)
            {
                if (on) _panicking.Add(communityUserId);
                else _panicking.Remove(communityUserId);
            }
        }

        /// <summary>Undoes a toggle the CAD refused, unless a newer toggle has changed the state since.</summary>
        public void Revert(string communityUserId, bool requested)
        {
            lock (_gate)
            {
                if (_panicking.Contains(communityUserId) == requested) Set(communityUserId, !requested);
            }
        }
    }
}
