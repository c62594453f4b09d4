namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// FXServer's protected convars: where Sonoran's official resource also runs, it protects <c>sonoran_apiKey</c>, and
    /// every other resource reads the placeholder <c>protection_initialized</c> until server.cfg grants it
    /// <c>add_convar_permission &lt;resource&gt; read sonoran_apiKey</c>.
    /// </summary>
    public static class ProtectedConvar
    {
        public const string Placeholder = "protection_initialized";

        public static readonly string ApiKeyConvar = ConvarNames.For("apiKey");

        public static bool IsPlaceholder(string? value) => string.Equals(value?.Trim(), Placeholder, System.StringComparison.Ordinal);

        /// <summary>The server.cfg line that lets <paramref name="resourceName"/> read the key.</summary>
        public static string PermissionLine(string resourceName) => "add_convar_permission " + resourceName + " read " + ApiKeyConvar;

        /// <summary>What the owner is told at start and in the status command while the key reads as the placeholder.</summary>
        public static string ApiKeyMessage(string resourceName) =>
            ApiKeyConvar + " reads \"" + Placeholder + "\": another resource (Sonoran's official integration) protects it. Add the line `"
            + PermissionLine(resourceName) + "` to server.cfg after `set " + ApiKeyConvar + "`, then restart " + resourceName + ".";
    }
}
