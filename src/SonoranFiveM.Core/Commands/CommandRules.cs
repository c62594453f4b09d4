using System;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>Who may run a command, beyond its ACE node.</summary>
    internal enum CommandAudience
    {
        Everyone,

        /// <summary>Units signed in to the CAD (or granted by ACE/framework job), with a CAD identity.</summary>
        Units,

        /// <summary>Players with a CAD identity (a primary identifier), unit or not.</summary>
        Identified,
    }

    /// <summary>What the pipeline hands a handler of the text typed after the command word.</summary>
    internal enum CommandText
    {
        /// <summary>Nothing: whatever was typed is ignored unread.</summary>
        Ignored,

        /// <summary>The text cleaned of colour codes and control characters, refused over the command's length.</summary>
        Cleaned,

        /// <summary>The raw text, under the raw cap; the handler parses (and caps) it itself.</summary>
        Raw,
    }

    /// <summary>The checks the pipeline runs for a command before its handler sees it, and its cooldown.</summary>
    internal sealed record CommandRules(string Name, string Ace, CommandAudience Audience, CommandText Text, int MaxLength, TimeSpan Cooldown)
    {
        /// <summary>A cooldown the command shares with others (the call commands), on top of its own.</summary>
        public SharedCooldown? Shared { get; init; }

        public static CommandRules For(string name, CommandOptions command, CommandAudience audience, CommandText text) =>
            new CommandRules(name, command.Ace ?? string.Empty, audience, text, command.MaxLength, Seconds(command.CooldownSeconds));

        public static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(Math.Max(0, seconds));
    }

    /// <summary>A cooldown several commands start together; <paramref name="Reply"/> says so when it is what blocks.</summary>
    internal sealed record SharedCooldown(string Key, TimeSpan Cooldown, Func<TimeSpan, string> Reply);
}
