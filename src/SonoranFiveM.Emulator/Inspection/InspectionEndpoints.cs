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
            ["now"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["startedAt"] = Ctx.StartedAt.ToString("O", CultureInfo.InvariantCulture),
            ["communityId"] = options.CommunityId,
            ["serverIds"] = new JsonArray(state.ServerIds.Select(s => (JsonNode)s).ToArray()),
            ["plan"] = new JsonObject { ["version"] = options.PlanVersion, ["name"] = Plans.Name(options.PlanVersion) },
            ["rateLimits"] = new JsonObject
            {
                ["enabled"] = Ctx.RateLimits.Enabled,
                ["sendRetryAfter"] = Ctx.RateLimits.SendRetryAfter,
            },
            ["faults"] = Ctx.Faults.Current.ToString(),
            ["units"] = new JsonArray(state.Units.Select(u =>
            {
                var view = Views.Unit(u);
                view["serverId"] = u.ServerId;
                view["lastLocationUpdate"] = u.LastLocationUpdate?.ToString("O", CultureInfo.InvariantCulture);
                view["locationUpdateCount"] = u.LocationUpdateCount;
                return (JsonNode)view;
            }).ToArray()),
            ["calls"] = new JsonArray(state.Calls.Select(c =>
            {
                var view = Views.Call(c);
                view["serverId"] = c.ServerId;
                view["expiresAt"] = c.ExpiresAt?.ToString("O", CultureInfo.InvariantCulture);
                view["via"] = c.Via.ToString();
                return (JsonNode)view;
            }).ToArray()),
            ["records"] = new JsonArray(state.Records.Select(r =>
            {
                var view = Views.Record(r);
                view["owner"] = r.Owner;
                view["expiresAt"] = r.ExpiresAt?.ToString("O", CultureInfo.InvariantCulture);
                view["via"] = r.Via.ToString();
                return (JsonNode)view;
            }).ToArray()),
            ["heartbeats"] = new JsonArray(state.Heartbeats.Values.Select(h => (JsonNode)new JsonObject
            {
                ["serverId"] = h.ServerId,
                ["playerCount"] = h.PlayerCount,
                ["receivedAt"] = h.ReceivedAt.ToString("O", CultureInfo.InvariantCulture),
                ["count"] = h.Count,
            }).ToArray()),
            ["tinesRecords"] = new JsonArray(state.TinesRecords.Select(t => (JsonNode)new JsonObject
            {
                ["id"] = t.Id,
                ["recordTypeId"] = t.RecordTypeId,
                ["fields"] = t.FieldValues.Count,
                ["createdAt"] = t.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            }).ToArray()),
            ["quickBloxRecords"] = new JsonArray(state.QuickBloxRecords.Select(q => (JsonNode)new JsonObject
            {
                ["id"] = q.Id,
                ["className"] = q.ClassName,
                ["createdAt"] = q.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            }).ToArray()),
            ["counters"] = Counters(),
            ["requestsLogged"] = Ctx.Requests.Count,
            ["inFlight"] = Ctx.Requests.InFlight,
        };
        return Task.FromResult(Results.Json(body));
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
        return Task.FromResult(Results.Json(new JsonArray(entries.Select(e => (JsonNode)Render(e)).ToArray())));
    }

    private static JsonObject Render(RequestLogEntry e)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in e.Headers) headers[name] = value;
        return new JsonObject
        {
            ["sequence"] = e.Sequence,
            ["time"] = e.Time.ToString("O", CultureInfo.InvariantCulture),
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
