using System;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>One piece of queued work in a <see cref="QueueLane"/>.</summary>
    internal sealed class LaneItem
    {
        public LaneItem(string id, string? key, object payload, DateTimeOffset enqueuedAt, DateTimeOffset? expiresAt, DateTimeOffset? dueAt, DeliveryTicket ticket)
        {
            Id = id;
            Key = key;
            Payload = payload;
            EnqueuedAt = enqueuedAt;
            ExpiresAt = expiresAt;
            DueAt = dueAt;
            Ticket = ticket;
        }

        /// <summary>Client id; the outbox id for durable work.</summary>
        public string Id { get; }

        /// <summary>Coalescing key for latest-wins lanes (the communityUserId); null in FIFO lanes.</summary>
        public string? Key { get; }

        /// <summary>The request: an EmergencyCall, RecordRequest, record id, call id, etc.</summary>
        public object Payload { get; }

        public DateTimeOffset EnqueuedAt { get; }

        /// <summary>Dropped as stale at or after this time.</summary>
        public DateTimeOffset? ExpiresAt { get; }

        /// <summary>Not sent before this time (scheduled record deletes).</summary>
        public DateTimeOffset? DueAt { get; }

        public DeliveryTicket Ticket { get; }

        /// <summary>
        /// A non-emergency call: it waits behind every emergency call queued in its lane. Read from the payload, so work
        /// replayed from the outbox keeps its place.
        /// </summary>
        public bool Deferrable => Payload is Cad.Models.EmergencyCall call && !call.IsEmergency;

        /// <summary>Durable work is held back until the outbox writer has answered (saved, or refused by the disk).</summary>
        public volatile bool AwaitingJournal;

        /// <summary>Its outbox entry is on disk.</summary>
        public volatile bool Journaled;

        /// <summary>Set when a batch containing it was rejected: it is retried on its own to find the bad item.</summary>
        public bool SendAlone;

        /// <summary>When accepted, schedule a delete of the CAD record this long after.</summary>
        public TimeSpan? DeleteAfter;

        /// <summary>When accepted, schedule a delete of what was created at this time (wins over <see cref="DeleteAfter"/>).</summary>
        public DateTimeOffset? DeleteAt;

        /// <summary>The name of the external lane (record mirror) this item belongs to; null for CAD lanes.</summary>
        public string? ExternalLane;

        public int Attempts;

        /// <summary>Came from the outbox on start (already journaled).</summary>
        public bool Replayed;

        /// <summary>Settled (accepted, rejected or dropped). Guarded by locking the item.</summary>
        public bool Finished;

        /// <summary>The outbox entry, for durable work.</summary>
        public Outbox.OutboxEntry? Entry;

        public bool IsDue(DateTimeOffset now) => !DueAt.HasValue || DueAt.Value <= now;
    }
}
