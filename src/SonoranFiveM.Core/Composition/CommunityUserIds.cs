namespace SonoranFiveM.Core.Composition
{
    /// <summary>
    /// The CAD's <c>communityUserId</c> for a player: the value of the configured primary identifier with its prefix
    /// stripped (e.g. <c>license:abc123</c> → <c>abc123</c>), as the official integration does.
    /// </summary>
    public static class CommunityUserIds
    {
        /// <param name="identifier">As FXServer gives it, e.g. "license:abc123"; null or empty when the player has none.</param>
        /// <param name="primaryIdentifier">The configured type, e.g. "license".</param>
        public static string? From(string? identifier, string primaryIdentifier)
        {
            if (string.IsNullOrWhiteSpace(identifier)) return null;
            var prefix = primaryIdentifier + ":";
            var value = identifier!.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase)
                ? identifier.Substring(prefix.Length)
                : identifier;
            value = value.Trim();
            return value.Length == 0 ? null : value;
        }
    }
}
