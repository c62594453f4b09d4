namespace SonoranFiveM.Emulator.V2;

internal static class V2Route
{
    /// <summary>The <c>serverId</c> route value; <see cref="V2Gateway"/> has already checked it.</summary>
    public static int ServerId(HttpContext http) =>
        int.Parse((string)http.Request.RouteValues["serverId"]!, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
