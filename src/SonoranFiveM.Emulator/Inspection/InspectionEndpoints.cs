using SonoranFiveM.Emulator.Logging;

namespace SonoranFiveM.Emulator.Inspection;

/// <summary>
/// Read-only views for humans and scripts: <c>GET /_emulator/state</c> and <c>GET /_emulator/requests[?limit=N]</c>.
/// No auth, no faults, not counted, and no key is ever shown (request logs are already masked).
/// </summary>
internal sealed class InspectionEndpoints(EmulatorContext ctx) : EndpointGroup(ctx)
{

    public override void Map(IEndpointRouteBuilder app)
    {
        app.Map("GET", "/_emulator/state", new EmulatedEndpoint(EndpointNames.InspectState, EmulatorApi.Inspection), StateAsync);
        app.Map("GET", "/_emulator/requests", new EmulatedEndpoint(EndpointNames.InspectRequests, EmulatorApi.Inspection), RequestsAsync);
    }

    private Task<IResult> StateAsync(HttpContext http)
    {
        var state = Ctx.State;
        var now = Ctx.Time.GetUtcNow();
        var options = Ctx.Options;
        var body = new JsonObject
        {
            ["now"] = Iso(now),
            ["startedAt"] = Iso(Ctx.StartedAt),
            ["communityId"] = options.CommunityId,
            ["serverIds"] = state.ServerIds.ToJsonArray(s => s),
            ["plan"] = new JsonObject { ["version"] = options.PlanVersion, ["name"] = Plans.Name(options.PlanVersion) },
            ["rateLimits"] = new JsonObject
            {
                ["enabled"] = Ctx.RateLimits.Enabled,
                ["sendRetryAfter"] = Ctx.RateLimits.SendRetryAfter,
            },
            ["faults"] = Ctx.Faults.Current.ToString(),
            ["units"] = state.Units.ToJsonArray(u => With(Views.Unit(u),
                ("serverId", u.ServerId), ("lastLocationUpdate", Iso(u.LastLocationUpdate)), ("locationUpdateCount", u.LocationUpdateCount))),
            ["calls"] = state.Calls.ToJsonArray(c => With(Views.Call(c),
                ("serverId", c.ServerId), ("expiresAt", Iso(c.ExpiresAt)), ("via", c.Via.ToString()))),
            ["records"] = state.Records.ToJsonArray(r => With(Views.Record(r),
                ("owner", r.Owner), ("expiresAt", Iso(r.ExpiresAt)), ("via", r.Via.ToString()))),
            ["heartbeats"] = state.Heartbeats.Values.ToJsonArray(h => new JsonObject
            {
                ["serverId"] = h.ServerId,
                ["playerCount"] = h.PlayerCount,
                ["receivedAt"] = Iso(h.ReceivedAt),
                ["count"] = h.Count,
            }),
            ["tinesRecords"] = state.TinesRecords.ToJsonArray(t => new JsonObject
            {
                ["id"] = t.Id,
                ["recordTypeId"] = t.RecordTypeId,
                ["fields"] = t.FieldValues.Count,
                ["createdAt"] = Iso(t.CreatedAt),
            }),
            ["quickBloxRecords"] = state.QuickBloxRecords.ToJsonArray(q => new JsonObject
            {
                ["id"] = q.Id,
                ["className"] = q.ClassName,
                ["createdAt"] = Iso(q.CreatedAt),
            }),
            ["counters"] = Counters(),
            ["requestsLogged"] = Ctx.Requests.Count,
            ["inFlight"] = Ctx.Requests.InFlight,
        };
        return Task.FromResult(Results.Json(body));
    }

    private static string? Iso(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The view with the inspection-only fields added.</summary>
    private static JsonObject With(JsonObject view, params (string Name, JsonNode? Value)[] fields)
    {
        foreach (var (name, value) in fields) view[name] = value;
        return view;
    }

    private JsonObject Counters()
    {
        var obj = new JsonObject();
        foreach (var (name, value) in Ctx.State.Counters.Snapshot()) obj[name] = value;
        return obj;
    }

    private Task<IResult> RequestsAsync(HttpContext http)
    {
        var limit = int.TryParse(http.Request.Query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 200;
        var entries = Ctx.Requests.Entries.Where(e => e.Api != EmulatorApi.Inspection).TakeLast(Math.Max(0, limit));
        return Task.FromResult(Results.Json(entries.ToJsonArray(e => Render(e))));
    }

    private static JsonObject Render(RequestLogEntry e)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in e.Headers) headers[name] = value;
        return new JsonObject
        {
            ["sequence"] = e.Sequence,
            ["time"] = Iso(e.Time),
            ["method"] = e.Method,
            ["path"] = e.Path,
            ["query"] = e.Query,
            ["api"] = e.Api.ToString(),
            ["endpoint"] = e.Endpoint,
            ["status"] = e.Status,
            ["fault"] = e.Fault,
            ["headers"] = headers,
            ["body"] = e.Body,
        };
    }
}
