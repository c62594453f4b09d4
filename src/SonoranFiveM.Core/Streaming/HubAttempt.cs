namespace SonoranFiveM.Core.Streaming
{
    /// <summary>How a connect-and-authenticate attempt ended.</summary>
    public sealed record HubAttempt(HubConnectionState State, string Reason)
    {
        public static HubAttempt Authenticated { get; } = new(HubConnectionState.Authenticated, "");

        /// <summary>The hub answered but refused <c>authenticatev2</c> (wrong key, community, server id, API off).</summary>
        public static HubAttempt Refused(string reason) => new(HubConnectionState.Refused, reason);

        /// <summary>No connection (network, hub down, timeout).</summary>
        public static HubAttempt Down(string reason) => new(HubConnectionState.Down, reason);
    }
}
