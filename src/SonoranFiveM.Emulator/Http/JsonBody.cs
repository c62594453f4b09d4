using System.IO;

namespace SonoranFiveM.Emulator.Http;

/// <summary>Reads a request body as JSON (the request log has already buffered it).</summary>
internal static class JsonBody
{
    /// <summary>The parsed body, or null with <paramref name="error"/> set when it is empty or not JSON.</summary>
    public static async Task<(JsonNode? Node, string? Error)> ReadAsync(HttpContext http)
    {
        http.Request.Body.Position = 0;
        using var reader = new StreamReader(http.Request.Body, leaveOpen: true);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        http.Request.Body.Position = 0;
        if (string.IsNullOrWhiteSpace(text)) return (null, "The request body is empty.");
        try
        {
            var node = JsonNode.Parse(text);
            return node is null ? (null, "The request body is JSON null.") : (node, null);
        }
        catch (JsonException e)
        {
            return (null, "The request body is not valid JSON: " + e.Message);
        }
    }
}
