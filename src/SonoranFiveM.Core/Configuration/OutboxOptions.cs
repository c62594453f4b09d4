namespace SonoranFiveM.Core.Configuration
{
    /// <summary>The durable journal of calls and records not yet delivered (<c>outbox.*</c>).</summary>
    public sealed class OutboxOptions
    {
        /// <summary>Journal file, relative to the resource folder. Default <c>outbox.jsonl</c>.</summary>
        public string Path { get; set; } = "outbox.jsonl";

        /// <summary>Most pending entries kept; beyond it the oldest are dropped with a log line. Default 10000.</summary>
        [Bounds(1, "use a whole number ≥ 1")]
        public int MaxEntries { get; set; } = 10000;
    }
}
