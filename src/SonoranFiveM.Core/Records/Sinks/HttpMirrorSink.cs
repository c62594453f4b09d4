using Newtonsoft.Json.Linq;

namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>
    /// What the HTTP record mirrors (Tines, QuickBlox) share: the transport and clock, the per-request timeout, the
    /// <c>Authorization</c> header, creating one record and reading its id, delete (a 404 counts as deleted), and
    /// failure texts classified with the mirror's key and the configuration's other secrets masked.
    /// </summary>
    public abstract class HttpMirrorSink : IRecordSink
    {
        /// <summary>How long one request may take unless the constructor is given another timeout.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

        private readonly IHttpTransport _transport;
        private readonly string _target;
        private readonly string _keySetting;
        private readonly string _authScheme;
        private readonly string?[] _otherSecrets;
        private readonly TimeSpan _timeout;

        /// <param name="transport">HTTP.</param>
        /// <param name="time">The clock.</param>
        /// <param name="name">The sink name templates list.</param>
        /// <param name="target">The service's name in failure texts (e.g. <c>Tines</c>).</param>
        /// <param name="keySetting">The setting that holds the key, named in failure texts.</param>
        /// <param name="authScheme">The <c>Authorization</c> scheme the key goes with (e.g. <c>Bearer</c>).</param>
        /// <param name="timeout">Per-request timeout; <see cref="DefaultTimeout"/> when null.</param>
        /// <param name="otherSecrets">The configuration's other secrets (CAD and other mirror keys), masked in failure texts like this sink's key.</param>
        protected HttpMirrorSink(IHttpTransport transport, TimeProvider time, string name, string target, string keySetting, string authScheme,
            TimeSpan? timeout, IEnumerable<string?>? otherSecrets)
        {
            _transport = transport ?? throw new ArgumentNullException(nameof(transport));
            Time = time ?? throw new ArgumentNullException(nameof(time));
            Name = name;
            _target = target;
            _keySetting = keySetting;
            _authScheme = authScheme;
            _timeout = timeout.HasValue && timeout.Value > TimeSpan.Zero ? timeout.Value : DefaultTimeout;
            _otherSecrets = otherSecrets?.ToArray() ?? Array.Empty<string?>();
        }

        public string Name { get; }

        public abstract int MaxBatch { get; }

        protected TimeProvider Time { get; }

        /// <summary>The mirror's key as configured now.</summary>
        protected abstract string ApiKey { get; }

        public abstract Task<SinkResult> CreateAsync(TemporaryRecord record, CancellationToken cancellationToken);

        public abstract Task<SinkBatchResult> CreateBatchAsync(IReadOnlyList<TemporaryRecord> records, CancellationToken cancellationToken);

        public async Task<SinkResult> DeleteAsync(string remoteId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrEmpty(remoteId)) throw new ArgumentException("remote id is required", nameof(remoteId));
            var response = await SendAsync("DELETE", DeleteUrl(remoteId), null, cancellationToken).ConfigureAwait(false);
            if (HttpFailureClassifier.IsSuccess(response) || response.StatusCode == 404) return SinkResult.Deleted;
            return SinkResult.Failed(Classify(response));
        }

        /// <summary>Where the record this sink gave <paramref name="remoteId"/> is deleted.</summary>
        protected abstract string DeleteUrl(string remoteId);

        /// <summary>
        /// The shape of this service's record ids, e.g. "24 hex characters". A created record's id goes into the URL of
        /// a later DELETE that carries the key, so an answer with any other id is an unexpected answer, not a record.
        /// </summary>
        protected abstract string IdShape { get; }

        /// <summary>Whether <paramref name="id"/> has this service's <see cref="IdShape"/>.</summary>
        protected abstract bool IsRecordId(string id);

        /// <summary>The record id in <paramref name="token"/> when it has this service's shape; else null.</summary>
        protected string? RecordId(JToken? token) => JsonBodies.IdText(token) is string id && IsRecordId(id) ? id : null;

        /// <summary>
        /// Creates one record unless its lifetime is over: POSTs <paramref name="body"/> to <paramref name="url"/> and reads the
        /// new id from the answer's <paramref name="idField"/>.
        /// </summary>
        protected async Task<SinkResult> CreateOneAsync(TemporaryRecord record, string url, Func<TemporaryRecord, JObject> body, string idField,
            CancellationToken cancellationToken)
        {
            if (record == null) throw new ArgumentNullException(nameof(record));
            if (!SinkGuards.Decide(record, Time.GetUtcNow(), out var expired).ShouldCreate) return SinkResult.Failed(expired!);

            var response = await SendAsync("POST", url, body(record), cancellationToken).ConfigureAwait(false);
            if (!HttpFailureClassifier.IsSuccess(response)) return SinkResult.Failed(Classify(response));

            var id = RecordId(JsonBodies.TryParseObject(response.Body)?[idField]);
            return id != null ? SinkResult.Created(id) : SinkResult.Failed(UnexpectedAnswer(response, "a record " + idField + " (" + IdShape + ")"));
        }

        protected async Task<HttpResponse> SendAsync(string method, string url, JObject? body, CancellationToken cancellationToken)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["Authorization"] = _authScheme + " " + ApiKey,
            };
            if (body != null) headers["Content-Type"] = "application/json";
            using var request = new HttpRequest(method, url, headers, body == null ? null : RequestBody.Json(body), _timeout);
            return await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        protected DeliveryFailure Classify(HttpResponse response)
            => HttpFailureClassifier.Classify(response, _target, _keySetting, Time.GetUtcNow(), Secrets);

        /// <summary>A success answer without the <paramref name="expected"/> part.</summary>
        protected DeliveryFailure UnexpectedAnswer(HttpResponse response, string expected)
            => HttpFailureClassifier.UnexpectedAnswer(response, _target, expected, Secrets);

        private IEnumerable<string?> Secrets => _otherSecrets.Append(ApiKey);
    }
}
