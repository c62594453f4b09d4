namespace SonoranFiveM.Core.Outbox
{
    /// <summary>One piece of durable work as journaled: id, kind, times and the request payload.</summary>
    public sealed class OutboxEntry(string id, OutboxEntryKind kind, DateTimeOffset createdAt, DateTimeOffset? expiresAt, DateTimeOffset? dueAt, JObject payload)
    {
        /// <summary>Client-generated id; sent to the CAD where the request has room for it (911 metaData) to recognise duplicates.</summary>
        public string Id { get; } = id ?? throw new ArgumentNullException(nameof(id));

        public OutboxEntryKind Kind { get; } = kind;
        public DateTimeOffset CreatedAt { get; } = createdAt;

        /// <summary>Dropped (with a log line) when still undelivered at this time, including on replay.</summary>
        public DateTimeOffset? ExpiresAt { get; } = expiresAt;

        /// <summary>Not sent before this time (scheduled record deletes).</summary>
        public DateTimeOffset? DueAt { get; } = dueAt;

        public JObject Payload { get; } = payload ?? throw new ArgumentNullException(nameof(payload));

        /// <summary>The journal line it was replayed from (1-based); 0 for work queued in this run.</summary>
        public int JournalLine { get; internal set; }
    }
}
