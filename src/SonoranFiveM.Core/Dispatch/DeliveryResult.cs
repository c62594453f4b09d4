namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>The final word on one piece of queued work.</summary>
    public sealed class DeliveryResult
    {
        public DeliveryResult(DeliveryState state, string? detail = null, string? cadId = null)
        {
            State = state;
            Detail = detail;
            CadId = cadId;
        }

        public DeliveryState State { get; }

        /// <summary>Why it was rejected or dropped; null when accepted.</summary>
        public string? Detail { get; }

        /// <summary>The id the CAD gave (911 call id, record id), when it gave one.</summary>
        public string? CadId { get; }

        public override string ToString() => State + (Detail != null ? ": " + Detail : string.Empty) + (CadId != null ? " #" + CadId : string.Empty);
    }
}
