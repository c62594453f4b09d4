namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Polling the CAD's active-unit list, which decides who is a unit (<c>roster.*</c>).</summary>
    public sealed class RosterOptions
    {
        /// <summary>Seconds between polls. Default 60; at least 20 because active units are limited to 3 per minute.</summary>
        [Bounds(20, "use a whole number of seconds ≥ 20 (active units are limited to 3 per minute)")]
        public int PollIntervalSeconds { get; set; } = 60;
    }
}
