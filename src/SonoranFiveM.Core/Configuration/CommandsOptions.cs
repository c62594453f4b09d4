using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Chat and console commands (<c>commands.*</c>).</summary>
    public sealed class CommandsOptions
    {
        /// <summary>
        /// The call commands: each sends a call to the CAD (emergency or not) with its own name, metadata, cooldown and
        /// ACE. Default: <c>911</c> (emergency) and <c>311</c> (non-emergency), both for everyone, 60 s cooldown,
        /// 500 characters. A list in config.json replaces the default list.
        /// </summary>
        public List<CallCommandOptions> Calls { get; set; } = new List<CallCommandOptions> { CallCommandOptions.Default911(), CallCommandOptions.Default311() };

        /// <summary>
        /// The old form of the 911 entry of <see cref="Calls"/>: when config.json or a convar sets it (and <see cref="Calls"/>
        /// is not set), it is read onto that entry with a warning. Default name <c>911</c>.
        /// </summary>
        [Legacy("commands.calls")]
        public ChatCommandOptions Emergency { get; set; } = new ChatCommandOptions("911", "", 60, 500);

        /// <summary>The old form of the 311 entry of <see cref="Calls"/>, read like <see cref="Emergency"/>. Default name <c>311</c>.</summary>
        [Legacy("commands.calls")]
        public ChatCommandOptions NonEmergency { get; set; } = new ChatCommandOptions("311", "", 60, 500);

        /// <summary>The panic button. Default name <c>panic</c>, ACE <c>sonoran.unit</c>, 3 s cooldown.</summary>
        public ChatCommandOptions Panic { get; set; } = new ChatCommandOptions("panic", "sonoran.unit", 3, 500);

        /// <summary>The unit status command. Default name <c>status</c>, ACE <c>sonoran.unit</c>, 3 s cooldown.</summary>
        public ChatCommandOptions Status { get; set; } = new ChatCommandOptions("status", "sonoran.unit", 3, 500);

        /// <summary>
        /// Account linking (<c>/link</c>): shows the player a code and the CAD's link page, and tells them when the link is
        /// verified. Default name <c>link</c>, everyone, 30 s cooldown; anything typed after it is ignored. Needs API v2.
        /// </summary>
        public ChatCommandOptions Link { get; set; } = new ChatCommandOptions("link", "", 30, 500);

        /// <summary>
        /// Status names players may type after the status command, mapped to the CAD's status codes.
        /// Default <c>AVAILABLE 2, BUSY 1, UNAVAILABLE 0, ENROUTE 3, ON_SCENE 4</c>. Names are matched case-insensitively.
        /// </summary>
        public Dictionary<string, int> UnitStatuses { get; set; } = DefaultUnitStatuses();

        /// <summary>
        /// Refused commands (usage, too long, cooldown, no permission, line busy…) a player may have within
        /// <see cref="InvalidCommandWindowSeconds"/>; after that their commands are ignored until the window ends, with
        /// one notice. Default 5; 0 turns the limit off.
        /// </summary>
        [Bounds(0, 1000, "use a whole number from 0 to 1000 (0 turns the limit off)")]
        public int InvalidCommandLimit { get; set; } = 5;

        /// <summary>The window of <see cref="InvalidCommandLimit"/>, in seconds. Default 10.</summary>
        [Bounds(1, 3600, "use a whole number of seconds from 1 to 3600")]
        public int InvalidCommandWindowSeconds { get; set; } = 10;

        /// <summary>
        /// ACE permission a player needs to run the <c>sonoran</c> admin command in game (the server console always may).
        /// Default <c>sonoran.admin</c>.
        /// </summary>
        public string AdminAce { get; set; } = Commands.AdminCommand.DefaultAce;

        internal static Dictionary<string, int> DefaultUnitStatuses() =>
            new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
            {
                ["AVAILABLE"] = 2,
                ["BUSY"] = 1,
                ["UNAVAILABLE"] = 0,
                ["ENROUTE"] = 3,
                ["ON_SCENE"] = 4,
            };
    }
}
