namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>
    /// Mirrors records to QuickBlox Custom Objects with a server API key (<c>Authorization: ApiKey &lt;key&gt;</c>):
    /// one record by <c>POST {apiUrl}/data/{class}.json</c> (id = <c>_id</c>), several by
    /// <c>POST {apiUrl}/data/{class}/multi.json</c> with <c>{"record":{"0":{…},"1":{…}}}</c> (ids from <c>items[]</c>),
    /// delete by <c>DELETE {apiUrl}/data/{class}/{id}.json</c>.
    /// </summary>
    public sealed class QuickBloxRecordSink : HttpMirrorSink
    {
        public const string DefaultName = "quickblox";

        /// <summary>Records per multi-create request unless the constructor is given another size (QuickBlox documents no maximum).</summary>
        public const int DefaultMaxBatch = 25;

        private readonly QuickBloxMirrorOptions _options;
        private readonly string _classUrl;
        private readonly int _maxBatch;

        /// <param name="transport">HTTP.</param>
        /// <param name="options">The owner's <c>mirrors.quickblox</c> settings.</param>
        /// <param name="time">The clock.</param>
        /// <param name="name">The sink name templates list.</param>
        /// <param name="maxBatch">Records per multi-create request (default <see cref="DefaultMaxBatch"/>).</param>
        /// <param name="timeout">Per-request timeout; <see cref="HttpMirrorSink.DefaultTimeout"/> when null.</param>
        /// <param name="otherSecrets">The configuration's other secrets (CAD and other mirror keys), masked in failure texts like this sink's key.</param>
        public QuickBloxRecordSink(IHttpTransport transport, QuickBloxMirrorOptions options, TimeProvider time, string name = DefaultName, int maxBatch = DefaultMaxBatch, TimeSpan? timeout = null,
            IEnumerable<string?>? otherSecrets = null)
            : base(transport, time, name, "QuickBlox", "sonoran_mirrors_quickblox_apiKey (mirrors.quickblox.apiKey)", "ApiKey", timeout, otherSecrets)
        {
            _maxBatch = Math.Max(1, maxBatch);
            _options = options ?? throw new ArgumentNullException(nameof(options));
            // QuickBlox asks for URLs that are not pre-encoded; the class name is checked to need no encoding.
            _classUrl = (options.ApiUrl ?? string.Empty).TrimEnd('/') + "/data/" + options.ClassName;
        }

        public override int MaxBatch => _maxBatch;

        protected override string ApiKey => _options.ApiKey;

        public override Task<SinkResult> CreateAsync(TemporaryRecord record, CancellationToken cancellationToken)
            => CreateOneAsync(record, _classUrl + ".json", BuildFields, "_id", cancellationToken);

        public override async Task<SinkBatchResult> CreateBatchAsync(IReadOnlyList<TemporaryRecord> records, CancellationToken cancellationToken)
        {
            SinkGuards.BatchSize(records, MaxBatch, Name);
            var now = Time.GetUtcNow();
            var results = new SinkResult?[records.Count];
            var sendable = new List<int>();
            for (var i = 0; i < records.Count; i++)
            {
                if (SinkGuards.Decide(records[i], now, out var expired).ShouldCreate) sendable.Add(i);
                else results[i] = SinkResult.Failed(expired!);
            }

            if (sendable.Count == 1)
            {
                results[sendable[0]] = await CreateAsync(records[sendable[0]], cancellationToken).ConfigureAwait(false);
            }
            else if (sendable.Count > 1)
            {
                var batch = new List<TemporaryRecord>(sendable.Count);
                foreach (var i in sendable) batch.Add(records[i]);
                var response = await SendAsync("POST", _classUrl + "/multi.json", BuildMultiBody(batch), cancellationToken).ConfigureAwait(false);
                var created = ReadMulti(response, sendable.Count);
                for (var j = 0; j < sendable.Count; j++) results[sendable[j]] = created[j];
            }

            var list = new List<SinkResult>(records.Count);
            foreach (var result in results) list.Add(result!);
            return new SinkBatchResult(list);
        }

        protected override string DeleteUrl(string remoteId) => _classUrl + "/" + Uri.EscapeDataString(remoteId) + ".json";

        protected override string IdShape => "24 hex characters";

        /// <summary>A QuickBlox record id is a MongoDB ObjectId: 24 hex characters.</summary>
        protected override bool IsRecordId(string id) => id.Length == 24 && id.All(c => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));

        /// <summary>One record's body: for each template field in the field map, the QuickBlox field name and value.</summary>
        internal JObject BuildFields(TemporaryRecord record)
        {
            var body = new JObject();
            foreach (var field in record.Fields)
            {
                if (_options.FieldMap.TryGetValue(field.Key, out var name) && !string.IsNullOrEmpty(name)) body[name] = field.Value;
            }
            return body;
        }

        /// <summary>The multi-create body: an index-keyed object, not an array.</summary>
        internal JObject BuildMultiBody(IReadOnlyList<TemporaryRecord> records)
        {
            var indexed = new JObject();
            for (var i = 0; i < records.Count; i++) indexed[i.ToString(CultureInfo.InvariantCulture)] = BuildFields(records[i]);
            return new JObject { ["record"] = indexed };
        }

        private SinkResult[] ReadMulti(HttpResponse response, int count)
        {
            var results = new SinkResult[count];
            if (!HttpFailureClassifier.IsSuccess(response))
            {
                var failure = Classify(response);
                for (var i = 0; i < count; i++) results[i] = SinkResult.Failed(failure);
                return results;
            }

            if (!(JsonBodies.TryParseObject(response.Body)?["items"] is JArray items))
            {
                var failure = UnexpectedAnswer(response, "an items list");
                for (var i = 0; i < count; i++) results[i] = SinkResult.Failed(failure);
                return results;
            }

            for (var i = 0; i < count; i++)
            {
                var id = i < items.Count ? RecordId(items[i]?["_id"]) : null;
                results[i] = id != null
                    ? SinkResult.Created(id)
                    : SinkResult.Failed(new DeliveryFailure(DeliveryFailureKind.Rejected, "QuickBlox returned no record for item " + i + " of " + count + " (it answered " + items.Count + " item(s))", response.StatusCode));
            }
            return results;
        }
    }
}
