namespace SonoranFiveM.Core.Records.Templates
{
    internal enum PlaceholderKind
    {
        Unknown,
        Caller,
        Location,
        Postal,
        Description,
        PlayerName,
        Args,
        Arg,
        Time,
    }

    /// <summary>A placeholder name as written in a template, resolved to what it stands for.</summary>
    internal readonly struct Placeholder
    {
        private Placeholder(string name, PlaceholderKind kind, int argIndex)
        {
            Name = name;
            Kind = kind;
            ArgIndex = argIndex;
        }

        /// <summary>The names a template may use, for error messages and docs/records.md.</summary>
        public const string KnownList = "{caller}, {location}, {postal}, {description}, {playerName}, {args}, {arg1}…{argN}, {time}";

        public string Name { get; }
        public PlaceholderKind Kind { get; }

        /// <summary>1-based argument number for <c>{argN}</c>; 0 otherwise.</summary>
        public int ArgIndex { get; }

        public bool IsKnown => Kind != PlaceholderKind.Unknown;

        /// <summary>Names are matched case-insensitively: <c>{playername}</c> works as <c>{playerName}</c>.</summary>
        public static Placeholder Resolve(string name)
        {
            switch (name.ToLowerInvariant())
            {
                case "caller": return new Placeholder(name, PlaceholderKind.Caller, 0);
                case "location": return new Placeholder(name, PlaceholderKind.Location, 0);
                case "postal": return new Placeholder(name, PlaceholderKind.Postal, 0);
                case "description": return new Placeholder(name, PlaceholderKind.Description, 0);
                case "playername": return new Placeholder(name, PlaceholderKind.PlayerName, 0);
                case "args": return new Placeholder(name, PlaceholderKind.Args, 0);
                case "time": return new Placeholder(name, PlaceholderKind.Time, 0);
            }

            if (name.Length > 3
                && name.StartsWith("arg", StringComparison.OrdinalIgnoreCase)
                && name[3] != '0'
                && AllDigits(name, 3)
                && int.TryParse(name.Substring(3), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return new Placeholder(name, PlaceholderKind.Arg, index);
            }

            return new Placeholder(name, PlaceholderKind.Unknown, 0);
        }

        private static bool AllDigits(string text, int start)
        {
            for (var i = start; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
            }
            return true;
        }
    }
}
