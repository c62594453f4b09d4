namespace SonoranFiveM.Core.Records.Commands
{
    /// <summary>One named argument of a record command, e.g. <c>plate</c> with a 16-character cap.</summary>
    public sealed class RecordCommandArgument
    {
        public const int DefaultMaxLength = 100;

        public RecordCommandArgument(string name, int maxLength = DefaultMaxLength)
        {
            Name = name ?? string.Empty;
            MaxLength = maxLength;
        }

        /// <summary>Shown in the usage text as <c>&lt;name&gt;</c>.</summary>
        public string Name { get; }

        /// <summary>Longest value accepted, in characters, after cleaning (default 100).</summary>
        public int MaxLength { get; }
    }
}
