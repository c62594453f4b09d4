using SonoranFiveM.Core.Resilience;

namespace SonoranFiveM.Core.Cad.V2
{
    /// <summary>
    /// The Sonoran CAD v2 REST API: <c>Authorization: Bearer &lt;key&gt;</c>, JSON in and out, problem+json errors,
    /// gateway JSON on 429. Build it with <see cref="CadApiFactory"/>.
    /// </summary>
    public sealed class CadApiV2(CadClientOptions options, ResilientSender sender) : CadApiBase(options, sender), ICadApi
    {
        public string ApiVersion => "v2";

        /// <summary>v2 creates one record per request.</summary>
        public int MaxRecordsPerRequest => 1;

        public async Task<CadResult> UpdateUnitLocationsAsync(IReadOnlyList<UnitLocation> updates, CancellationToken cancellationToken = default)
        {
            if (updates == null) throw new ArgumentNullException(nameof(updates));
            var request = Request("PATCH", V2Routes.UnitLocations(Options.ServerId), UnitLocationJson.Body(updates, Options.VehicleHeadingOffset));
            return await Sender.SendAsync("v2 UnitLocations", request, Accepted, cancellationToken).ConfigureAwait(false);
        }

        public async Task<CadResult> SendHeartbeatAsync(int playerCount, CancellationToken cancellationToken = default)
        {
            var request = Build("POST", V2Routes.Heartbeat(Options.ServerId), V2Bodies.Heartbeat(playerCount));
            return await Sender.SendAsync("v2 Heartbeat", request, Accepted, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The value is the CAD's <c>callId</c>; 0 when the CAD accepted the call but its reply had no readable id.</summary>
        public Task<CadResult<long>> Create911CallAsync(EmergencyCall call, CancellationToken cancellationToken = default)
        {
            if (call == null) throw new ArgumentNullException(nameof(call));
            var request = Build("POST", V2Routes.Calls911(Options.ServerId), V2Bodies.Call911(call));
            return Sender.SendAsync("v2 Create911Call", request, response => CadReplies.Read(response, Now, accepted =>
            {
                var json = CadJson.TryParse(accepted.Body) as JObject;
                return CadResult.Ok(CadJson.Long(json?["callId"]) ?? 0L);
            }), cancellationToken);
        }

        public async Task<CadResult> Remove911CallAsync(long callId, CancellationToken cancellationToken = default)
        {
            var request = Build("DELETE", V2Routes.Call911(Options.ServerId, callId), null);
            return await Sender.SendAsync("v2 Remove911Call", request, AcceptedOrGone, cancellationToken).ConfigureAwait(false);
        }

        public async Task<CadResult> SetUnitPanicAsync(string communityUserId, bool isPanic, CancellationToken cancellationToken = default)
        {
            var request = Build("PATCH", V2Routes.UnitPanic(Options.ServerId), V2Bodies.UnitPanic(communityUserId, isPanic));
            return await Sender.SendAsync("v2 UnitPanic", request, Accepted, cancellationToken).ConfigureAwait(false);
        }

        public async Task<CadResult> SetUnitStatusAsync(string communityUserId, int status, CancellationToken cancellationToken = default)
        {
            var request = Build("PATCH", V2Routes.UnitStatus(Options.ServerId), V2Bodies.UnitStatus(communityUserId, status));
            return await Sender.SendAsync("v2 UnitStatus", request, Accepted, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Exactly one record (see <see cref="MaxRecordsPerRequest"/>); more is a programming error and throws.</summary>
        public Task<CadResult<IReadOnlyList<string?>>> CreateRecordsAsync(IReadOnlyList<RecordRequest> records, CancellationToken cancellationToken = default)
        {
            if (records == null) throw new ArgumentNullException(nameof(records));
            if (records.Count != 1)
                throw new ArgumentOutOfRangeException(nameof(records), records.Count, "The v2 API creates exactly one record per request.");
            var request = Build("POST", V2Routes.Records, V2Bodies.Record(records[0]));
            return Sender.SendAsync("v2 CreateRecord", request, response => CadReplies.Read(response, Now, accepted =>
            {
                var json = CadJson.TryParse(accepted.Body) as JObject;
                IReadOnlyList<string?> ids = new[] { CadJson.Text(json?["id"]) };
                return CadResult.Ok(ids);
            }), cancellationToken);
        }

        public async Task<CadResult> DeleteRecordAsync(string recordId, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(recordId)) throw new ArgumentException("A record id is required.", nameof(recordId));
            var request = Build("DELETE", V2Routes.Record(recordId), null);
            return await Sender.SendAsync("v2 DeleteRecord", request, AcceptedOrGone, cancellationToken).ConfigureAwait(false);
        }

        public Task<CadResult<IReadOnlyList<ActiveUnit>>> GetActiveUnitsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default)
        {
            var request = Build("GET", V2Routes.ActiveUnits(Options.ServerId, limit, offset), null);
            return Sender.SendAsync("v2 ActiveUnits", request, response => CadReplies.ActiveUnits(response, Now, preferApiId: false), cancellationToken);
        }

        public Task<CadResult<CadVersion>> GetVersionAsync(CancellationToken cancellationToken = default)
        {
            var request = Build("GET", V2Routes.Version, null);
            return Sender.SendAsync("v2 Version", request, response => CadReplies.Read(response, Now, accepted =>
            {
                var version = CadReplies.Version(CadJson.TryParse(accepted.Body));
                return version != null ? CadResult.Ok(version) : CadResult.Fail<CadVersion>(CadReplies.Unreadable(accepted, "version"));
            }), cancellationToken);
        }

        public Task<CadResult<LinkCode>> CreateLinkAsync(string communityUserId, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(communityUserId)) throw new ArgumentException("A communityUserId is required.", nameof(communityUserId));
            var request = Build("POST", V2Routes.Links, V2Bodies.Link(communityUserId));
            return Sender.SendAsync("v2 CreateLink", request, response => CadReplies.Read(response, Now, accepted => LinkReplies.Code(accepted, Now)), cancellationToken);
        }

        public Task<CadResult<LinkState>> CheckLinkAsync(string communityUserId, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(communityUserId)) throw new ArgumentException("A communityUserId is required.", nameof(communityUserId));
            var request = Build("POST", V2Routes.LinksCheck, V2Bodies.Link(communityUserId));
            return Sender.SendAsync("v2 CheckLink", request, response => CadReplies.Read(response, Now, LinkReplies.State), cancellationToken);
        }

        private HttpRequest Build(string method, string path, JObject? body) => Request(method, path, body == null ? null : RequestBody.Json(body));

        private HttpRequest Request(string method, string path, RequestBody? body)
        {
            var headers = new Dictionary<string, string>
            {
                ["Authorization"] = "Bearer " + Options.ApiKey,
                ["Accept"] = "application/json",
            };
            if (body != null) headers["Content-Type"] = "application/json";
            return new HttpRequest(method, BaseUrl + path, headers, body, Options.Resilience.AttemptTimeout);
        }
    }
}
