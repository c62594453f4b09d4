namespace SonoranFiveM.Emulator.Http;

/// <summary>Per-request notes the handlers leave for the request log.</summary>
internal sealed class RequestInfo
{
    private static readonly object Key = new();

    public string? Endpoint { get; set; }

    public EmulatorApi Api { get; set; }

    public string? Fault { get; set; }

    public bool Aborted { get; set; }

    public static RequestInfo Of(HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var existing) && existing is RequestInfo info) return info;
        info = new RequestInfo();
        http.Items[Key] = info;
        return info;
    }
}
