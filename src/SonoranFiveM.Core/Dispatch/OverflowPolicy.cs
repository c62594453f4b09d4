namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>What a lane does when its queue is at capacity and new work arrives.</summary>
    public enum OverflowPolicy
    {
        /// <summary>The new work is refused: its ticket completes <see cref="DeliveryState.Rejected"/> at once ("queue full").</summary>
        RejectNew,
        /// <summary>The oldest queued item is dropped (ticket <see cref="DeliveryState.Dropped"/>) to make room.</summary>
        DropOldest,
    }
}
