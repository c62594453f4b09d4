using System;
using System.Collections.Generic;
using System.Globalization;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Locations;

namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>
    /// /911 and /311 &lt;description&gt;: a call to the CAD with the caller's location, or "cancel" for their last one.
    /// A 311 is refused while too many wait to be sent. Both share one cooldown per player on top of their own.
    /// </summary>
    internal sealed class CallCommand : ICommandHandler
    {
        // The space keeps it apart from every command name, which is one word.
        private const string SharedCooldownKey = "call commands";

        private readonly bool _emergency;
        private readonly CommandKind _kind;
        private readonly CommandRouterOptions _options;
        private readonly ICadActions _cad;
        private readonly LocationDescriber _locations;
        private readonly CancelCall _cancel;
        private readonly string? _emergencyName;

        /// <param name="emergencyName">The 911 command's name, offered when the 311 line is busy; null when it is disabled.</param>
        public CallCommand(string name, bool emergency, CommandRouterOptions options, ICadActions cad, LocationDescriber locations, CancelCall cancel, string? emergencyName)
        {
            _emergency = emergency;
            _kind = emergency ? CommandKind.Emergency : CommandKind.NonEmergency;
            _options = options;
            _cad = cad;
            _locations = locations;
            _cancel = cancel;
            _emergencyName = emergencyName;
            Rules = CommandRules.For(name, options.For(_kind), CommandAudience.Everyone, CommandText.Cleaned) with
            {
                Shared = new SharedCooldown(SharedCooldownKey, CommandRules.Seconds(options.CallCooldownSeconds), CommandReplies.CallCooldown),
            };
            Suggestion = new ChatSuggestion("/" + name, emergency ? "Call 911: police, fire or EMS, for an emergency." : "Call 311: a non-emergency report.",
                new[] { new ChatSuggestionParameter("description", "What is happening") });
        }

        public CommandRules Rules { get; }

        public ChatSuggestion Suggestion { get; }

        public CommandStep Plan(CommandContext context, string text)
        {
            var name = Rules.Name;
            if (text.Length == 0) return CommandStep.Refuse(CommandOutcome.Usage, CommandReplies.CallUsage(name, _emergency));
            if (string.Equals(text, CancelCall.Word, StringComparison.OrdinalIgnoreCase)) return _cancel.Plan(name, context.PlayerId);
            if (!_emergency)
            {
                var waiting = _cad.QueuedNonEmergencyCalls;
                if (waiting >= _options.MaxQueuedNonEmergencyCalls)
                    return CommandStep.Refuse(CommandOutcome.Busy, CommandReplies.NonEmergencyBusy(name, waiting, _emergencyName));
            }

            return CommandStep.AfterCooldown(() =>
            {
                var call = BuildCall(text, context);
                var subject = CommandReplies.Subject(_kind, false, name);
                return CommandStep.Deliver(subject, () => _cancel.Remember(context.PlayerId, _cad.Send911(call)),
                    result => CommandReplies.Final(result, subject, CommandReplies.Accepted(_kind, false, string.Empty, name, result.CadId)));
            });
        }

        private EmergencyCall BuildCall(string description, CommandContext context)
        {
            var where = _locations.Describe(context.PlayerId, context.Position);
            var metaData = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["callerPlayerId"] = context.PlayerId.ToString(CultureInfo.InvariantCulture),
            };
            if (!string.IsNullOrEmpty(context.CommunityUserId)) metaData["callerCommunityUserId"] = context.CommunityUserId!;
            if (where.Postal != null) metaData["postal"] = where.Postal;
            if (where.Position is WorldPosition p)
            {
                metaData["x"] = p.X.ToString("0.##", CultureInfo.InvariantCulture);
                metaData["y"] = p.Y.ToString("0.##", CultureInfo.InvariantCulture);
                metaData["z"] = p.Z.ToString("0.##", CultureInfo.InvariantCulture);
            }

            var caller = PlayerNames.Clean(context.PlayerName, context.PlayerId, _options.MaxCallerNameLength);
            var deleteAfter = _options.CallDeleteAfterMinutes > 0 ? _options.CallDeleteAfterMinutes : null;
            return new EmergencyCall(_emergency, caller, where.Text, description, deleteAfter, metaData);
        }
    }
}
