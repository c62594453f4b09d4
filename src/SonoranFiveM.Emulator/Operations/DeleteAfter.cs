namespace SonoranFiveM.Emulator.Operations;

internal static class DeleteAfter
{
    /// <summary>Optional <c>deleteAfterMinutes</c>: a non-negative integer (0 or absent: never).</summary>
    public static (int? Minutes, string? Error) Parse(JsonObject body)
    {
        if (!body.TryGetPropertyValue("deleteAfterMinutes", out var node) || node is null) return (null, null);
        if (!node.TryInt(out var minutes) || minutes < 0) return (null, "deleteAfterMinutes must be a non-negative integer.");
        return (minutes, null);
    }
}
