namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>One piece of queued work in a <see cref="QueueLane{T}"/>.</summary>
    internal sealed class LaneItem<T>
    {
        private int _state;

        public LaneItem(string id, string? key, T work, DateTimeOffset enqueuedAt, DateTimeOffset? expiresAt, DateTimeOffset? dueAt, DeliveryTicket ticket,
            ItemState state = ItemState.Queued)
        {
            Id = id;
            Key = key;
            Work = work;
            EnqueuedAt = enqueuedAt;
            ExpiresAt = expiresAt;
            DueAt = dueAt;
            Ticket = ticket;
            _state = (int)state;
        }

        /// <summary>Client id; the outbox id for durable work.</summary>
        public string Id { get; }

        /// <summary>Coalescing key for latest-wins lanes (the communityUserId); null in FIFO lanes.</summary>
        public string? Key { get; }

        public T Work { get; }

        public DateTimeOffset EnqueuedAt { get; }

        /// <summary>Dropped as stale at or after this time.</summary>
        public DateTimeOffset? ExpiresAt { get; }

        /// <summary>Not sent before this time (scheduled record deletes).</summary>
        public DateTimeOffset? DueAt { get; }

        public DeliveryTicket Ticket { get; }

        /// <summary>The journaled entry of durable work, closed when the item settles.</summary>
        public OutboxEntry? Entry { get; set; }

        public ItemState State => (ItemState)Volatile.Read(ref _state);

        /// <summary>Set when a batch containing it was rejected: it is retried on its own to find the bad item.</summary>
        public bool SendAlone { get; set; }

        /// <summary>Moves to <paramref name="to"/> only from <paramref name="from"/>; false when the item was elsewhere.</summary>
        public bool Move(ItemState from, ItemState to) => Interlocked.CompareExchange(ref _state, (int)to, (int)from) == (int)from;

        public void MoveTo(ItemState to) => Volatile.Write(ref _state, (int)to);

        public bool IsDue(DateTimeOffset now) => !DueAt.HasValue || DueAt.Value <= now;
    }
}
