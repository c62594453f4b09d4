namespace SonoranFiveM.Core.Streaming
{
    /// <summary>How one <c>unitLocation</c> call ended.</summary>
    public sealed record HubSendResult(HubSendOutcome Outcome, string Reason)
    {
        public static HubSendResult Accepted { get; } = new(HubSendOutcome.Accepted, "");

        /// <summary>The hub answered with an error (e.g. one of its limits, or a bad update).</summary>
        public static HubSendResult Rejected(string reason) => new(HubSendOutcome.Rejected, reason);

        /// <summary>The call did not complete (connection lost, timeout).</summary>
        public static HubSendResult Failed(string reason) => new(HubSendOutcome.Failed, reason);
    }
}
