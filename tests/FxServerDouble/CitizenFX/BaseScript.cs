using System;
using System.Threading.Tasks;
using FxServerDouble;

namespace CitizenFX.Core
{
    public abstract class BaseScript
    {
        protected BaseScript()
        {
            var server = FxServer.Running;
            EventHandlers = new EventHandlerDictionary(server);
            Exports = new ExportDictionary(server);
            Players = new PlayerList(server);
        }

        protected event Func<Task> Tick;

        protected internal EventHandlerDictionary EventHandlers { get; }

        protected ExportDictionary Exports { get; }

        protected PlayerList Players { get; }

        internal Delegate[] TickHandlers() => Tick?.GetInvocationList() ?? Array.Empty<Delegate>();

        /// <summary>Completes on the main thread in the first tick after the deadline; callable from any thread.</summary>
        public static Task Delay(int msecs) => FxServer.Running.MainThread.Delay(msecs);

        public static void TriggerEvent(string eventName, params object[] args)
        {
            var server = FxServer.Running;
            server.Native(nameof(TriggerEvent));
            server.RaiseFromResource(eventName, args);
        }

        public static void TriggerClientEvent(Player player, string eventName, params object[] args)
        {
            var server = FxServer.Running;
            server.Native(nameof(TriggerClientEvent));
            server.World.DeliverClientEvent(player?.Handle, eventName, args);
        }

        public static void TriggerClientEvent(string eventName, params object[] args)
        {
            var server = FxServer.Running;
            server.Native(nameof(TriggerClientEvent));
            server.World.DeliverClientEvent("-1", eventName, args);
        }
    }
}
