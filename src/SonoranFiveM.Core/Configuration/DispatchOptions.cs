namespace SonoranFiveM.Core.Configuration
{
    /// <summary>The batching scheduler (<c>dispatch.*</c>).</summary>
    public sealed class DispatchOptions
    {
        /// <summary>Minutes a held panic or status update stays worth sending during an outage. Default 5.</summary>
        [Bounds(1, "use a whole number of minutes ≥ 1")]
        public int StaleUnitUpdateMinutes { get; set; } = 5;

        /// <summary>
        /// Most items each queued endpoint (911 calls, records, deletes, panic, status) may hold. Default null: each lane
        /// keeps its own bound (911 calls 500, records 2000, deletes 5000, panic and status 1024 units).
        /// </summary>
        [Bounds(1, "use a whole number ≥ 1, or null to keep each endpoint's own bound")]
        public int? MaxQueueLength { get; set; }
    }
}
