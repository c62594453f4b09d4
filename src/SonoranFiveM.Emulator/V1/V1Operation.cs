namespace SonoranFiveM.Emulator.V1;

/// <summary>One v1 operation: route <c>/{category}/{type lower-cased}</c>, its <c>type</c>, its endpoint name
/// (shared with the v2 form, and so is its rate limit) and the handler of its validated <c>data</c>.</summary>
internal sealed record V1Operation(string Category, string Type, string Endpoint, Func<JsonNode?, IResult> Handle)
{
    public string Route => Category + "/" + Type.ToLowerInvariant();
}
