namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Where one option's value came from, precisely enough to point a server owner at it.</summary>
    public sealed class OptionOrigin
    {
        public static readonly OptionOrigin Default = new OptionOrigin(OptionSource.Default, null, null, null);

        private OptionOrigin(OptionSource source, int? line, int? column, string? convarName)
        {
            Source = source;
            Line = line;
            Column = column;
            ConvarName = convarName;
        }

        public OptionSource Source { get; }

        /// <summary>1-based line in config.json (or in the convar's JSON text), when known.</summary>
        public int? Line { get; }

        /// <summary>1-based column in config.json (or in the convar's JSON text), when known.</summary>
        public int? Column { get; }

        /// <summary>The convar that set the value, for <see cref="OptionSource.Convar"/>.</summary>
        public string? ConvarName { get; }

        public static OptionOrigin File(int? line, int? column) => new OptionOrigin(OptionSource.ConfigFile, line, column, null);

        public static OptionOrigin Convar(string name) => new OptionOrigin(OptionSource.Convar, null, null, name);

        /// <summary>" (config.json line 4, column 20)", " (convar sonoran_x)" or "" for a default.</summary>
        public string Where()
        {
            switch (Source)
            {
                case OptionSource.ConfigFile:
                    return Line.HasValue ? $" (config.json line {Line}, column {Column})" : " (config.json)";
                case OptionSource.Convar:
                    return $" (convar {ConvarName})";
                default:
                    return "";
            }
        }

        /// <summary>"convar sonoran_apiKey", "config.json" or "default": for the start-up summary.</summary>
        public string Describe() =>
            Source == OptionSource.Convar ? "convar " + ConvarName
            : Source == OptionSource.ConfigFile ? "config.json"
            : "default";
    }
}
