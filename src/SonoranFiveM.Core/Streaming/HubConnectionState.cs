namespace SonoranFiveM.Core.Streaming
{
    /// <summary>Where the hub connection stands, as the status command and the bridge report it.</summary>
    public enum HubConnectionState
    {
        /// <summary>Not tried yet, or stopped.</summary>
        Idle,
        Connecting,
        Authenticated,
        /// <summary>The hub refused authentication; retried slowly, HTTP carries locations meanwhile.</summary>
        Refused,
        /// <summary>No connection; retried with jittered backoff, HTTP carries locations meanwhile.</summary>
        Down,
    }
}
