using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// The chat commands and their shared settings. Defaults:
    /// <list type="table">
    /// <item><c>/911</c> (emergency) and <c>/311</c> (non-emergency): open to everyone, 60 s cooldown, 500 characters.</item>
    /// <item><c>/panic</c>: ACE <c>sonoran.unit</c>, 3 s cooldown (toggles, so a double press does not flap the CAD).</item>
    /// <item><c>/status</c>: ACE <c>sonoran.unit</c>, 3 s cooldown, 32 characters.</item>
    /// </list>
    /// </summary>
    public sealed class CommandRouterOptions
    {
        public const string UnitAce = "sonoran.unit";

        /// <summary>The call commands, in order. Default <c>911</c> (emergency) and <c>311</c> (non-emergency).</summary>
        public IList<CallCommandSettings> Calls { get; set; } = new List<CallCommandSettings> { CallCommandSettings.Default911(), CallCommandSettings.Default311() };

        /// <summary>The call sent when the panic command turns a unit's panic on; null = none (the default).</summary>
        public PanicCallSettings? PanicCall { get; set; }

        public CommandOptions Panic { get; set; } = new CommandOptions { Name = "panic", Ace = UnitAce, CooldownSeconds = 3, MaxLength = 0 };

        public CommandOptions Status { get; set; } = new CommandOptions { Name = "status", Ace = UnitAce, CooldownSeconds = 3, MaxLength = 32 };

        /// <summary><c>/link</c>: open to everyone, 30 s cooldown; anything typed after it is ignored. Registered only with account linking.</summary>
        public CommandOptions Link { get; set; } = new CommandOptions { Name = "link", CooldownSeconds = 30, MaxLength = 0 };

        /// <summary>How long a command waits for the CAD's answer before telling the player the work is queued. Default 5 s.</summary>
        public double ReplyWaitSeconds { get; set; } = 5;

        /// <summary>Sonoran's <c>deleteAfterMinutes</c> for 911/311 calls made by command; null or 0 = keep. Default 30 (as the official resource).</summary>
        public int? CallDeleteAfterMinutes { get; set; } = 30;

        /// <summary>
        /// Per-player wait after any call command before the next call of any kind, on top of each
        /// command's own cooldown. Default 60 s; 0 = none.
        /// </summary>
        public double CallCooldownSeconds { get; set; } = 60;

        /// <summary>Most non-emergency calls waiting to be sent; a player's 311 is refused (with a reply saying so) while this many wait. Default 50.</summary>
        public int MaxQueuedNonEmergencyCalls { get; set; } = 50;

        /// <summary>Refused commands a player may have per <see cref="InvalidCommandWindowSeconds"/> before their commands are ignored for the rest of it. Default 5; 0 = no limit.</summary>
        public int InvalidCommandLimit { get; set; } = 5;

        /// <summary>The window of <see cref="InvalidCommandLimit"/>. Default 10 s.</summary>
        public double InvalidCommandWindowSeconds { get; set; } = 10;

        /// <summary>Longest caller name sent to the CAD, after cleaning. Default 64.</summary>
        public int MaxCallerNameLength { get; set; } = 64;

        /// <summary>
        /// Status names a unit may type, mapped to Sonoran status codes. Matching ignores case, spaces, '-' and '_'
        /// ("on scene" = "ON_SCENE"). A number is accepted when it is one of these codes. Default: Sonoran's
        /// UNAVAILABLE 0, BUSY 1, AVAILABLE 2, ENROUTE 3, ON_SCENE 4.
        /// </summary>
        public IDictionary<string, int> StatusCodes { get; set; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["UNAVAILABLE"] = 0,
            ["BUSY"] = 1,
            ["AVAILABLE"] = 2,
            ["ENROUTE"] = 3,
            ["ON_SCENE"] = 4,
        };

        /// <summary>The panic or status command's settings; the call commands are in <see cref="Calls"/>.</summary>
        public CommandOptions For(CommandKind kind) => kind switch
        {
            CommandKind.Panic => Panic,
            CommandKind.Status => Status,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "the call commands are in Calls"),
        };
    }
}
