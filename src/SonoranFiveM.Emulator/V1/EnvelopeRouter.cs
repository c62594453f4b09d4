namespace SonoranFiveM.Emulator.V1;

/// <summary>
/// The v1 envelope API: every POST that no other route takes. Unknown routes answer 200
/// <c>Backend Service Reached</c> (as the real CAD does). Known routes check, in order: community id, "API not
/// enabled", key, <c>type</c> against the route, the endpoint's rate limit, then <c>data</c>.
/// </summary>
internal sealed class EnvelopeRouter(EmulatorContext ctx) : EndpointGroup(ctx)
{
    private static readonly string[] ForeignPrefixes = { "/v2/", "/api/v1/", "/data/", "/_emulator/" };

    private readonly IReadOnlyDictionary<string, V1Operation> _operations = new V1Handler[] { new EmergencyHandlers(ctx), new GeneralHandlers(ctx) }
        .SelectMany(handler => handler.Operations())
        .ToDictionary(op => op.Route, StringComparer.OrdinalIgnoreCase);

    /// <summary>Each known route gets its own endpoint metadata, so a request that a fault stops before the handler
    /// runs (drop, hang, 5xx, …) is still logged and counted under its operation, as v2 requests are.</summary>
    public override void Map(IEndpointRouteBuilder app)
    {
        foreach (var op in _operations.Values)
        {
            app.Map("POST", "/" + op.Route, new EmulatedEndpoint(op.Endpoint, EmulatorApi.CadV1), HandleAsync);
        }

        app.Map("POST", "/{**path}", new EmulatedEndpoint("v1", EmulatorApi.CadV1), HandleAsync);
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        var info = RequestInfo.Of(http);
        var path = http.Request.Path.Value ?? "/";
        if (ForeignPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            info.Api = EmulatorApi.Unknown;
            info.Endpoint = null;
            return Results.NotFound();
        }

        if (!_operations.TryGetValue(path.Trim('/'), out var op))
        {
            info.Endpoint = EndpointNames.V1Unknown;
            return Responses.Text(200, V1Errors.BackendServiceReached);
        }

        info.Endpoint = op.Endpoint;
        var (node, _) = await JsonBody.ReadAsync(http);
        if (node is not JsonObject envelope) return Fail(V1Errors.InvalidRequestType, auth: false);
        if (!envelope.TryString("id", out var id) || !string.Equals(id, Ctx.Options.CommunityId, StringComparison.Ordinal))
        {
            return Fail(V1Errors.InvalidCommunityId, auth: true);
        }

        if (Ctx.Faults.Current.NotEnabled)
        {
            info.Fault ??= "notenabled";
            return Responses.Text(400, V1Errors.ApiNotEnabled);
        }

        if (!envelope.TryString("key", out var key) || !string.Equals(key, Ctx.Options.ApiKey, StringComparison.Ordinal))
        {
            return Fail(V1Errors.InvalidApiKey, auth: true);
        }

        if (!envelope.TryString("type", out var type) || !string.Equals(type, op.Type, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(V1Errors.InvalidRequestType, auth: false);
        }

        var decision = Ctx.RateLimiter.Check(Ctx.Options.ApiKey, op.Endpoint, EndpointLimits.CadPerMinute[op.Endpoint], EndpointLimits.CadWindow);
        if (!decision.Allowed) return Responses.RateLimited(http, Ctx, EmulatorApi.CadV1, decision.RetryAfterSeconds);

        envelope.TryGetPropertyValue("data", out var data);
        return op.Handle(data);
    }

    private IResult Fail(string text, bool auth)
    {
        Ctx.State.Counters.Increment(auth ? EmulatorCounters.AuthFailures : EmulatorCounters.ValidationFailures);
        return Responses.Text(400, text);
    }
}
