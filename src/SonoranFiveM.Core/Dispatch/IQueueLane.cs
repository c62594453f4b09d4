namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>What the dispatcher asks of every queue lane, whatever its work type.</summary>
    internal interface IQueueLane
    {
        /// <summary>Deferrable items (non-emergency calls) queued and not taken for sending.</summary>
        int QueuedDeferrable { get; }

        /// <summary>Removes a queued item not yet taken for a request; its ticket completes Dropped. False when it is not queued here.</summary>
        bool TryCancel(string id, string detail);

        /// <summary>Completes every queued non-durable item as dropped (shutdown). Durable items stay in the outbox.</summary>
        void AbandonNonDurable(string detail);

        /// <summary>Queues a replayed outbox entry (decoded by the lane's codec; throws when it cannot be read).</summary>
        void Restore(OutboxEntry entry);
    }
}
