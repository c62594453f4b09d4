using CitizenFX.Core;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Engine;
using SonoranFiveM.Core.Streaming.Bridge;
using SonoranFiveM.Core.Streaming.Push;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>
    /// Wires the core's hub seam to <c>resource/sonoran-hub.js</c> (FXServer's Node runtime opens the WebSocket; C# never
    /// does): requests are TriggerEvent calls posted to the main thread. Push events become local events for other
    /// resources the same way.
    /// </summary>
    internal static class HubBridge
    {
        /// <summary>The bridge for <c>location.transport = websocket</c>; null for <c>http</c>.</summary>
        public static EventHubTransport? Create(SonoranOptions options, IMainThread mainThread)
        {
            if (!options.Location.Enabled || options.Location.Transport != LocationTransport.WebSocket) return null;
            return new EventHubTransport(
                (name, args) => mainThread.Post(() => BaseScript.TriggerEvent(name, args)),
                options.EffectiveBaseUrl.TrimEnd('/') + "/apiWsHub", options.CommunityId, options.ServerId, System.TimeProvider.System);
        }

        public sealed class Events : IPushEventSink
        {
            private readonly IMainThread _mainThread;

            public Events(IMainThread mainThread) => _mainThread = mainThread;

            public void Raise(string eventName, params object[] args) => _mainThread.Post(() => BaseScript.TriggerEvent(eventName, args));
        }
    }
}
