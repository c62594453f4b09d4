namespace SonoranFiveM.Core.Outbox
{
    /// <summary>One piece of durable work as journaled: id, kind, times and the request payload.</summary>
    public sealed class OutboxEntry
    {
        public OutboxEntry(string id, OutboxEntryKind kind, DateTimeOffset createdAt, DateTimeOffset? expiresAt, DateTimeOffset? dueAt, JObject payload)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Kind = kind;
            CreatedAt = createdAt;
            ExpiresAt = expiresAt;
            DueAt = dueAt;
            Payload = payload ?? throw new ArgumentNullException(nameof(payload));
        }

        /// <summary>Client-generated id; sent to the CAD where the request has room for it (911 metaData) to recognise duplicates.</summary>
        public string Id { get; }

        public OutboxEntryKind Kind { get; }
        public DateTimeOffset CreatedAt { get; }

        /// <summary>Dropped (with a log line) when still undelivered at this time, including on replay.</summary>
        public DateTimeOffset? ExpiresAt { get; }

        /// <summary>Not sent before this time (scheduled record deletes).</summary>
        public DateTimeOffset? DueAt { get; }

        public JObject Payload { get; }

        /// <summary>The journal line it was replayed from (1-based); 0 for work queued in this run.</summary>
        public int JournalLine { get; internal set; }
    }
}
