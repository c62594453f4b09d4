namespace SonoranFiveM.Emulator.V2;

/// <summary>Shared plumbing of the v2 endpoint classes.</summary>
internal abstract class V2Handler(EmulatorContext ctx) : EndpointGroup(ctx)
{
    protected static EmulatedEndpoint Cad(string name) =>
        new(name, EmulatorApi.CadV2, name, EndpointLimits.CadPerMinute[name], EndpointLimits.CadWindow);

    protected IResult Bad(HttpContext http, string detail)
    {
        Ctx.State.Counters.Increment(EmulatorCounters.ValidationFailures);
        return Responses.Problem(http, 400, detail);
    }

    /// <summary>Runs <paramref name="handle"/> on the body as a JSON object; anything else is a 400 problem.</summary>
    protected async Task<IResult> WithObjectAsync(HttpContext http, Func<JsonObject, IResult> handle)
    {
        var (node, error) = await JsonBody.ReadAsync(http);
        if (node is JsonObject body) return handle(body);
        return Bad(http, error ?? "The request body must be a JSON object.");
    }

    /// <summary>Parses the body (a JSON object) with <paramref name="parse"/> and runs <paramref name="handle"/> on the input;
    /// a body or input error is a 400 problem.</summary>
    protected Task<IResult> WithInputAsync<T>(HttpContext http, Func<JsonObject, (T? Input, string? Error)> parse, Func<T, IResult> handle)
        where T : class =>
        WithObjectAsync(http, body =>
        {
            var (input, error) = parse(body);
            return input is null ? Bad(http, error!) : handle(input);
        });

    /// <summary>The integer route value <paramref name="name"/>, or the 400 problem that says it is not one.</summary>
    protected (int? Value, IResult? Error) RouteInt(HttpContext http, string name)
    {
        var raw = (string?)http.Request.RouteValues[name];
        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (null, Bad(http, $"{name} '{raw}' is not an integer."));
    }
}
