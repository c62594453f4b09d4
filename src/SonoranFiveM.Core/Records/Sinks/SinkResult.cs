namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>The outcome of one create or delete at one sink: done, or a classified failure.</summary>
    public sealed class SinkResult
    {
        private SinkResult(string? remoteId, DeliveryFailure? failure)
        {
            RemoteId = remoteId;
            Failure = failure;
        }

        public static SinkResult Deleted { get; } = new SinkResult(null, null);

        public static SinkResult Created(string? remoteId) => new SinkResult(remoteId, null);

        public static SinkResult Failed(DeliveryFailure failure) => new SinkResult(null, failure);

        public bool Succeeded => Failure == null;

        /// <summary>The target's id for a created record; null for deletes, and where the target gave none.</summary>
        public string? RemoteId { get; }

        /// <summary>What went wrong; its text never contains an API key.</summary>
        public DeliveryFailure? Failure { get; }

        public override string ToString() => Succeeded ? "OK" + (RemoteId != null ? " #" + RemoteId : string.Empty) : Failure!.ToString();
    }
}
