namespace SonoranFiveM.Core.Configuration
{
    /// <summary>911/311 calls (<c>calls.*</c>).</summary>
    public sealed class CallsOptions
    {
        /// <summary>Minutes after which the CAD deletes a call the server created (Sonoran's <c>deleteAfterMinutes</c>). Default 30.</summary>
        public int DeleteAfterMinutes { get; set; } = 30;

        /// <summary>
        /// Minutes an undelivered call keeps being retried (across restarts) before it is dropped.
        /// Default <c>null</c>: the same as <see cref="DeleteAfterMinutes"/>.
        /// </summary>
        public int? MaxAgeMinutes { get; set; }

        /// <summary>Seconds to wait for the CAD before telling the caller their call is queued. Default 5.</summary>
        public int ReplyWaitSeconds { get; set; } = 5;

        /// <summary>
        /// Seconds a player waits after any call (911 or 311) before making another of either kind, on top of each
        /// command's own cooldown. Default 60; 0 turns it off.
        /// </summary>
        public int SharedCooldownSeconds { get; set; } = 60;

        /// <summary>
        /// Most non-emergency calls waiting to be sent (emergency calls always go first); while this many wait, a player's
        /// 311 is refused with a reply saying the line is busy. Default 50.
        /// </summary>
        public int MaxQueuedNonEmergency { get; set; } = 50;

        /// <summary>The retry window actually used: <see cref="MaxAgeMinutes"/> or, when unset, <see cref="DeleteAfterMinutes"/>.</summary>
        public int EffectiveMaxAgeMinutes => MaxAgeMinutes ?? DeleteAfterMinutes;
    }
}
