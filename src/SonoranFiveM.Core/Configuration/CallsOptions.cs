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

        /// <summary>The retry window actually used: <see cref="MaxAgeMinutes"/> or, when unset, <see cref="DeleteAfterMinutes"/>.</summary>
        public int EffectiveMaxAgeMinutes => MaxAgeMinutes ?? DeleteAfterMinutes;
    }
}
