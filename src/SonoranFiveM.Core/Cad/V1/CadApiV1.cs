using SonoranFiveM.Core.Resilience;

namespace SonoranFiveM.Core.Cad.V1
{
    /// <summary>
    /// The legacy Sonoran CAD v1 envelope API: every call is a POST of <c>{id, key, type, data}</c> to
    /// <c>/{category}/{type lower-case}</c> with only <c>Content-Type</c>; replies are plain text (JSON for lists).
    /// A wrong URL answers 200 "Backend Service Reached", reported as Fatal. Build it with <see cref="CadApiFactory"/>.
    /// </summary>
    public sealed class CadApiV1(CadClientOptions options, ResilientSender sender) : CadApiBase(options, sender), ICadApi
    {
        public string ApiVersion => "v1";

        /// <summary>NEW_RECORD carries this many records in one <c>data</c> array (<see cref="CadClientOptions.V1MaxRecordsPerRequest"/>).</summary>
        public int MaxRecordsPerRequest => Options.V1MaxRecordsPerRequest;

        public async Task<CadResult> UpdateUnitLocationsAsync(IReadOnlyList<UnitLocation> updates, CancellationToken cancellationToken = default)
        {
            if (updates == null) throw new ArgumentNullException(nameof(updates));
            return await Send(V1Type.UnitLocation, V1Bodies.UnitLocations(updates), Accepted, cancellationToken).ConfigureAwait(false);
        }

        public async Task<CadResult> SendHeartbeatAsync(int playerCount, CancellationToken cancellationToken = default)
            => await Send(V1Type.Heartbeat, V1Bodies.Heartbeat(Options.ServerId, playerCount), Accepted, cancellationToken).ConfigureAwait(false);

        /// <summary>The value is the id parsed from <c>EMERGENCY CALL ADDED ID: n</c>; 0 when the reply had none.</summary>
        public Task<CadResult<long>> Create911CallAsync(EmergencyCall call, CancellationToken cancellationToken = default)
        {
            if (call == null) throw new ArgumentNullException(nameof(call));
            return Send(V1Type.Call911, V1Bodies.Call911(Options.ServerId, call),
                response => CadReplies.Read(response, Now, accepted => CadResult.Ok(V1Replies.Call911Id(accepted.Body) ?? 0L)), cancellationToken);
        }

        public async Task<CadResult> Remove911CallAsync(long callId, CancellationToken cancellationToken = default)
            => await Send(V1Type.Remove911, V1Bodies.Remove911(Options.ServerId, callId), AcceptedOrGone, cancellationToken).ConfigureAwait(false);

        public async Task<CadResult> SetUnitPanicAsync(string communityUserId, bool isPanic, CancellationToken cancellationToken = default)
            => await Send(V1Type.UnitPanic, V1Bodies.UnitPanic(communityUserId, isPanic), Accepted, cancellationToken).ConfigureAwait(false);

        public async Task<CadResult> SetUnitStatusAsync(string communityUserId, int status, CancellationToken cancellationToken = default)
            => await Send(V1Type.UnitStatus, V1Bodies.UnitStatus(Options.ServerId, communityUserId, status), Accepted, cancellationToken).ConfigureAwait(false);

        /// <summary>1 to <see cref="MaxRecordsPerRequest"/> records in one NEW_RECORD; another count is a programming error and throws.</summary>
        public Task<CadResult<IReadOnlyList<string?>>> CreateRecordsAsync(IReadOnlyList<RecordRequest> records, CancellationToken cancellationToken = default)
        {
            if (records == null) throw new ArgumentNullException(nameof(records));
            if (records.Count < 1 || records.Count > MaxRecordsPerRequest)
                throw new ArgumentOutOfRangeException(nameof(records), records.Count, $"Send 1 to {MaxRecordsPerRequest} records per v1 request.");
            return Send(V1Type.NewRecord, V1Bodies.NewRecords(records),
                response => CadReplies.Read(response, Now, accepted => CadResult.Ok(V1Replies.RecordIds(accepted.Body, records.Count))), cancellationToken);
        }

        public async Task<CadResult> DeleteRecordAsync(string recordId, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(recordId)) throw new ArgumentException("A record id is required.", nameof(recordId));
            return await Send(V1Type.RemoveRecord, V1Bodies.RemoveRecord(recordId), AcceptedOrGone, cancellationToken).ConfigureAwait(false);
        }

        public Task<CadResult<IReadOnlyList<ActiveUnit>>> GetActiveUnitsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default)
            => Send(V1Type.GetActiveUnits, V1Bodies.GetActiveUnits(Options.ServerId, limit, offset),
                response => CadReplies.ActiveUnits(response, Now, preferApiId: true), cancellationToken);

        public Task<CadResult<CadVersion>> GetVersionAsync(CancellationToken cancellationToken = default)
            => Send(V1Type.GetVersion, new JArray(), response => CadReplies.Read(response, Now, accepted =>
            {
                var version = V1Replies.Version(accepted.Body);
                return version != null ? CadResult.Ok(version) : CadResult.Fail<CadVersion>(CadReplies.Unreadable(accepted, "version"));
            }), cancellationToken);

        /// <summary>The v1 API documents no account linking: Rejected at once, without a request.</summary>
        public Task<CadResult<LinkCode>> CreateLinkAsync(string communityUserId, CancellationToken cancellationToken = default)
            => Task.FromResult(CadResult.Fail<LinkCode>(NoLinking));

        /// <inheritdoc cref="CreateLinkAsync"/>
        public Task<CadResult<LinkState>> CheckLinkAsync(string communityUserId, CancellationToken cancellationToken = default)
            => Task.FromResult(CadResult.Fail<LinkState>(NoLinking));

        /// <summary>Why v1 cannot link accounts.</summary>
        public static readonly DeliveryFailure NoLinking = new DeliveryFailure(DeliveryFailureKind.Rejected, "account linking needs Sonoran API v2 (apiVersion \"v2\")");

        private Task<CadResult<T>> Send<T>(V1Type type, JToken data, Func<HttpResponse, CadResult<T>> interpret, CancellationToken cancellationToken)
        {
            var body = V1Bodies.Envelope(Options.CommunityId, Options.ApiKey, type, data);
            var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" };
            var request = new HttpRequest("POST", BaseUrl + type.Path, headers, RequestBody.Json(body), Options.Resilience.AttemptTimeout);
            return Sender.SendAsync("v1 " + type.Name, request, interpret, cancellationToken);
        }
    }
}
