namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>
    /// The values a template can draw on. A null value is "not known": a template that uses it fails to expand
    /// with an error naming the placeholder. An empty string is a real (empty) value.
    /// </summary>
    public sealed class PlaceholderValues
    {
        public string? Caller { get; init; }
        public string? Location { get; init; }
        public string? Postal { get; init; }
        public string? Description { get; init; }
        public string? PlayerName { get; init; }

        /// <summary>Command arguments, already parsed and cleaned; <c>{arg1}</c> is <c>Args[0]</c>.</summary>
        public IReadOnlyList<string> Args { get; init; } = Array.Empty<string>();

        /// <summary>The clock value for <c>{time}</c> (from the integration's <see cref="TimeProvider"/>).</summary>
        public DateTimeOffset? Time { get; init; }

        internal string? Lookup(Placeholder placeholder, TimeFormat timeFormat)
        {
            switch (placeholder.Kind)
            {
                case PlaceholderKind.Caller: return Caller;
                case PlaceholderKind.Location: return Location;
                case PlaceholderKind.Postal: return Postal;
                case PlaceholderKind.Description: return Description;
                case PlaceholderKind.PlayerName: return PlayerName;
                case PlaceholderKind.Args: return Args.Count == 0 ? null : string.Join(" ", Args.ToArray());
                case PlaceholderKind.Arg: return placeholder.ArgIndex <= Args.Count ? Args[placeholder.ArgIndex - 1] : null;
                case PlaceholderKind.Time: return Time.HasValue ? TimeText.Format(Time.Value, timeFormat) : null;
                default: return null;
            }
        }
    }
}
