namespace SonoranFiveM.Core.Commands
{
    /// <summary>Settings of one chat command. Defaults differ per command; see <see cref="CommandRouterOptions"/>.</summary>
    public sealed class CommandOptions
    {
        /// <summary>The command word without the slash, e.g. "911". Case-insensitive, no spaces.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>False: the command is not registered and has no chat suggestion.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>ACE node a player needs (<c>add_ace group.police sonoran.unit allow</c>); empty = everyone may use it.</summary>
        public string Ace { get; set; } = string.Empty;

        /// <summary>Per-player wait between two uses that passed validation; 0 = none.</summary>
        public double CooldownSeconds { get; set; }

        /// <summary>Longest argument text accepted, after colour codes and control characters are removed.</summary>
        public int MaxLength { get; set; } = 500;
    }
}
