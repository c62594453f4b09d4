namespace SonoranFiveM.Core.Streaming
{
    /// <summary>Pacing and reconnect settings of <see cref="HubLocationChannel"/>; the defaults follow Sonoran's documented limits.</summary>
    public sealed class HubChannelOptions
    {
        /// <summary>The hub refuses a <c>unitLocation</c> call that comes within 200 ms of the last one.</summary>
        public static readonly TimeSpan HubLimit = TimeSpan.FromMilliseconds(200);

        /// <summary>At most this many updates per <c>unitLocation</c> call (the hub's limit: 25).</summary>
        public int MaxUpdatesPerCall { get; set; } = 25;

        /// <summary>Time between calls: 250 ms (the hub refuses calls closer than 200 ms).</summary>
        public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>First reconnect delay after a drop (doubles per failure, jittered).</summary>
        public TimeSpan ReconnectBase { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Longest reconnect delay while the hub is down.</summary>
        public TimeSpan ReconnectMax { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Delay before trying again after the hub refused authentication (a key or server-id problem is not fixed by retrying fast).</summary>
        public TimeSpan RefusedRetry { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>
        /// While the hub carries locations, the HTTP lane also sends when more than this many units are pending, that is,
        /// more than the hub clears in about a second (large servers: both carry load).
        /// </summary>
        public int HttpOverflowThreshold { get; set; } = 100;

        /// <summary>Degrees the live map turns vehicle models (<c>vehicle.headingOffset</c>, from <c>location.vehicleHeadingOffset</c>).</summary>
        public float VehicleHeadingOffset { get; set; }

        internal void Validate()
        {
            if (MaxUpdatesPerCall < 1 || MaxUpdatesPerCall > 25) throw new ArgumentOutOfRangeException(nameof(MaxUpdatesPerCall), MaxUpdatesPerCall, "1-25 (the hub's limit is 25).");
            if (Interval < HubLimit) throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "At least 200 ms (the hub's limit).");
            if (ReconnectBase <= TimeSpan.Zero || ReconnectMax < ReconnectBase) throw new ArgumentOutOfRangeException(nameof(ReconnectMax), ReconnectMax, "ReconnectBase > 0 and ReconnectMax >= ReconnectBase.");
        }
    }
}
