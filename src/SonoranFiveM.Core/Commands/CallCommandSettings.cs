namespace SonoranFiveM.Core.Commands
{
    /// <summary>One call command of <see cref="CommandRouterOptions.Calls"/>: its command settings and the call it sends.</summary>
    public sealed class CallCommandSettings
    {
        /// <summary>Name, enabled, ACE, cooldown and length cap, as for every command.</summary>
        public CommandOptions Command { get; set; } = new CommandOptions { CooldownSeconds = 60, MaxLength = 500 };

        /// <summary>The CAD's <c>isEmergency</c>. Non-emergency calls are refused while too many wait to be sent.</summary>
        public bool Emergency { get; set; }

        /// <summary>Put before the player's text, with a space; empty = none.</summary>
        public string DescriptionPrefix { get; set; } = string.Empty;

        /// <summary>metaData <c>priority</c> (1–3); null = not sent.</summary>
        public int? Priority { get; set; }

        /// <summary>metaData <c>code</c>; empty = not sent.</summary>
        public string Code { get; set; } = string.Empty;

        /// <summary>The record template also filled for each call; empty = none.</summary>
        public string RecordTemplate { get; set; } = string.Empty;

        /// <summary>The chat suggestion's help; empty = made from the name.</summary>
        public string Help { get; set; } = string.Empty;

        public static CallCommandSettings Default911() => new CallCommandSettings
        {
            Command = new CommandOptions { Name = "911", CooldownSeconds = 60, MaxLength = 500 },
            Emergency = true,
            Help = "Call 911: police, fire or EMS, for an emergency.",
        };

        public static CallCommandSettings Default311() => new CallCommandSettings
        {
            Command = new CommandOptions { Name = "311", CooldownSeconds = 60, MaxLength = 500 },
            Help = "Call 311: a non-emergency report.",
        };
    }

    /// <summary>The emergency call the panic command sends when it turns a unit's panic on.</summary>
    public sealed class PanicCallSettings
    {
        /// <summary>The description template (<see cref="PanicCallText"/>).</summary>
        public string Description { get; set; } = "Unit {playerName} has pressed their panic button!";

        public int? Priority { get; set; } = 1;

        public string Code { get; set; } = string.Empty;

        /// <summary>Per-unit wait before another panic sends another call.</summary>
        public double CooldownSeconds { get; set; } = 60;
    }
}
