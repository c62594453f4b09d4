namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>
    /// Creates records in Sonoran CAD through <see cref="ICadApi"/>: template fields as <c>replaceValues</c>,
    /// <c>deleteAfterMinutes</c> = the minutes the record still has to live (so a record delayed by an outage
    /// still expires on time). Batches up to <see cref="ICadApi.MaxRecordsPerRequest"/>.
    /// </summary>
    public sealed class SonoranRecordSink : IRecordSink
    {
        public const string DefaultName = "sonoran";

        private readonly ICadApi _cad;
        private readonly TimeProvider _time;

        public SonoranRecordSink(ICadApi cad, TimeProvider time, string name = DefaultName)
        {
            _cad = cad ?? throw new ArgumentNullException(nameof(cad));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            Name = name;
        }

        public string Name { get; }

        public int MaxBatch => Math.Max(1, _cad.MaxRecordsPerRequest);

        public async Task<SinkResult> CreateAsync(TemporaryRecord record, CancellationToken cancellationToken)
        {
            if (record == null) throw new ArgumentNullException(nameof(record));
            var batch = await CreateBatchAsync(new[] { record }, cancellationToken).ConfigureAwait(false);
            return batch.Items[0];
        }

        public async Task<SinkBatchResult> CreateBatchAsync(IReadOnlyList<TemporaryRecord> records, CancellationToken cancellationToken)
        {
            SinkGuards.BatchSize(records, MaxBatch, Name);
            var now = _time.GetUtcNow();
            var results = new SinkResult?[records.Count];
            var requests = new List<RecordRequest>();
            var positions = new List<int>();
            for (var i = 0; i < records.Count; i++)
            {
                var decision = SinkGuards.Decide(records[i], now, out var expired);
                if (!decision.ShouldCreate)
                {
                    results[i] = SinkResult.Failed(expired!);
                    continue;
                }
                requests.Add(ToRequest(records[i], decision.RemainingMinutes));
                positions.Add(i);
            }

            if (requests.Count > 0)
            {
                var reply = await _cad.CreateRecordsAsync(requests, cancellationToken).ConfigureAwait(false);
                for (var j = 0; j < positions.Count; j++)
                {
                    if (!reply.IsAccepted)
                    {
                        results[positions[j]] = SinkResult.Failed(reply.Failure!);
                        continue;
                    }
                    var ids = reply.Value;
                    results[positions[j]] = SinkResult.Created(ids != null && j < ids.Count ? ids[j] : null);
                }
            }

            return new SinkBatchResult(results.Select(r => r!).ToList());
        }

        public async Task<SinkResult> DeleteAsync(string remoteId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrEmpty(remoteId)) throw new ArgumentException("remote id is required", nameof(remoteId));
            var reply = await _cad.DeleteRecordAsync(remoteId, cancellationToken).ConfigureAwait(false);
            if (reply.IsAccepted || reply.Failure!.StatusCode == 404) return SinkResult.Deleted;
            return SinkResult.Failed(reply.Failure);
        }

        /// <summary>The sender of Sonoran's create lane: each create with the minutes left of its lifetime, in one request.</summary>
        internal async Task<LaneSendResult> SendCreatesAsync(IReadOnlyList<RecordCreate> creates, CancellationToken cancellationToken)
        {
            var now = _time.GetUtcNow();
            var requests = new List<RecordRequest>(creates.Count);
            foreach (var create in creates) requests.Add(create.RequestAt(now));
            var result = await _cad.CreateRecordsAsync(requests, cancellationToken).ConfigureAwait(false);
            return new LaneSendResult(result, result.IsAccepted ? result.Value : null);
        }

        /// <summary>The sender of Sonoran's delete lane (one record per request; a record already gone counts as deleted).</summary>
        internal async Task<LaneSendResult> SendDeletesAsync(IReadOnlyList<string> recordIds, CancellationToken cancellationToken)
            => new LaneSendResult(await _cad.DeleteRecordAsync(recordIds[0], cancellationToken).ConfigureAwait(false));

        internal static RecordRequest ToRequest(TemporaryRecord record, int deleteAfterMinutes)
            => RecordRequest.FromTemplate(record.Owner, record.RecordTypeId, new Dictionary<string, string>(record.Fields, StringComparer.Ordinal), deleteAfterMinutes);
    }
}
