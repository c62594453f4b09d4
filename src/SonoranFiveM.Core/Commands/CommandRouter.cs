using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Locations;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// Parses and polices the chat commands, hands accepted work to <see cref="ICadActions"/>, and tells the player the
    /// truth: "received" only once the CAD accepted it, "queued" (and why) when the answer takes longer than the reply
    /// wait, then a follow-up once the work completes. The adapter registers <see cref="Commands"/>, sends
    /// <see cref="Suggestions"/>, and forwards each invocation to <see cref="HandleAsync"/>.
    /// </summary>
    public sealed class CommandRouter
    {
        private readonly CommandsOptions _options;
        private readonly ICadActions _cad;
        private readonly ICommandMessenger _messenger;
        private readonly LocationDescriber _locations;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly UnitStatuses _statuses;
        private readonly Dictionary<string, RegisteredCommand> _byName = new Dictionary<string, RegisteredCommand>(StringComparer.OrdinalIgnoreCase);

        // Each player's most recent call (its ticket id), for "/911 cancel".
        private readonly object _callsGate = new object();
        private readonly Dictionary<int, string> _lastCall = new Dictionary<int, string>();

        /// <exception cref="ArgumentException">A command name is empty, contains whitespace or is used twice; or a status list is invalid.</exception>
        public CommandRouter(CommandsOptions options, ICadActions cad, ICommandMessenger messenger, LocationDescriber locations, TimeProvider time, ILog log)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _cad = cad ?? throw new ArgumentNullException(nameof(cad));
            _messenger = messenger ?? throw new ArgumentNullException(nameof(messenger));
            _locations = locations ?? throw new ArgumentNullException(nameof(locations));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _statuses = new UnitStatuses(options.StatusCodes);
            Cooldowns = new Cooldowns(time);
            Panic = new PanicStates(time);
            Refusals = new InvalidCommandLimiter(options.InvalidCommandLimit, TimeSpan.FromSeconds(Math.Max(0, options.InvalidCommandWindowSeconds)), time);

            var commands = new List<RegisteredCommand>();
            foreach (CommandKind kind in Enum.GetValues(typeof(CommandKind)))
            {
                var command = options.For(kind);
                if (!command.Enabled) continue;
                var name = (command.Name ?? string.Empty).Trim().TrimStart('/');
                if (name.Length == 0 || name.Any(char.IsWhiteSpace))
                    throw new ArgumentException("The " + kind + " command's name '" + command.Name + "' must be one word, e.g. \"" + DefaultName(kind) + "\".", nameof(options));
                if (_byName.ContainsKey(name))
                    throw new ArgumentException("The command name '" + name + "' is used by two commands; give each its own name or disable one.", nameof(options));
                var registered = new RegisteredCommand(name, kind);
                _byName[name] = registered;
                commands.Add(registered);
            }
            Commands = commands;
            Suggestions = commands.Select(Suggest).ToList();
        }

        /// <summary>The enabled commands, to register with RegisterCommand (restricted = false: the router checks ACE itself).</summary>
        public IReadOnlyList<RegisteredCommand> Commands { get; }

        /// <summary>Chat suggestions for every enabled command.</summary>
        public IReadOnlyList<ChatSuggestion> Suggestions { get; }

        /// <summary>The per-unit panic state /panic toggles; the composition root may update it from CAD events.</summary>
        public PanicStates Panic { get; }

        /// <summary>The per-player limit on refused commands; the record commands share it.</summary>
        public InvalidCommandLimiter Refusals { get; }

        private Cooldowns Cooldowns { get; }

        private const string CallCooldownKey = "calls";

        /// <summary>The text after the command word in RegisterCommand's raw string ("911 shots fired" → "shots fired").</summary>
        public static string ArgumentsFromRaw(string? rawCommand)
        {
            if (string.IsNullOrEmpty(rawCommand)) return string.Empty;
            var text = rawCommand!.TrimStart();
            var end = 0;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            return text.Substring(end).Trim();
        }

        /// <summary>
        /// Runs one command. Call it on the main thread: <see cref="CommandContext.IsAceAllowed"/> is called before the first
        /// await. The task completes after the first reply (at most the reply wait after the work was queued); a follow-up
        /// reply, if any, comes later through the messenger.
        /// </summary>
        public async Task<CommandOutcome> HandleAsync(string commandName, string arguments, CommandContext context)
        {
            if (context is null) throw new ArgumentNullException(nameof(context));
            if (!_byName.TryGetValue((commandName ?? string.Empty).TrimStart('/'), out var command)) return CommandOutcome.UnknownCommand;
            var options = _options.For(command.Kind);
            var name = command.Name;

            if (context.PlayerId <= 0) return Say(context, CommandOutcome.NotAPlayer, CommandReplies.NotAPlayer(name));
            if (!Refusals.Admit(context.PlayerId, out var notice, out var ignoredFor))
                return notice ? Say(context, CommandOutcome.Ignored, CommandReplies.Ignored(ignoredFor)) : CommandOutcome.Ignored;

            if (!string.IsNullOrEmpty(options.Ace) && !context.IsAceAllowed(options.Ace))
                return Refuse(context, CommandOutcome.NoPermission, CommandReplies.NoPermission(name));

            var isUnitCommand = command.Kind == CommandKind.Panic || command.Kind == CommandKind.Status;
            if (isUnitCommand && (!context.IsUnit || string.IsNullOrEmpty(context.CommunityUserId)))
                return Refuse(context, CommandOutcome.NotAUnit, CommandReplies.NotAUnit(name));

            // /panic takes no arguments: anything typed after it is ignored. Raw text over the cap is refused unread.
            arguments ??= string.Empty;
            if (command.Kind != CommandKind.Panic && arguments.Length > ChatText.MaxRawLength)
                return Refuse(context, CommandOutcome.TooLong, CommandReplies.TooLong(arguments.Length, options.MaxLength));
            var text = command.Kind == CommandKind.Panic ? string.Empty : ChatText.Clean(arguments);
            if (text.Length > options.MaxLength)
                return Refuse(context, CommandOutcome.TooLong, CommandReplies.TooLong(text.Length, options.MaxLength));

            Func<IDeliveryTicket> send;
            string subject, accepted;
            Action<DeliveryResult>? onFinal = null;
            switch (command.Kind)
            {
                case CommandKind.Emergency:
                case CommandKind.NonEmergency:
                {
                    var emergency = command.Kind == CommandKind.Emergency;
                    if (text.Length == 0) return Refuse(context, CommandOutcome.Usage, CommandReplies.CallUsage(name, emergency));
                    if (string.Equals(text, CancelWord, StringComparison.OrdinalIgnoreCase)) return await CancelCallAsync(name, context).ConfigureAwait(false);
                    if (!emergency)
                    {
                        var waiting = _cad.QueuedNonEmergencyCalls;
                        if (waiting >= _options.MaxQueuedNonEmergencyCalls)
                            return Refuse(context, CommandOutcome.Busy, CommandReplies.NonEmergencyBusy(name, waiting, EmergencyCommandName));
                    }

                    if (!TryStartCallCooldown(name, context, options, out var wait)) return wait;
                    var call = BuildCall(emergency, text, context);
                    send = () =>
                    {
                        var sent = _cad.Send911(call);
                        lock (_callsGate) _lastCall[context.PlayerId] = sent.Id;
                        return sent;
                    };
                    subject = CommandReplies.Subject(command.Kind, false, name);
                    accepted = string.Empty;
                    break;
                }
                case CommandKind.Status:
                {
                    if (!_statuses.TryResolve(text, out var code, out var statusName))
                        return Refuse(context, CommandOutcome.Usage, CommandReplies.StatusUsage(name, _statuses.NameList));
                    if (!TryStartCooldown(name, context, options, out var wait)) return wait;
                    var unit = context.CommunityUserId!;
                    send = () => _cad.SetStatus(unit, code);
                    subject = CommandReplies.Subject(command.Kind, false, name);
                    accepted = CommandReplies.Accepted(command.Kind, false, statusName, name, null);
                    break;
                }
                default:
                {
                    if (!TryStartCooldown(name, context, options, out var wait)) return wait;
                    var unit = context.CommunityUserId!;
                    var on = Panic.Toggle(unit);
                    send = () => _cad.SetPanic(unit, on);
                    subject = CommandReplies.Subject(command.Kind, on, name);
                    accepted = CommandReplies.Accepted(command.Kind, on, string.Empty, name, null);
                    onFinal = result => Panic.Settle(unit, on, result.State == DeliveryState.Accepted);
                    break;
                }
            }

            IDeliveryTicket ticket;
            try
            {
                ticket = send();
            }
            catch (Exception e)
            {
                _log.Write(LogLevel.Error, "/" + name + " from player " + context.PlayerId + " could not be queued: " + e);
                onFinal?.Invoke(new DeliveryResult(DeliveryState.Dropped, "not queued"));
                return Say(context, CommandOutcome.Failed, CommandReplies.Failed(subject));
            }

            string FinalText(DeliveryResult result) =>
                CommandReplies.Final(result, subject,
                    command.Kind == CommandKind.Emergency || command.Kind == CommandKind.NonEmergency
                        ? CommandReplies.Accepted(command.Kind, false, string.Empty, name, result.CadId)
                        : accepted);

            return await ReplyWhenDeliveredAsync(context.PlayerId, name, ticket, subject, FinalText, onFinal).ConfigureAwait(false);
        }

        /// <summary>Forgets a player's cooldowns, refusals and last call (call on playerDropped).</summary>
        public void ForgetPlayer(int playerId)
        {
            Cooldowns.Forget(playerId);
            Refusals.Forget(playerId);
            lock (_callsGate) _lastCall.Remove(playerId);
        }

        /// <summary>"/911 cancel": the argument that cancels the player's own most recent call instead of making one.</summary>
        public const string CancelWord = "cancel";

        /// <summary>Cancels the player's most recent call: withdrawn while queued, else removed from the CAD. Costs no cooldown.</summary>
        private async Task<CommandOutcome> CancelCallAsync(string name, CommandContext context)
        {
            string? ticketId;
            lock (_callsGate) _lastCall.TryGetValue(context.PlayerId, out ticketId);
            var cancel = ticketId == null ? new CallCancellation(CallCancelState.Unknown) : _cad.Cancel911(ticketId);
            if (cancel.State != CallCancelState.Sending && cancel.State != CallCancelState.NoCadId)
            {
                lock (_callsGate)
                {
                    if (ticketId != null && _lastCall.TryGetValue(context.PlayerId, out var last) && last == ticketId) _lastCall.Remove(context.PlayerId);
                }
            }

            switch (cancel.State)
            {
                case CallCancelState.Withdrawn:
                    return Say(context, CommandOutcome.Cancelled, CommandReplies.CallWithdrawn(name));
                case CallCancelState.Sending:
                    return Say(context, CommandOutcome.QueuedPaced, CommandReplies.CallBeingSent(name));
                case CallCancelState.NoCadId:
                    return Say(context, CommandOutcome.Rejected, CommandReplies.CallWithoutId(name));
                case CallCancelState.Removing:
                    var subject = CommandReplies.CancelSubject(name);
                    var removed = CommandReplies.CallRemoved(name, cancel.CadCallId);
                    return await ReplyWhenDeliveredAsync(context.PlayerId, name, cancel.Removal!, subject,
                        result => CommandReplies.Final(result, subject, removed), null).ConfigureAwait(false);
                default:
                    return Refuse(context, CommandOutcome.NothingToCancel, CommandReplies.NoCallToCancel());
            }
        }

        private async Task<CommandOutcome> ReplyWhenDeliveredAsync(int playerId, string name, IDeliveryTicket ticket, string subject,
            Func<DeliveryResult, string> finalText, Action<DeliveryResult>? onFinal)
        {
            var completion = ticket.Completion;
            if (!completion.IsCompleted)
            {
                using var cancel = new CancellationTokenSource();
                var wait = _time.Delay(TimeSpan.FromSeconds(Math.Max(0, _options.ReplyWaitSeconds)), cancel.Token);
                await Task.WhenAny(completion, wait).ConfigureAwait(false);
                cancel.Cancel();
            }

            // "Queued" is said only once the outbox writer has answered (or the result came first).
            if (!completion.IsCompleted && !ticket.Saved.IsCompleted) await Task.WhenAny(completion, ticket.Saved).ConfigureAwait(false);
            if (completion.IsCompleted)
            {
                var result = Outcome(completion, name, playerId);
                onFinal?.Invoke(result);
                _messenger.Reply(playerId, finalText(result));
                return result.State switch
                {
                    DeliveryState.Accepted => CommandOutcome.Accepted,
                    DeliveryState.Rejected => CommandOutcome.Rejected,
                    _ => CommandOutcome.Dropped,
                };
            }

            // Still queued: say so, honestly, and follow up when it completes.
            var failure = ticket.LastFailure?.Kind;
            var unreachable = failure == CadFailureKind.Transient || failure == CadFailureKind.Fatal;
            _messenger.Reply(playerId, CommandReplies.IsNotSaved(ticket) ? CommandReplies.SendingNotSaved(subject)
                : failure == CadFailureKind.Fatal ? CommandReplies.QueuedHeld(subject)
                : unreachable ? CommandReplies.QueuedUnreachable(subject)
                : CommandReplies.QueuedPaced(subject));
            _ = completion.ContinueWith(done =>
            {
                var result = Outcome(done, name, playerId);
                onFinal?.Invoke(result);
                _messenger.Reply(playerId, finalText(result));
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return unreachable ? CommandOutcome.QueuedUnreachable : CommandOutcome.QueuedPaced;
        }

        private DeliveryResult Outcome(Task<DeliveryResult> completion, string name, int playerId)
        {
            if (completion.Status == TaskStatus.RanToCompletion && completion.Result != null) return completion.Result;
            // The ticket contract says Completion never faults; if one does, the player still gets a true answer.
            _log.Write(LogLevel.Error, "/" + name + " from player " + playerId + ": the delivery ticket ended without a result: " + completion.Exception?.GetBaseException());
            return new DeliveryResult(DeliveryState.Dropped, "an internal error stopped it");
        }

        private bool TryStartCooldown(string name, CommandContext context, CommandOptions options, out CommandOutcome outcome)
        {
            outcome = CommandOutcome.Cooldown;
            if (Cooldowns.TryConsume(name, context.PlayerId, TimeSpan.FromSeconds(Math.Max(0, options.CooldownSeconds)), out var remaining)) return true;
            Refuse(context, CommandOutcome.Cooldown, CommandReplies.Cooldown(name, remaining));
            return false;
        }

        /// <summary>A call command's own cooldown and the one all call commands share.</summary>
        private bool TryStartCallCooldown(string name, CommandContext context, CommandOptions options, out CommandOutcome outcome)
        {
            outcome = CommandOutcome.Cooldown;
            if (Cooldowns.TryConsume(name, TimeSpan.FromSeconds(Math.Max(0, options.CooldownSeconds)),
                    CallCooldownKey, TimeSpan.FromSeconds(Math.Max(0, _options.CallCooldownSeconds)), context.PlayerId, out var remaining, out var shared))
                return true;
            Refuse(context, CommandOutcome.Cooldown, shared ? CommandReplies.CallCooldown(remaining) : CommandReplies.Cooldown(name, remaining));
            return false;
        }

        private string? EmergencyCommandName => Commands.FirstOrDefault(c => c.Kind == CommandKind.Emergency)?.Name;

        private EmergencyCall BuildCall(bool emergency, string description, CommandContext context)
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
            return new EmergencyCall(emergency, caller, where.Text, description, deleteAfter, metaData);
        }

        /// <summary>Tells the player why their command was refused and counts it against their limit.</summary>
        private CommandOutcome Refuse(CommandContext context, CommandOutcome outcome, string message)
        {
            Refusals.Refused(context.PlayerId);
            return Say(context, outcome, message);
        }

        private CommandOutcome Say(CommandContext context, CommandOutcome outcome, string message)
        {
            _messenger.Reply(context.PlayerId, message);
            return outcome;
        }

        private ChatSuggestion Suggest(RegisteredCommand command) => command.Kind switch
        {
            CommandKind.Emergency => new ChatSuggestion("/" + command.Name, "Call 911: police, fire or EMS, for an emergency.",
                new[] { new ChatSuggestionParameter("description", "What is happening") }),
            CommandKind.NonEmergency => new ChatSuggestion("/" + command.Name, "Call 311: a non-emergency report.",
                new[] { new ChatSuggestionParameter("description", "What is happening") }),
            CommandKind.Panic => new ChatSuggestion("/" + command.Name, "Units: press or release your panic button in the CAD.", Array.Empty<ChatSuggestionParameter>()),
            _ => new ChatSuggestion("/" + command.Name, "Units: set your CAD status.",
                new[] { new ChatSuggestionParameter("status", _statuses.NameList + " (or its number)") }),
        };

        private static string DefaultName(CommandKind kind) => kind switch
        {
            CommandKind.Emergency => "911",
            CommandKind.NonEmergency => "311",
            CommandKind.Panic => "panic",
            _ => "status",
        };
    }
}
