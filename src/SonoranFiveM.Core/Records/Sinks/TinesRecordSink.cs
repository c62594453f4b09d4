using SonoranFiveM.Core.Configuration;

namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>
    /// Mirrors records to the Tines Records API: <c>POST {tenantUrl}/api/v1/records</c> with
    /// <c>{"record_type_id":"…","field_values":[{"field_id":"…","value":"…"}]}</c> (ids as strings, as Tines documents),
    /// <c>Authorization: Bearer &lt;key&gt;</c>; the id is the response's <c>id</c>. Delete is
    /// <c>DELETE {tenantUrl}/api/v1/records/{id}</c> (204). Tines has no batch create: <see cref="MaxBatch"/> is 1.
    /// </summary>
    public sealed class TinesRecordSink : IRecordSink
    {
        public const string DefaultName = "tines";
        private const string Target = "Tines";
        private const string KeySetting = "sonoran_mirrors_tines_apiKey (mirrors.tines.apiKey)";

        /// <summary>How long one request may take unless the constructor is given another timeout.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

        private readonly IHttpTransport _transport;
        private readonly TinesMirrorOptions _options;
        private readonly TimeProvider _time;
        private readonly string?[] _otherSecrets;
        private readonly string _baseUrl;
        private readonly TimeSpan _timeout;

        /// <param name="transport">HTTP.</param>
        /// <param name="options">The owner's <c>mirrors.tines</c> settings.</param>
        /// <param name="time">The clock.</param>
        /// <param name="name">The sink name templates list.</param>
        /// <param name="timeout">Per-request timeout; <see cref="DefaultTimeout"/> when null.</param>
        /// <param name="otherSecrets">The configuration's other secrets (CAD and other mirror keys), masked in failure texts like this sink's key.</param>
        public TinesRecordSink(IHttpTransport transport, TinesMirrorOptions options, TimeProvider time, string name = DefaultName, TimeSpan? timeout = null,
            IEnumerable<string?>? otherSecrets = null)
        {
            _otherSecrets = otherSecrets?.ToArray() ?? Array.Empty<string?>();
            _timeout = timeout.HasValue && timeout.Value > TimeSpan.Zero ? timeout.Value : DefaultTimeout;
            _transport = transport ?? throw new ArgumentNullException(nameof(transport));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _baseUrl = (options.TenantUrl ?? string.Empty).TrimEnd('/');
            Name = name;
        }

        public string Name { get; }

        public int MaxBatch => 1;

        public async Task<SinkResult> CreateAsync(TemporaryRecord record, CancellationToken cancellationToken)
        {
            if (record == null) throw new ArgumentNullException(nameof(record));
            var now = _time.GetUtcNow();
            if (!SinkGuards.Decide(record, now, out var expired).ShouldCreate) return SinkResult.Failed(expired!);

            var request = new HttpRequest("POST", _baseUrl + "/api/v1/records", Headers(withBody: true), CadJson.Serialize(BuildBody(record)), Timeout);
            var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!HttpFailureClassifier.IsSuccess(response))
                return SinkResult.Failed(HttpFailureClassifier.Classify(response, Target, KeySetting, _time.GetUtcNow(), Secrets));

            var id = JsonBodies.IdText(JsonBodies.TryParseObject(response.Body)?["id"]);
            return id != null
                ? SinkResult.Created(id)
                : SinkResult.Failed(HttpFailureClassifier.UnexpectedAnswer(response, Target, "a record id", Secrets));
        }

        public async Task<SinkBatchResult> CreateBatchAsync(IReadOnlyList<TemporaryRecord> records, CancellationToken cancellationToken)
        {
            SinkGuards.BatchSize(records, MaxBatch, Name);
            var results = new List<SinkResult>(records.Count);
            foreach (var record in records) results.Add(await CreateAsync(record, cancellationToken).ConfigureAwait(false));
            return new SinkBatchResult(results);
        }

        public async Task<SinkResult> DeleteAsync(string remoteId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrEmpty(remoteId)) throw new ArgumentException("remote id is required", nameof(remoteId));
            var request = new HttpRequest("DELETE", _baseUrl + "/api/v1/records/" + Uri.EscapeDataString(remoteId), Headers(withBody: false), null, Timeout);
            var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (HttpFailureClassifier.IsSuccess(response) || response.StatusCode == 404) return SinkResult.Deleted;
            return SinkResult.Failed(HttpFailureClassifier.Classify(response, Target, KeySetting, _time.GetUtcNow(), Secrets));
        }

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

        private TimeSpan Timeout => _timeout;

        private IEnumerable<string?> Secrets => _otherSecrets.Append(_options.ApiKey);

        private IReadOnlyDictionary<string, string> Headers(bool withBody)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["Authorization"] = "Bearer " + _options.ApiKey,
            };
            if (withBody) headers["Content-Type"] = "application/json";
            return headers;
        }
    }
}
