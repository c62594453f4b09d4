namespace SonoranFiveM.ReliabilityTests.Secrets
{
    /// <summary>One sentinel value per secret option. Distinct, so a finding says which secret leaked.</summary>
    internal static class Sentinels
    {
        public const string CadKey = "SENTINEL-9f2c7d1e-CADKEY-71b3";
        public const string TinesKey = "SENTINEL-5e0a4c8b-TINES-2d96";
        public const string QuickBloxKey = "SENTINEL-c17f63a2-QBLOX-8e04";

        public static SentinelScanner Scanner() => new(CadKey, TinesKey, QuickBloxKey);

        /// <summary>config.json with the mirror keys in it (the CAD key comes from the sonoran_apiKey convar, as the README advises).</summary>
        public static string Config(string baseUrl, string communityId, string extra = "") =>
            "{ \"communityId\": \"" + communityId + "\", \"baseUrl\": \"" + baseUrl + "\", \"httpTransport\": \"httpclient\", "
            + "\"mirrors\": { \"tines\": { \"enabled\": false, \"apiKey\": \"" + TinesKey + "\" }, \"quickblox\": { \"enabled\": false, \"apiKey\": \"" + QuickBloxKey + "\" } }, "
            + "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"defaultMinutes\": 30, \"fields\": { \"plate\": \"{arg1}\", \"reason\": \"{arg2} (by {caller})\" } } }, "
            + "\"commands\": [ { \"name\": \"bolo\", \"template\": \"bolo\", \"arguments\": [ \"plate\", \"reason\" ] } ] }"
            + (extra.Length > 0 ? ", " + extra : "") + " }";
    }
}
