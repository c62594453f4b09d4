namespace SonoranFiveM.Emulator.Http;

internal static class JsonArrays
{
    /// <summary>A JSON array with one node per item, in order.</summary>
    public static JsonArray ToJsonArray<T>(this IEnumerable<T> items, Func<T, JsonNode?> render) =>
        new(items.Select(render).ToArray());
}
