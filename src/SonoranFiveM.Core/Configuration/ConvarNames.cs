namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Maps option key paths to convar names: <c>location.intervalSeconds</c> → <c>sonoran_location_intervalSeconds</c>.</summary>
    public static class ConvarNames
    {
        public const string Prefix = "sonoran_";

        public static string For(string keyPath) => Prefix + keyPath.Replace('.', '_');
    }
}
