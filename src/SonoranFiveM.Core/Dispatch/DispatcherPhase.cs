namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>The dispatcher's lifecycle; it only moves forward.</summary>
    internal enum DispatcherPhase
    {
        /// <summary>Lanes may be added.</summary>
        Building,

        /// <summary>The outbox was replayed; the lanes are fixed.</summary>
        Restored,

        Running,
        Stopped,
    }

    /// <summary>The dispatcher's phase and its transitions, each taken once under one lock.</summary>
    internal sealed class DispatcherLifecycle
    {
        private readonly object _gate = new object();
        private volatile DispatcherPhase _phase;

        public bool IsStopped => _phase == DispatcherPhase.Stopped;

        /// <summary>Runs <paramref name="add"/> while lanes may still be added; throws once the outbox was replayed.</summary>
        public void WhileBuilding(string what, Action add)
        {
            lock (_gate)
            {
                if (_phase != DispatcherPhase.Building) throw new InvalidOperationException(what + " before the dispatcher replays the outbox or starts.");
                add();
            }
        }

        /// <summary>Building → Restored; false when the outbox was already replayed (or the dispatcher stopped).</summary>
        public bool TryRestore() => TryMove(DispatcherPhase.Building, DispatcherPhase.Restored);

        /// <summary>Restored → Running, running <paramref name="start"/> under the lock.</summary>
        public void Start(Action start)
        {
            lock (_gate)
            {
                if (_phase == DispatcherPhase.Running) throw new InvalidOperationException("The dispatcher is already started.");
                if (_phase == DispatcherPhase.Stopped) throw new InvalidOperationException("The dispatcher was stopped.");
                _phase = DispatcherPhase.Running;
                start();
            }
        }

        /// <summary>Any phase → Stopped; false when it was already stopped.</summary>
        public bool TryStop()
        {
            lock (_gate)
            {
                if (_phase == DispatcherPhase.Stopped) return false;
                _phase = DispatcherPhase.Stopped;
                return true;
            }
        }

        private bool TryMove(DispatcherPhase from, DispatcherPhase to)
        {
            lock (_gate)
            {
                if (_phase != from) return false;
                _phase = to;
                return true;
            }
        }
    }
}
