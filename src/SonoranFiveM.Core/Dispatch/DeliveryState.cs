namespace SonoranFiveM.Core.Dispatch
{
    public enum DeliveryState
    {
        /// <summary>Still queued (waiting for rate budget, or retrying after a failure).</summary>
        Pending,
        /// <summary>The CAD accepted it.</summary>
        Accepted,
        /// <summary>The CAD refused it (validation) or the lane is stopped by a fatal error.</summary>
        Rejected,
        /// <summary>Dropped without sending: stale past its max age, replaced by newer work, or the queue overflowed.</summary>
        Dropped,
    }
}
