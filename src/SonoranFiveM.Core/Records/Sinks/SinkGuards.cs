namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>Checks every sink makes before sending.</summary>
    internal static class SinkGuards
    {
        public static void BatchSize(IReadOnlyList<TemporaryRecord> records, int maxBatch, string sinkName)
        {
            if (records == null) throw new ArgumentNullException(nameof(records));
            if (records.Count > maxBatch)
                throw new ArgumentException(sinkName + " takes at most " + maxBatch + " record(s) per request; got " + records.Count, nameof(records));
        }

        /// <summary>A record already past its expiry is never created: a Rejected failure, not sent.</summary>
        public static CreateDecision Decide(TemporaryRecord record, DateTimeOffset now, out DeliveryFailure? failure)
        {
            var decision = RecordLifetimePolicy.DecideCreate(record, now);
            failure = decision.ShouldCreate ? null : new DeliveryFailure(DeliveryFailureKind.Rejected, decision.Reason!);
            return decision;
        }
    }
}
