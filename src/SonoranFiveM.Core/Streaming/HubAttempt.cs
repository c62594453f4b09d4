namespace SonoranFiveM.Core.Streaming
{
    /// <summary>How a connect-and-authenticate attempt ended.</summary>
    public sealed class HubAttempt
    {
        private HubAttempt(HubConnectionState state, string reason)
        {
            State = state;
            Reason = reason;
        }

        public static HubAttempt Authenticated { get; } = new HubAttempt(HubConnectionState.Authenticated, "");

        /// <summary>The hub answered but refused <c>authenticatev2</c> (wrong key, community, server id, API off).</summary>
        public static HubAttempt Refused(string reason) => new HubAttempt(HubConnectionState.Refused, reason);

        /// <summary>No connection (network, hub down, timeout).</summary>
        public static HubAttempt Down(string reason) => new HubAttempt(HubConnectionState.Down, reason);

        public HubConnectionState State { get; }

        public string Reason { get; }
    }
}
