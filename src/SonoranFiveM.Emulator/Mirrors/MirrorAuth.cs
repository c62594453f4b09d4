namespace SonoranFiveM.Emulator.Mirrors;

internal static class MirrorAuth
{
    /// <summary>Null when <c>Authorization: {scheme} {key}</c> is present and right; otherwise why not.</summary>
    public static string? Check(HttpContext http, string scheme, string key)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return "missing";
        var prefix = scheme + " ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return "scheme";
        return string.Equals(header[prefix.Length..].Trim(), key, StringComparison.Ordinal) ? null : "key";
    }
}
