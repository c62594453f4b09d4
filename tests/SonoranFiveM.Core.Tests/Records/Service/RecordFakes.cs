using System.Collections.Concurrent;
using System.Globalization;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Sinks;

namespace SonoranFiveM.Core.Tests.Records.Service
{
    /// <summary>A mirror that keeps records and fails on demand.</summary>
    internal sealed class FakeSink : IRecordSink
    {
        private int _next;

        public FakeSink(string name, int maxBatch = 1)
        {
            Name = name;
            MaxBatch = maxBatch;
        }

        public string Name { get; }
        public int MaxBatch { get; }
        public DeliveryFailure? Failure { get; set; }
        public ConcurrentDictionary<string, TemporaryRecord> Records { get; } = new ConcurrentDictionary<string, TemporaryRecord>();
        public ConcurrentQueue<int> CreateBatches { get; } = new ConcurrentQueue<int>();
        public ConcurrentQueue<string> Deletes { get; } = new ConcurrentQueue<string>();

        public async Task<SinkResult> CreateAsync(TemporaryRecord record, CancellationToken cancellationToken)
            => (await CreateBatchAsync(new[] { record }, cancellationToken)).Items[0];

        public Task<SinkBatchResult> CreateBatchAsync(IReadOnlyList<TemporaryRecord> records, CancellationToken cancellationToken)
        {
            CreateBatches.Enqueue(records.Count);
            if (Failure != null) return Task.FromResult(SinkBatchResult.AllFailed(records.Count, Failure));
            var results = new List<SinkResult>();
            foreach (var record in records)
            {
                var id = Name + "-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
                Records[id] = record;
                results.Add(SinkResult.Created(id));
            }

            return Task.FromResult(new SinkBatchResult(results));
        }

        public Task<SinkResult> DeleteAsync(string remoteId, CancellationToken cancellationToken)
        {
            Deletes.Enqueue(remoteId);
            if (Failure != null) return Task.FromResult(SinkResult.Failed(Failure));
            Records.TryRemove(remoteId, out _);
            return Task.FromResult(SinkResult.Deleted);
        }
    }
}
