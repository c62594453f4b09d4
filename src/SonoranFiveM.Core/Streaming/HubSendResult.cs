namespace SonoranFiveM.Core.Streaming
{
    /// <summary>How one <c>unitLocation</c> call ended.</summary>
    public sealed class HubSendResult
    {
        private HubSendResult(HubSendOutcome outcome, string reason)
        {
            Outcome = outcome;
            Reason = reason;
        }

        public static HubSendResult Accepted { get; } = new HubSendResult(HubSendOutcome.Accepted, "");

        /// <summary>The hub answered with an error (e.g. one of its limits, or a bad update).</summary>
        public static HubSendResult Rejected(string reason) => new HubSendResult(HubSendOutcome.Rejected, reason);

        /// <summary>The call did not complete (connection lost, timeout).</summary>
        public static HubSendResult Failed(string reason) => new HubSendResult(HubSendOutcome.Failed, reason);

        public HubSendOutcome Outcome { get; }

        public string Reason { get; }
    }

    public enum HubSendOutcome
    {
        Accepted,
        Rejected,
        Failed,
    }
}
