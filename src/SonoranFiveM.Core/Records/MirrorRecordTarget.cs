namespace SonoranFiveM.Core.Records
{
    /// <summary>
    /// A mirror (Tines, QuickBlox) as a record target: its sink on two lanes of its own (<c>name.CreateRecord</c>,
    /// <c>name.DeleteRecord</c>), with the mirror's rate split between them, its own backoff and fatal pause, and durable
    /// creates and deletes in the outbox. A mirror failing never holds up Sonoran or another mirror.
    /// </summary>
    internal sealed class MirrorRecordTarget : IRecordTarget
    {
        private readonly Dispatcher _dispatcher;
        private readonly IRecordSink _sink;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly TimeSpan _deleteGrace;

        public MirrorRecordTarget(Dispatcher dispatcher, RecordMirror mirror, TimeProvider time, ILog log, TimeSpan deleteGrace)
        {
            _dispatcher = dispatcher;
            _sink = mirror.Sink;
            _time = time;
            _log = log;
            _deleteGrace = deleteGrace;
            CreateLane = RecordService.CreateLaneOf(mirror.Name);
            DeleteLane = RecordService.DeleteLaneOf(mirror.Name);
            Lanes = new[] { CreateLane, DeleteLane };

            dispatcher.AddLane(new LaneSpec<string>(DeleteLane, CadEndpoint.DeleteRecord, mirror.DeletesPerMinute,
                LanePolicy.Fifo(5000).Durable(), SendDeleteAsync)
            {
                Codec = WorkCodecs.ForLane<string>(DeleteLane, OutboxEntryKind.MirrorDeleteRecord, id => new JObject { ["remoteId"] = id },
                    json => (string?)json["remoteId"] ?? throw new FormatException("a mirror delete without remoteId")),
            });
            dispatcher.AddLane(new LaneSpec<TemporaryRecord>(CreateLane, CadEndpoint.CreateRecord, mirror.CreatesPerMinute,
                LanePolicy.Fifo(2000).Durable(), SendCreatesAsync)
            {
                MaxBatch = () => Math.Max(1, _sink.MaxBatch),
                Codec = WorkCodecs.ForLane<TemporaryRecord>(CreateLane, OutboxEntryKind.MirrorCreateRecord, JObject.FromObject,
                    json => json.ToObject<TemporaryRecord>() ?? throw new FormatException("a mirror create without a record")),
                Accepted = (record, remoteId) => DeleteAfterCreate.Schedule(dispatcher, log, Name, DeleteLane, remoteId, record.ExpiresAt),
            });
        }

        public string Name => _sink.Name;

        public string CreateLane { get; }

        public string DeleteLane { get; }

        public IReadOnlyList<string> Lanes { get; }

        public string WithoutId => ".";

        public IDeliveryTicket Create(TemporaryRecord record) => _dispatcher.Enqueue(CreateLane, record, record.ExpiresAt);

        public IDeliveryTicket Delete(string remoteId) => _dispatcher.Enqueue(DeleteLane, remoteId, _time.GetUtcNow() + _deleteGrace);

        private async Task<LaneSendResult> SendDeleteAsync(IReadOnlyList<string> remoteIds, CancellationToken cancellationToken)
        {
            var result = await _sink.DeleteAsync(remoteIds[0], cancellationToken).ConfigureAwait(false);
            return new LaneSendResult(result.Succeeded ? CadResult.Accepted : CadResult.Fail(result.Failure!));
        }

        private async Task<LaneSendResult> SendCreatesAsync(IReadOnlyList<TemporaryRecord> records, CancellationToken cancellationToken)
        {
            var batch = await _sink.CreateBatchAsync(records, cancellationToken).ConfigureAwait(false);
            var ids = new string?[records.Count];
            var failures = new List<(TemporaryRecord Record, DeliveryFailure Failure)>();
            for (var i = 0; i < records.Count; i++)
            {
                var item = i < batch.Items.Count ? batch.Items[i] : SinkResult.Failed(new DeliveryFailure(DeliveryFailureKind.Rejected, _sink.Name + " gave no result for this record"));
                if (item.Succeeded) ids[i] = item.RemoteId;
                else failures.Add((records[i], item.Failure!));
            }

            if (failures.Count == 0) return new LaneSendResult(CadResult.Accepted, ids);
            if (failures.Count == records.Count) return new LaneSendResult(CadResult.Fail(MostSevere(failures.Select(f => f.Failure))));

            // Some were created, some not: the lane settles the request as one, so the created ones must not be sent again.
            foreach (var (record, failure) in failures)
                _log.Write(LogLevel.Warning, "Records: " + _sink.Name + " did not create record " + record.Id + " in a batch where others were created; it is not retried. " + failure);
            return new LaneSendResult(CadResult.Accepted, ids);
        }

        private static DeliveryFailure MostSevere(IEnumerable<DeliveryFailure> failures)
            => failures.OrderBy(f => f.Kind == DeliveryFailureKind.Fatal ? 0 : f.Kind == DeliveryFailureKind.RateLimited ? 1 : f.Kind == DeliveryFailureKind.Transient ? 2 : 3).First();
    }
}
