namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>One chat command: its rules for the pipeline, its chat suggestion, and what it does.</summary>
    internal interface ICommandHandler
    {
        CommandRules Rules { get; }

        ChatSuggestion Suggestion { get; }

        /// <summary>
        /// Called once the pipeline's checks passed, with the text as <see cref="CommandRules.Text"/> says. What must cost
        /// no cooldown (usage, a busy line, "/911 cancel") is decided here; the work itself comes after
        /// <see cref="CommandStep.AfterCooldown"/>.
        /// </summary>
        CommandStep Plan(CommandContext context, string text);
    }
}
