namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>Results of a batch create, one per record in input order.</summary>
    public sealed class SinkBatchResult
    {
        public SinkBatchResult(IReadOnlyList<SinkResult> items)
        {
            Items = items;
        }

        /// <summary>The same failure for every record (the request as a whole failed).</summary>
        public static SinkBatchResult AllFailed(int count, DeliveryFailure failure)
            => new SinkBatchResult(Enumerable.Range(0, count).Select(_ => SinkResult.Failed(failure)).ToList());

        public IReadOnlyList<SinkResult> Items { get; }

        public bool AllSucceeded => Items.All(i => i.Succeeded);
    }
}
