namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>
    /// Mirrors records to the Tines Records API: <c>POST {tenantUrl}/api/v1/records</c> with
    /// <c>{"record_type_id":"…","field_values":[{"field_id":"…","value":"…"}]}</c> (ids as strings, as Tines documents),
    /// <c>Authorization: Bearer &lt;key&gt;</c>; the id is the response's <c>id</c>. Delete is
    /// <c>DELETE {tenantUrl}/api/v1/records/{id}</c> (204). Tines has no batch create: <see cref="MaxBatch"/> is 1.
    /// </summary>
    public sealed class TinesRecordSink : HttpMirrorSink
    {
        /// <summary>Most digits in a Tines record id (a 64-bit integer has at most 19).</summary>
        private const int MaxIdDigits = 19;

        public const string DefaultName = "tines";

        private readonly TinesMirrorOptions _options;
        private readonly string _baseUrl;

        /// <param name="transport">HTTP.</param>
        /// <param name="options">The owner's <c>mirrors.tines</c> settings.</param>
        /// <param name="time">The clock.</param>
        /// <param name="name">The sink name templates list.</param>
        /// <param name="timeout">Per-request timeout; <see cref="HttpMirrorSink.DefaultTimeout"/> when null.</param>
        /// <param name="otherSecrets">The configuration's other secrets (CAD and other mirror keys), masked in failure texts like this sink's key.</param>
        public TinesRecordSink(IHttpTransport transport, TinesMirrorOptions options, TimeProvider time, string name = DefaultName, TimeSpan? timeout = null,
            IEnumerable<string?>? otherSecrets = null)
            : base(transport, time, name, "Tines", "sonoran_mirrors_tines_apiKey (mirrors.tines.apiKey)", "Bearer", timeout, otherSecrets)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _baseUrl = (options.TenantUrl ?? string.Empty).TrimEnd('/');
        }

        public override int MaxBatch => 1;

        protected override string ApiKey => _options.ApiKey;

        public override Task<SinkResult> CreateAsync(TemporaryRecord record, CancellationToken cancellationToken)
            => CreateOneAsync(record, _baseUrl + "/api/v1/records", BuildBody, "id", cancellationToken);

        public override async Task<SinkBatchResult> CreateBatchAsync(IReadOnlyList<TemporaryRecord> records, CancellationToken cancellationToken)
        {
            SinkGuards.BatchSize(records, MaxBatch, Name);
            var results = new List<SinkResult>(records.Count);
            foreach (var record in records) results.Add(await CreateAsync(record, cancellationToken).ConfigureAwait(false));
            return new SinkBatchResult(results);
        }

        protected override string DeleteUrl(string remoteId) => _baseUrl + "/api/v1/records/" + Uri.EscapeDataString(remoteId);

        protected override string IdShape => "a number of 1 to " + MaxIdDigits + " digits";

        /// <summary>Tines record ids are integers (a string of digits is read too).</summary>
        protected override bool IsRecordId(string id) => id.Length >= 1 && id.Length <= MaxIdDigits && id.All(c => c >= '0' && c <= '9');

        /// <summary>The create body: the options' record type and, for each template field in the field map, its Tines field id and value.</summary>
        internal JObject BuildBody(TemporaryRecord record)
        {
            var values = new JArray();
            foreach (var field in record.Fields)
            {
                if (!_options.FieldMap.TryGetValue(field.Key, out var fieldId) || string.IsNullOrEmpty(fieldId)) continue;
                values.Add(new JObject { ["field_id"] = fieldId, ["value"] = field.Value });
            }
            return new JObject
            {
                ["record_type_id"] = _options.RecordTypeId.ToString(CultureInfo.InvariantCulture),
                ["field_values"] = values,
            };
        }
    }
}
