using System;
using System.Collections.Generic;
using System.Globalization;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Locations;

namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>
    /// A call command (/911, /311, /tow … from <see cref="CommandRouterOptions.Calls"/>) &lt;description&gt;: a call to
    /// the CAD with the caller's location and the command's metadata, or "cancel" for the player's last call. A
    /// non-emergency call is refused while too many wait to be sent. All call commands share one cooldown per player on
    /// top of their own.
    /// </summary>
    internal sealed class CallCommand : ICommandHandler
    {
        // The space keeps it apart from every command name, which is one word.
        private const string SharedCooldownKey = "call commands";

        private readonly CallCommandSettings _call;
        private readonly CommandKind _kind;
        private readonly CommandRouterOptions _options;
        private readonly ICadActions _cad;
        private readonly LocationDescriber _locations;
        private readonly CancelCall _cancel;
        private readonly string? _emergencyName;
        private readonly Action<EmergencyCall, string>? _logAsRecord;
        private readonly ILog _log;

        /// <param name="emergencyName">An emergency command's name, offered when a non-emergency line is busy; null when there is none.</param>
        /// <param name="logAsRecord">Logs the queued call from <see cref="CallCommandSettings.RecordTemplate"/>, when one is set.</param>
        public CallCommand(string name, CallCommandSettings call, CommandRouterOptions options, ICadActions cad, LocationDescriber locations, CancelCall cancel,
            string? emergencyName, Action<EmergencyCall, string>? logAsRecord, ILog log)
        {
            _call = call;
            _kind = call.Emergency ? CommandKind.Emergency : CommandKind.NonEmergency;
            _options = options;
            _cad = cad;
            _locations = locations;
            _cancel = cancel;
            _emergencyName = emergencyName;
            _logAsRecord = logAsRecord;
            _log = log;
            Rules = CommandRules.For(name, call.Command, CommandAudience.Everyone, CommandText.Cleaned) with
            {
                Shared = new SharedCooldown(SharedCooldownKey, CommandRules.Seconds(options.CallCooldownSeconds), CommandReplies.CallCooldown),
            };
            var help = string.IsNullOrWhiteSpace(call.Help)
                ? "Call /" + name + (call.Emergency ? ": an emergency." : ": not an emergency.")
                : call.Help;
            Suggestion = new ChatSuggestion("/" + name, help, new[] { new ChatSuggestionParameter("description", "What is happening") });
        }

        public CommandRules Rules { get; }

        public ChatSuggestion Suggestion { get; }

        public CommandStep Plan(CommandContext context, string text)
        {
            var name = Rules.Name;
            if (text.Length == 0) return CommandStep.Refuse(CommandOutcome.Usage, CommandReplies.CallUsage(name, _call.Emergency));
            if (string.Equals(text, CancelCall.Word, StringComparison.OrdinalIgnoreCase)) return _cancel.Plan(name, context.PlayerId);
            if (!_call.Emergency)
            {
                var waiting = _cad.QueuedNonEmergencyCalls;
                if (waiting >= _options.MaxQueuedNonEmergencyCalls)
                    return CommandStep.Refuse(CommandOutcome.Busy, CommandReplies.NonEmergencyBusy(name, waiting, _emergencyName));
            }

            return CommandStep.AfterCooldown(() =>
            {
                var call = BuildCall(text, context);
                var subject = CommandReplies.Subject(_kind, false, name);
                return CommandStep.Deliver(subject, () => Send(context.PlayerId, call),
                    result => CommandReplies.Final(result, subject, CommandReplies.Accepted(_kind, false, string.Empty, name, result.CadId)));
            });
        }

        private Dispatch.IDeliveryTicket Send(int playerId, EmergencyCall call)
        {
            var ticket = _cancel.Remember(playerId, Rules.Name, _cad.Send911(call));
            if (_call.RecordTemplate.Length > 0 && _logAsRecord != null)
            {
                // The call is queued: a failed log must not make the player hear "could not be queued" and call again.
                try
                {
                    _logAsRecord(call, _call.RecordTemplate);
                }
                catch (Exception e)
                {
                    _log.Write(LogLevel.Error, "/" + Rules.Name + " from player " + playerId + ": the call was queued but not logged as a record (template "
                        + _call.RecordTemplate + "): " + e.GetType().Name + ": " + e.Message);
                }
            }

            return ticket;
        }

        private EmergencyCall BuildCall(string text, CommandContext context)
        {
            var metaData = CallMetaData.For(context, _locations.Describe(context.PlayerId, context.Position), out var location);
            CallMetaData.AddCallDetails(metaData, _call.Priority, _call.Code);
            var description = _call.DescriptionPrefix.Length > 0 ? _call.DescriptionPrefix + " " + text : text;
            var caller = PlayerNames.Clean(context.PlayerName, context.PlayerId, _options.MaxCallerNameLength);
            return new EmergencyCall(_call.Emergency, caller, location, description, DeleteAfter(_options), metaData);
        }

        internal static int? DeleteAfter(CommandRouterOptions options) => options.CallDeleteAfterMinutes > 0 ? options.CallDeleteAfterMinutes : null;
    }
}
