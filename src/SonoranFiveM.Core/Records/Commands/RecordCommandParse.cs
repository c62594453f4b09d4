namespace SonoranFiveM.Core.Records.Commands
{
    /// <summary>Parsed arguments (in order, cleaned), or a player-facing error with the usage text.</summary>
    public sealed class RecordCommandParse
    {
        private RecordCommandParse(IReadOnlyList<string> arguments, string? error, string usage)
        {
            Arguments = arguments;
            Error = error;
            Usage = usage;
        }

        internal static RecordCommandParse Ok(IReadOnlyList<string> arguments, string usage) => new RecordCommandParse(arguments, null, usage);
        internal static RecordCommandParse Fail(string error, string usage) => new RecordCommandParse(Array.Empty<string>(), error, usage);

        public bool Succeeded => Error == null;

        /// <summary>One value per defined argument; feed to <c>PlaceholderValues.Args</c>.</summary>
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>What to tell the player; null on success.</summary>
        public string? Error { get; }

        public string Usage { get; }
    }
}
