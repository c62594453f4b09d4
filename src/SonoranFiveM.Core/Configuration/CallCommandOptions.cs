namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// One call command (<c>commands.calls[i]</c>): a chat command that sends a 911-style call to the CAD, emergency or
    /// not, with the call metadata the CAD's create-911-call body supports.
    /// </summary>
    public sealed class CallCommandOptions
    {
        /// <summary>The command players type, without the slash. Required; at most 32 letters, digits, '-' or '_'.</summary>
        public string Name { get; set; } = "";

        /// <summary>Whether the command is registered. Default <c>true</c>.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>
        /// Sends the call as an emergency (the CAD's <c>isEmergency</c>; emergency calls go first and are never refused
        /// as "line busy"). Default <c>false</c>.
        /// </summary>
        public bool Emergency { get; set; }

        /// <summary>ACE permission a player needs; empty means everyone. Default empty.</summary>
        public string Ace { get; set; } = "";

        /// <summary>Seconds a player must wait between uses, on top of <c>calls.sharedCooldownSeconds</c>. Default 60.</summary>
        [Bounds(0, "use a whole number of seconds ≥ 0 (0 turns the cooldown off)")]
        public int CooldownSeconds { get; set; } = 60;

        /// <summary>Longest text accepted after the command, in characters. Default 500.</summary>
        [Bounds(1, 2000, "use a whole number of characters from 1 to 2000")]
        public int MaxLength { get; set; } = 500;

        /// <summary>Text put before the player's description, e.g. <c>"(TOW)"</c> (a space is added). Default empty.</summary>
        public string DescriptionPrefix { get; set; } = "";

        /// <summary>The call's priority in the CAD (metaData <c>priority</c>): 1, 2 or 3. Default <c>null</c>: not sent.</summary>
        [Bounds(1, 3, "use 1, 2 or 3 (the CAD's call priorities), or null to leave it to dispatch")]
        public int? Priority { get; set; }

        /// <summary>The call code the CAD fills in (metaData <c>code</c>), e.g. <c>"10-50"</c>. Default empty: not sent.</summary>
        public string Code { get; set; } = "";

        /// <summary>
        /// A template in <c>records.templates</c> also filled for every call this command queues (a log entry).
        /// Default <c>null</c>: use <c>records.log911Template</c>; <c>""</c> turns it off for this command.
        /// </summary>
        public string? RecordTemplate { get; set; }

        /// <summary>The help text of the command's chat suggestion. Default empty: a text made from the name.</summary>
        public string Help { get; set; } = "";

        /// <summary>The built-in 911 entry: emergency, everyone, 60 s cooldown, 500 characters.</summary>
        public static CallCommandOptions Default911() => new CallCommandOptions
        {
            Name = "911",
            Emergency = true,
            Help = "Call 911: police, fire or EMS, for an emergency.",
        };

        /// <summary>The built-in 311 entry: non-emergency, everyone, 60 s cooldown, 500 characters.</summary>
        public static CallCommandOptions Default311() => new CallCommandOptions
        {
            Name = "311",
            Emergency = false,
            Help = "Call 311: a non-emergency report.",
        };
    }
}
