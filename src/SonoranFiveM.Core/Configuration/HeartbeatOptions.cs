namespace SonoranFiveM.Core.Configuration
{
    /// <summary>The server heartbeat with the player count (<c>heartbeat.*</c>).</summary>
    public sealed class HeartbeatOptions
    {
        /// <summary>Whether heartbeats are sent. Default <c>true</c>.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>Seconds between heartbeats. Default 60; at least 6 because heartbeats are limited to 10 per minute.</summary>
        [Bounds(6, "use a whole number of seconds ≥ 6 (heartbeats are limited to 10 per minute)")]
        public int IntervalSeconds { get; set; } = 60;
    }
}
