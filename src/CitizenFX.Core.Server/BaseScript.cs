using System;
using System.Threading.Tasks;

namespace CitizenFX.Core
{
    public abstract class BaseScript
    {
        protected BaseScript() { throw null; }

        protected event Func<Task> Tick { add { throw null; } remove { throw null; } }

        protected internal EventHandlerDictionary EventHandlers { get { throw null; } }

        protected ExportDictionary Exports { get { throw null; } }

        protected PlayerList Players { get { throw null; } }

        public static Task Delay(int msecs) { throw null; }

        public static void TriggerEvent(string eventName, params object[] args) { throw null; }

        public static void TriggerClientEvent(Player player, string eventName, params object[] args) { throw null; }

        public static void TriggerClientEvent(string eventName, params object[] args) { throw null; }
    }
}
