namespace SonoranFiveM.Core.Configuration
{
    /// <summary>The batching scheduler (<c>dispatch.*</c>).</summary>
    public sealed class DispatchOptions
    {
        /// <summary>Minutes a held panic or status update stays worth sending during an outage. Default 5.</summary>
        public int StaleUnitUpdateMinutes { get; set; } = 5;

        /// <summary>Most items one endpoint may queue before the oldest are dropped. Default 1000.</summary>
        public int MaxQueueLength { get; set; } = 1000;
    }
}
