namespace SonoranFiveM.Emulator.V2;

/// <summary>
/// What stands in front of every v2 route: Bearer auth (401), "API not enabled" (403), the per-key endpoint
/// limit (429 gateway JSON) and the configured server id (404), in that order.
/// </summary>
internal sealed class V2Gateway : IEndpointFilter
{
    private readonly EmulatorContext _ctx;

    public V2Gateway(EmulatorContext ctx) => _ctx = ctx;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var endpoint = http.GetEndpoint()?.Metadata.GetMetadata<EmulatedEndpoint>()
            ?? throw new InvalidOperationException("v2 route without endpoint metadata");

        var authFailure = CheckBearer(http, _ctx.Options.ApiKey);
        if (authFailure is not null)
        {
            _ctx.State.Counters.Increment(EmulatorCounters.AuthFailures);
            return Responses.Problem(http, 401, authFailure);
        }

        if (_ctx.Faults.Current.NotEnabled)
        {
            RequestInfo.Of(http).Fault ??= "notenabled";
            return Responses.Problem(http, 403, "API is not enabled for this community.");
        }

        var decision = _ctx.RateLimiter.Check(_ctx.Options.ApiKey, endpoint.RateBucket ?? endpoint.Name, endpoint.Limit, endpoint.Window);
        if (!decision.Allowed)
        {
            return Responses.RateLimited(http, _ctx, EmulatorApi.CadV2, decision.RetryAfterSeconds);
        }

        if (http.Request.RouteValues.TryGetValue("serverId", out var raw))
        {
            var text = Convert.ToString(raw, CultureInfo.InvariantCulture);
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var serverId))
            {
                return Responses.Problem(http, 400, $"serverId '{text}' is not an integer.");
            }

            if (!_ctx.State.ServerIds.Contains(serverId))
            {
                return Responses.Problem(http, 404, $"Server {serverId} is not configured for this community.");
            }
        }

        return await next(context);
    }

    /// <summary>Null when the header carries the right Bearer key; otherwise the problem detail.</summary>
    internal static string? CheckBearer(HttpContext http, string apiKey)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return "Missing Authorization header.";
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return "Authorization header must use the Bearer scheme.";
        var token = header["Bearer ".Length..].Trim();
        return string.Equals(token, apiKey, StringComparison.Ordinal) ? null : "Invalid API key.";
    }
}
