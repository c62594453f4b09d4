using System;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>
    /// /panic: toggles the unit's panic in the CAD; a change the CAD refuses is undone. Turning it on also sends the panic
    /// call, when configured. Anything typed after it is ignored.
    /// </summary>
    internal sealed class PanicCommand : ICommandHandler
    {
        private readonly ICadActions _cad;
        private readonly PanicStates _panic;
        private readonly PanicCall? _call;

        /// <param name="call">The emergency call sent when panic is turned on; null for none.</param>
        public PanicCommand(string name, CommandOptions options, ICadActions cad, PanicStates panic, PanicCall? call = null)
        {
            _cad = cad;
            _panic = panic;
            _call = call;
            Rules = CommandRules.For(name, options, CommandAudience.Units, CommandText.Ignored);
            Suggestion = new ChatSuggestion("/" + name, "Units: press or release your panic button in the CAD.", Array.Empty<ChatSuggestionParameter>());
        }

        public CommandRules Rules { get; }

        public ChatSuggestion Suggestion { get; }

        public CommandStep Plan(CommandContext context, string text) => CommandStep.AfterCooldown(() =>
        {
            var unit = context.CommunityUserId!;
            var on = _panic.Toggle(unit);
            var subject = CommandReplies.Subject(CommandKind.Panic, on, Rules.Name);
            var accepted = CommandReplies.Accepted(CommandKind.Panic, on, string.Empty, Rules.Name, null);
            return CommandStep.Deliver(subject, () =>
                {
                    var ticket = _cad.SetPanic(unit, on);
                    if (on) _call?.Send(context);
                    return ticket;
                }, result => CommandReplies.Final(result, subject, accepted),
                result => _panic.Settle(unit, on, result.State == DeliveryState.Accepted));
        });
    }
}
