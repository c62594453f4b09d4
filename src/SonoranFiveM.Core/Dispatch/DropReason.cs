namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Why a lane let go of an item without the CAD accepting it. Counted per lane.</summary>
    public enum DropReason
    {
        /// <summary>Older than the lane's max age.</summary>
        Stale,
        /// <summary>Replaced by newer work for the same key (latest-wins lanes).</summary>
        Replaced,
        /// <summary>The queue was full (drop-oldest lanes), or new work was refused (reject-new lanes).</summary>
        Overflow,
        /// <summary>The CAD refused the item (validation); never retried.</summary>
        RejectedByCad,
        /// <summary>A non-durable lane was paused by a fatal error.</summary>
        LanePaused,
        /// <summary>The durable outbox is full.</summary>
        OutboxFull,
        /// <summary>Non-durable work still queued when the dispatcher stopped.</summary>
        Shutdown,
        /// <summary>Withdrawn by its owner before it was sent (<see cref="Dispatcher.Cancel"/>), e.g. a record deleted early.</summary>
        Cancelled,
    }
}
