namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Where the location lane pulls its batches from (the <c>UnitTracker</c>).</summary>
    public interface IUnitLocationSource
    {
        /// <summary>Units with a change (or keep-alive, or resync) not yet accepted by the CAD.</summary>
        int PendingCount { get; }

        /// <summary>Builds one request of at most <paramref name="maxUnits"/> units; null when nothing is pending. Called off the main thread.</summary>
        LocationBatch? TakeBatch(int maxUnits, DateTimeOffset now);

        /// <summary>Settles a batch: only <see cref="LocationBatchOutcome.Accepted"/> marks units as sent.</summary>
        void Complete(LocationBatch batch, LocationBatchOutcome outcome, DateTimeOffset now);
    }
}
