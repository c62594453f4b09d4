using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Sinks;

namespace SonoranFiveM.Core.Tests.Records.Service
{
    /// <summary>A Sonoran CAD that keeps records, answers v1 or v2, and fails on demand.</summary>
    internal sealed class RecordCad : ICadApi
    {
        private int _next = 100;

        public RecordCad(string version, int maxRecordsPerRequest)
        {
            ApiVersion = version;
            MaxRecordsPerRequest = maxRecordsPerRequest;
        }

        public string ApiVersion { get; }
        public int MaxRecordsPerRequest { get; }

        /// <summary>Answer for every record request while set.</summary>
        public CadFailure? Failure { get; set; }

        public ConcurrentDictionary<string, RecordRequest> Records { get; } = new ConcurrentDictionary<string, RecordRequest>();
        public ConcurrentQueue<IReadOnlyList<RecordRequest>> CreateRequests { get; } = new ConcurrentQueue<IReadOnlyList<RecordRequest>>();
        public ConcurrentQueue<string> DeleteRequests { get; } = new ConcurrentQueue<string>();

        public Task<CadResult<IReadOnlyList<string?>>> CreateRecordsAsync(IReadOnlyList<RecordRequest> records, CancellationToken cancellationToken = default)
        {
            CreateRequests.Enqueue(records.ToList());
            if (Failure != null) return Task.FromResult(CadResult.Fail<IReadOnlyList<string?>>(Failure));
            var ids = new List<string?>();
            foreach (var record in records)
            {
                var id = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
                Records[id] = record;
                ids.Add(id);
            }

            return Task.FromResult(CadResult.Ok<IReadOnlyList<string?>>(ids));
        }

        public Task<CadResult> DeleteRecordAsync(string recordId, CancellationToken cancellationToken = default)
        {
            DeleteRequests.Enqueue(recordId);
            if (Failure != null) return Task.FromResult(CadResult.Fail(Failure));
            Records.TryRemove(recordId, out _);
            return Task.FromResult(CadResult.Accepted);
        }

        public Task<CadResult> UpdateUnitLocationsAsync(IReadOnlyList<UnitLocation> updates, CancellationToken cancellationToken = default) => Task.FromResult(CadResult.Accepted);
        public Task<CadResult> SendHeartbeatAsync(int playerCount, CancellationToken cancellationToken = default) => Task.FromResult(CadResult.Accepted);
        public Task<CadResult<long>> Create911CallAsync(EmergencyCall call, CancellationToken cancellationToken = default) => Task.FromResult(CadResult.Ok(1L));
        public Task<CadResult> Remove911CallAsync(long callId, CancellationToken cancellationToken = default) => Task.FromResult(CadResult.Accepted);
        public Task<CadResult> SetUnitPanicAsync(string communityUserId, bool isPanic, CancellationToken cancellationToken = default) => Task.FromResult(CadResult.Accepted);
        public Task<CadResult> SetUnitStatusAsync(string communityUserId, int status, CancellationToken cancellationToken = default) => Task.FromResult(CadResult.Accepted);
        public Task<CadResult<IReadOnlyList<ActiveUnit>>> GetActiveUnitsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default)
            => Task.FromResult(CadResult.Ok<IReadOnlyList<ActiveUnit>>(new List<ActiveUnit>()));
        public Task<CadResult<CadVersion>> GetVersionAsync(CancellationToken cancellationToken = default) => Task.FromResult(CadResult.Ok(new CadVersion(3, "PLUS")));
    }

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
        public CadFailure? Failure { get; set; }
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
