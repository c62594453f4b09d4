namespace SonoranFiveM.Core.Configuration
{
    /// <summary>One built-in chat command (<c>commands.panic</c>, <c>commands.status</c>, and the old <c>commands.emergency</c> / <c>nonEmergency</c>).</summary>
    public sealed class ChatCommandOptions
    {
        public ChatCommandOptions()
            : this("", "", 60, 500)
        {
        }

        public ChatCommandOptions(string name, string ace, int cooldownSeconds, int maxLength)
        {
            Name = name;
            Ace = ace;
            CooldownSeconds = cooldownSeconds;
            MaxLength = maxLength;
        }

        /// <summary>The command players type, without the slash. Defaults: <c>911</c>, <c>311</c>, <c>panic</c>, <c>status</c>.</summary>
        public string Name { get; set; }

        /// <summary>Whether the command is registered. Default <c>true</c>.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>
        /// ACE permission a player needs; empty means everyone. Defaults: empty for 911/311, <c>sonoran.unit</c> for
        /// panic and status.
        /// </summary>
        public string Ace { get; set; }

        /// <summary>Seconds a player must wait between uses. Defaults: 60 for 911/311, 3 for panic and status.</summary>
        [Bounds(0, "use a whole number of seconds ≥ 0 (0 turns the cooldown off)")]
        public int CooldownSeconds { get; set; }

        /// <summary>Longest text accepted after the command, in characters. Default 500.</summary>
        [Bounds(1, 2000, "use a whole number of characters from 1 to 2000")]
        public int MaxLength { get; set; }
    }
}
