using CitizenFX.Core;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Engine;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>
    /// Local (server-only) events for other resources, raised once the CAD accepted the change:
    /// <c>sonoran-fivem:callAccepted</c>, <c>sonoran-fivem:panicChanged</c>, <c>sonoran-fivem:statusChanged</c>.
    /// TriggerEvent is a native, so each is posted to the main thread.
    /// </summary>
    internal sealed class LocalEvents : IIntegrationEvents
    {
        public const string CallAccepted911 = "sonoran-fivem:callAccepted";
        public const string PanicChangedEvent = "sonoran-fivem:panicChanged";
        public const string StatusChangedEvent = "sonoran-fivem:statusChanged";

        private readonly IMainThread _mainThread;

        public LocalEvents(IMainThread mainThread)
        {
            _mainThread = mainThread;
        }

        public void CallAccepted(string clientId, string callId, bool isEmergency, string caller, string location, string description)
            => _mainThread.Post(() => BaseScript.TriggerEvent(CallAccepted911, clientId, callId, isEmergency, caller, location, description));

        public void PanicChanged(string communityUserId, bool isPanic)
            => _mainThread.Post(() => BaseScript.TriggerEvent(PanicChangedEvent, communityUserId, isPanic));

        public void StatusChanged(string communityUserId, int status)
            => _mainThread.Post(() => BaseScript.TriggerEvent(StatusChangedEvent, communityUserId, status));
    }
}
