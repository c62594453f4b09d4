using System.Collections.Generic;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>A chat command that creates a temporary record from a template (<c>records.commands[i]</c>).</summary>
    public sealed class RecordCommandOptions
    {
        /// <summary>The command players type, without the slash. Required.</summary>
        public string Name { get; set; } = "";

        /// <summary>The name of the template in <c>records.templates</c> to fill. Required.</summary>
        public string Template { get; set; } = "";

        /// <summary>Whether the command is registered. Default <c>true</c>.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>ACE permission a player needs; empty means everyone. Default empty.</summary>
        public string Ace { get; set; } = "";

        /// <summary>Seconds a player must wait between uses. Default 30.</summary>
        [Bounds(0, "use a whole number of seconds ≥ 0 (0 turns the cooldown off)")]
        public int CooldownSeconds { get; set; } = 30;

        /// <summary>Longest text accepted after the command, in characters. Default 200.</summary>
        [Bounds(1, 2000, "use a whole number of characters from 1 to 2000")]
        public int MaxLength { get; set; } = 200;

        /// <summary>Help text shown in chat suggestions and on wrong use. Default empty.</summary>
        public string Usage { get; set; } = "";

        /// <summary>
        /// Names of the words players type after the command, in order; each becomes a <c>{name}</c> placeholder.
        /// The last one takes the rest of the line. Default none.
        /// </summary>
        public List<string> Arguments { get; set; } = new List<string>();
    }
}
