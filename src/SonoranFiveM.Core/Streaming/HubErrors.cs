namespace SonoranFiveM.Core.Streaming
{
    /// <summary>The hub's documented error strings for <c>unitLocation</c>.</summary>
    public static class HubErrors
    {
        public const string TooManyUpdates = "Too many unit updates in one call. Max is 25.";
        public const string TooFrequent = "UNIT_LOCATION updates are limited to every 200ms.";

        /// <summary>True when the hub refused a call for one of its limits.</summary>
        public static bool IsLimit(string? reason) =>
            reason != null && (reason.IndexOf(TooManyUpdates, StringComparison.Ordinal) >= 0 || reason.IndexOf(TooFrequent, StringComparison.Ordinal) >= 0);
    }
}
