namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Calls to the CAD made by the call commands and the panic call (<c>calls.*</c>).</summary>
    public sealed class CallsOptions
    {
        /// <summary>Minutes after which the CAD deletes a call the server created (Sonoran's <c>deleteAfterMinutes</c>). Default 30.</summary>
        [Bounds(1, "use a whole number of minutes ≥ 1")]
        public int DeleteAfterMinutes { get; set; } = 30;

        /// <summary>
        /// Minutes an undelivered call keeps being retried (across restarts) before it is dropped.
        /// Default <c>null</c>: the same as <see cref="DeleteAfterMinutes"/>.
        /// </summary>
        [Bounds(1, "use a whole number of minutes ≥ 1, or null to use calls.deleteAfterMinutes")]
        public int? MaxAgeMinutes { get; set; }

        /// <summary>Seconds to wait for the CAD before telling the caller their call is queued. Default 5.</summary>
        [Bounds(0, 60, "use a whole number of seconds from 0 to 60")]
        public int ReplyWaitSeconds { get; set; } = 5;

        /// <summary>
        /// Seconds a player waits after any call (911 or 311) before making another of either kind, on top of each
        /// command's own cooldown. Default 60; 0 turns it off.
        /// </summary>
        [Bounds(0, 3600, "use a whole number of seconds from 0 to 3600 (0 turns it off)")]
        public int SharedCooldownSeconds { get; set; } = 60;

        /// <summary>
        /// Most non-emergency calls waiting to be sent (emergency calls always go first); while this many wait, a player's
        /// 311 is refused with a reply saying the line is busy. Default 50.
        /// </summary>
        [Bounds(1, 10000, "use a whole number of calls from 1 to 10000")]
        public int MaxQueuedNonEmergency { get; set; } = 50;

        /// <summary>The automatic emergency call when a unit presses panic. Default off.</summary>
        public PanicCallOptions PanicCall { get; set; } = new PanicCallOptions();

        /// <summary>The retry window actually used: <see cref="MaxAgeMinutes"/> or, when unset, <see cref="DeleteAfterMinutes"/>.</summary>
        public int EffectiveMaxAgeMinutes => MaxAgeMinutes ?? DeleteAfterMinutes;
    }
}
