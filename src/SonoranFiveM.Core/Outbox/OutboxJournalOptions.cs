namespace SonoranFiveM.Core.Outbox
{
    /// <summary>Where and how much durable work is kept.</summary>
    public sealed class OutboxJournalOptions
    {
        public OutboxJournalOptions(string path)
        {
            if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("The outbox needs a file path.", nameof(path));
            Path = path;
        }

        /// <summary>The journal file (JSON lines). Its directory is created when missing. A temp file beside it is used for compaction.</summary>
        public string Path { get; }

        /// <summary>Most open (undelivered) entries. New durable work beyond this is refused. Default 10 000.</summary>
        public int MaxEntries { get; set; } = 10_000;

        /// <summary>Rewrite the journal once this many entries have been closed since the last rewrite. Default 256.</summary>
        public int CompactAfterClosed { get; set; } = 256;
    }
}
