namespace SonoranFiveM.Core.Composition
{
    /// <summary>
    /// Local events other resources can listen to, raised only once the CAD accepted the change. Called from the
    /// thread pool: the adapter posts them to the main thread before calling TriggerEvent.
    /// </summary>
    public interface IIntegrationEvents
    {
        void CallAccepted(string clientId, string callId, bool isEmergency, string caller, string location, string description);

        void PanicChanged(string communityUserId, bool isPanic);

        void StatusChanged(string communityUserId, int status);
    }
}
