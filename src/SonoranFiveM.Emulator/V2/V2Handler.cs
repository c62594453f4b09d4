namespace SonoranFiveM.Emulator.V2;

/// <summary>Shared plumbing of the v2 endpoint classes.</summary>
internal abstract class V2Handler
{
    protected V2Handler(EmulatorContext ctx) => Ctx = ctx;

    protected EmulatorContext Ctx { get; }

    protected static EmulatedEndpoint Cad(string name) =>
        new(name, EmulatorApi.CadV2, name, EndpointLimits.CadPerMinute[name], EndpointLimits.CadWindow);

    protected IResult Bad(HttpContext http, string detail)
    {
        Ctx.State.Counters.Increment(EmulatorCounters.ValidationFailures);
        return Responses.Problem(http, 400, detail);
    }

    /// <summary>The body as a JSON object, or a 400 problem.</summary>
    protected async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpContext http)
    {
        var (node, error) = await JsonBody.ReadAsync(http);
        if (node is JsonObject body) return (body, null);
        return (null, Bad(http, error ?? "The request body must be a JSON object."));
    }
}
