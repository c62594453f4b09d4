using System.Collections.Concurrent;

namespace SonoranFiveM.Core.Engine
{
    /// <summary>
    /// A queue any thread may post to; the adapter drains it once per server tick on the main thread.
    /// Draining is capped per tick so a burst of replies cannot stall the server frame.
    /// </summary>
    public sealed class MainThreadQueue : IMainThread
    {
        private readonly ConcurrentQueue<Action> _actions = new ConcurrentQueue<Action>();
        private readonly ILog _log;

        public MainThreadQueue(ILog log)
        {
            _log = log;
        }

        public int Count => _actions.Count;

        public void Post(Action action)
        {
            if (action == null) throw new ArgumentNullException(nameof(action));
            _actions.Enqueue(action);
        }

        /// <summary>Runs up to <paramref name="maxActions"/> queued actions; returns how many ran. Call only on the main thread.</summary>
        public int Drain(int maxActions = 256)
        {
            var ran = 0;
            while (ran < maxActions && _actions.TryDequeue(out var action))
            {
                ran++;
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    _log.Write(LogLevel.Error, "A main-thread action failed: " + ex.Message);
                }
            }

            return ran;
        }
    }
}
