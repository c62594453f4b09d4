namespace SonoranFiveM.Core.Streaming
{
    public enum HubSendOutcome
    {
        Accepted,
        Rejected,
        Failed,
    }
}
