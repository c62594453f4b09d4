namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>/status &lt;name or code&gt;: sets the unit's status in the CAD; an unknown status shows the choices.</summary>
    internal sealed class StatusCommand : ICommandHandler
    {
        private readonly ICadActions _cad;
        private readonly UnitStatuses _statuses;

        public StatusCommand(string name, CommandOptions options, ICadActions cad, UnitStatuses statuses)
        {
            _cad = cad;
            _statuses = statuses;
            Rules = CommandRules.For(name, options, CommandAudience.Units, CommandText.Cleaned);
            Suggestion = new ChatSuggestion("/" + name, "Units: set your CAD status.",
                new[] { new ChatSuggestionParameter("status", statuses.NameList + " (or its number)") });
        }

        public CommandRules Rules { get; }

        public ChatSuggestion Suggestion { get; }

        public CommandStep Plan(CommandContext context, string text)
        {
            var name = Rules.Name;
            if (!_statuses.TryResolve(text, out var code, out var statusName))
                return CommandStep.Refuse(CommandOutcome.Usage, CommandReplies.StatusUsage(name, _statuses.NameList));

            return CommandStep.AfterCooldown(() =>
            {
                var unit = context.CommunityUserId!;
                var subject = CommandReplies.Subject(CommandKind.Status, false, name);
                var accepted = CommandReplies.Accepted(CommandKind.Status, false, statusName, name, null);
                return CommandStep.Deliver(subject, () => _cad.SetStatus(unit, code), result => CommandReplies.Final(result, subject, accepted));
            });
        }
    }
}
