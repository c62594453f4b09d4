namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>The final word on one piece of queued work.</summary>
    /// <param name="State">How it ended.</param>
    /// <param name="Detail">Why it was rejected or dropped; null when accepted.</param>
    /// <param name="CadId">The id the CAD gave (911 call id, record id), when it gave one.</param>
    public sealed record DeliveryResult(DeliveryState State, string? Detail = null, string? CadId = null)
    {
        public override string ToString() => State + (Detail != null ? ": " + Detail : string.Empty) + (CadId != null ? " #" + CadId : string.Empty);
    }
}
