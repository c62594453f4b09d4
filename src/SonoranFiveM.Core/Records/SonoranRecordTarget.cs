namespace SonoranFiveM.Core.Records
{
    /// <summary>
    /// Sonoran CAD as a record target: <see cref="SonoranRecordSink"/> on the CAD's <c>CreateRecord</c> and
    /// <c>DeleteRecord</c> lanes (durable, FIFO, paced to the endpoints' limits; v1 batches up to
    /// <see cref="ICadApi.MaxRecordsPerRequest"/> creates per request). Construct it before the dispatcher replays the outbox.
    /// </summary>
    public sealed class SonoranRecordTarget : IRecordTarget
    {
        private static readonly string CreateLane = nameof(CadEndpoint.CreateRecord);
        private static readonly string DeleteLane = nameof(CadEndpoint.DeleteRecord);

        private readonly Dispatcher _dispatcher;
        private readonly TimeProvider _time;

        public SonoranRecordTarget(Dispatcher dispatcher, TimeProvider time, ILog log)
        {
            _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            if (log == null) throw new ArgumentNullException(nameof(log));
            var sink = new SonoranRecordSink(dispatcher.Cad, time);
            var options = dispatcher.Options;
            dispatcher.AddLane(new LaneSpec<RecordCreate>(CreateLane, CadEndpoint.CreateRecord, CadLanes.Permits(options, CadEndpoint.CreateRecord),
                options.Lane(CadEndpoint.CreateRecord), sink.SendCreatesAsync)
            {
                MaxBatch = () => sink.MaxBatch,
                Codec = new WorkCodec<RecordCreate>(OutboxEntryKind.CreateRecord,
                    create => OutboxPayloads.FromRecord(create.Request, create.DeleteAfter, create.DeleteAt),
                    entry => new RecordCreate { Request = OutboxPayloads.ToRecord(entry.Payload, out var after, out var at), QueuedAt = entry.CreatedAt, DeleteAfter = after, DeleteAt = at }),
                Accepted = (create, id) => DeleteAfterCreate.Schedule(dispatcher, log, Name, DeleteLane, id, create.DeleteDue(_time.GetUtcNow())),
            });
            dispatcher.AddLane(new LaneSpec<string>(DeleteLane, CadEndpoint.DeleteRecord, CadLanes.Permits(options, CadEndpoint.DeleteRecord),
                options.Lane(CadEndpoint.DeleteRecord), sink.SendDeletesAsync)
            {
                Codec = new WorkCodec<string>(OutboxEntryKind.DeleteRecord, OutboxPayloads.FromDelete, entry => OutboxPayloads.ToDelete(entry.Payload)),
            });
        }

        public string Name => SonoranRecordSink.DefaultName;

        public IReadOnlyList<string> Lanes { get; } = new[] { CreateLane, DeleteLane };

        public string WithoutId => _dispatcher.ApiVersion == "v1" ? "; Sonoran deletes it on its own when deleteAfterMinutes runs out." : ".";

        /// <summary>
        /// Queues a record create (durable, FIFO). When <paramref name="deleteAfter"/> is given, a delete of the created
        /// record is scheduled that long after the CAD accepts it; when <paramref name="deleteAt"/> is given, at that time.
        /// The delete is journaled before the create is closed, so it survives a crash. The record's <c>deleteAfterMinutes</c>
        /// is sent as the whole minutes left of its lifetime (counted from now), so a record delayed by an outage still
        /// expires on time; a record whose lifetime has passed before it could be sent is dropped as stale, with a log line.
        /// </summary>
        public IDeliveryTicket CreateRecord(RecordRequest record, TimeSpan? deleteAfter = null, DateTimeOffset? deleteAt = null)
        {
            if (record == null) throw new ArgumentNullException(nameof(record));
            var now = _time.GetUtcNow();
            var maxAge = _dispatcher.Options.RecordCreateMaxAge;
            if (record.DeleteAfterMinutes > 0 && TimeSpan.FromMinutes(record.DeleteAfterMinutes.Value) < maxAge) maxAge = TimeSpan.FromMinutes(record.DeleteAfterMinutes.Value);
            return _dispatcher.Enqueue(CreateLane, new RecordCreate { Request = record, QueuedAt = now, DeleteAfter = deleteAfter, DeleteAt = deleteAt }, _dispatcher.ExpiryFor(CreateLane, now, maxAge));
        }

        /// <summary>Queues several record creates; one ticket per record, in order.</summary>
        public IReadOnlyList<IDeliveryTicket> CreateRecords(IReadOnlyList<RecordRequest> records, TimeSpan? deleteAfter = null)
        {
            var tickets = new IDeliveryTicket[records.Count];
            for (var i = 0; i < records.Count; i++) tickets[i] = CreateRecord(records[i], deleteAfter);
            return tickets;
        }

        /// <summary>
        /// Deletes a record, now or at <paramref name="dueAt"/> (durable: survives restarts with its due time). A record
        /// already gone counts as accepted. Attempted until <see cref="DispatcherOptions.RecordDeleteGrace"/> after due.
        /// </summary>
        public IDeliveryTicket DeleteRecord(string recordId, DateTimeOffset? dueAt = null)
        {
            if (string.IsNullOrWhiteSpace(recordId)) throw new ArgumentException("An id is required.", nameof(recordId));
            var now = _time.GetUtcNow();
            var due = dueAt.HasValue && dueAt.Value > now ? dueAt.Value : now;
            return _dispatcher.Enqueue(DeleteLane, recordId, due + _dispatcher.Options.RecordDeleteGrace, dueAt);
        }

        IDeliveryTicket IRecordTarget.Create(TemporaryRecord record)
        {
            var request = record.Raw != null
                ? RecordRequest.Raw(record.Owner, record.Raw, record.LifetimeMinutes)
                : SonoranRecordSink.ToRequest(record, record.LifetimeMinutes);
            // v1 relies on deleteAfterMinutes; v2 sends it and also deletes the record explicitly at expiry.
            return CreateRecord(request, deleteAt: _dispatcher.ApiVersion == "v1" ? (DateTimeOffset?)null : record.ExpiresAt);
        }

        IDeliveryTicket IRecordTarget.Delete(string remoteId) => DeleteRecord(remoteId);
    }
}
