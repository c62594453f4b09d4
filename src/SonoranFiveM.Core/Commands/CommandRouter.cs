using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Commands.Handlers;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Linking;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Records;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// The one pipeline for every chat command (call, panic, status and record commands): the checks (player, refusal
    /// limit, permission, unit, raw cap, length), the command's handler, its cooldown, then the shared reply step
    /// (<see cref="DeliveryReplies"/>). The adapter registers <see cref="Names"/>, sends <see cref="Suggestions"/>, and
    /// forwards each invocation to <see cref="HandleAsync"/>.
    /// </summary>
    public sealed class CommandRouter
    {
        private readonly Dictionary<string, ICommandHandler> _byName = new Dictionary<string, ICommandHandler>(StringComparer.OrdinalIgnoreCase);
        private readonly List<ICommandHandler> _handlers = new List<ICommandHandler>();
        private readonly ICommandMessenger _messenger;
        private readonly ILog _log;
        private readonly Cooldowns _cooldowns;
        private readonly InvalidCommandLimiter _refusals;
        private readonly CancelCall _calls;
        private readonly DeliveryReplies _replies;

        /// <param name="recordCommands">The record commands (<c>records.commands</c>); they need <paramref name="records"/>.</param>
        /// <param name="logCallAsRecord">Logs a queued call as a record from the named template (a call command's <see cref="CallCommandSettings.RecordTemplate"/>).</param>
        /// <param name="links">Account linking; the link command is registered when it is given and enabled.</param>
        /// <exception cref="ArgumentException">A command name is empty, contains whitespace or is used twice; or a status list is invalid.</exception>
        public CommandRouter(CommandRouterOptions options, ICadActions cad, ICommandMessenger messenger, LocationDescriber locations, TimeProvider time, ILog log,
            IEnumerable<RecordCommandOptions>? recordCommands = null, RecordService? records = null, Action<EmergencyCall, string>? logCallAsRecord = null,
            AccountLinks? links = null)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            if (cad == null) throw new ArgumentNullException(nameof(cad));
            if (locations == null) throw new ArgumentNullException(nameof(locations));
            if (time == null) throw new ArgumentNullException(nameof(time));
            _messenger = messenger ?? throw new ArgumentNullException(nameof(messenger));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _cooldowns = new Cooldowns(time);
            _refusals = new InvalidCommandLimiter(options.InvalidCommandLimit, CommandRules.Seconds(options.InvalidCommandWindowSeconds), time);
            _calls = new CancelCall(cad);
            _replies = new DeliveryReplies(messenger, time, CommandRules.Seconds(options.ReplyWaitSeconds), log);
            Panic = new PanicStates(time);
            var statuses = new UnitStatuses(options.StatusCodes);

            var calls = options.Calls.Where(c => c.Command.Enabled).ToList();
            var emergencyName = calls.Where(c => c.Emergency).Select(c => NameOf(c.Command.Name, "A call command's", "911")).FirstOrDefault();
            foreach (var call in calls)
            {
                var name = NameOf(call.Command.Name, "A call command's", "911");
                Register(new CallCommand(name, call, options, cad, locations, _calls, call.Emergency ? null : emergencyName, logCallAsRecord, log));
            }

            foreach (var kind in new[] { CommandKind.Panic, CommandKind.Status })
            {
                var command = options.For(kind);
                if (!command.Enabled) continue;
                var name = NameOf(command.Name, "The " + kind + " command's", DefaultName(kind));
                Register(kind == CommandKind.Panic
                    ? new PanicCommand(name, command, cad, Panic, options.PanicCall == null ? null : new PanicCall(options.PanicCall, options, cad, locations, _cooldowns, time, log))
                    : new StatusCommand(name, command, cad, statuses));
            }

            if (links != null && options.Link.Enabled) Register(new LinkCommand(NameOf(options.Link.Name, "The link command's", "link"), options.Link, links, _cooldowns));

            foreach (var record in (recordCommands ?? Enumerable.Empty<RecordCommandOptions>()).Where(c => c.Enabled))
            {
                if (records == null) throw new ArgumentNullException(nameof(records), "Record commands need the record service.");
                Register(new RecordCommand(NameOf(record.Name, "A record command's", "bolo"), record, records, locations, time, log));
            }

            Names = _handlers.Select(h => h.Rules.Name).ToList();
            Suggestions = _handlers.Select(h => h.Suggestion).ToList();
        }

        /// <summary>The enabled commands' names (no slash), to register with RegisterCommand (restricted = false: the pipeline checks ACE itself).</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>Chat suggestions for every enabled command.</summary>
        public IReadOnlyList<ChatSuggestion> Suggestions { get; }

        /// <summary>The per-unit panic state /panic toggles; the composition root may update it from CAD events.</summary>
        public PanicStates Panic { get; }

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
            if (!_byName.TryGetValue((commandName ?? string.Empty).TrimStart('/'), out var handler)) return CommandOutcome.UnknownCommand;
            var rules = handler.Rules;
            var player = context.PlayerId;

            var step = Check(rules, arguments ?? string.Empty, context, out var text) ?? Run(rules.Name, player, () => handler.Plan(context, text));
            if (step is CommandStep.Cooled cooled) step = StartCooldown(rules, player) ?? Run(rules.Name, player, cooled.Next);
            switch (step)
            {
                case CommandStep.Delivery delivery:
                    return await _replies.DeliverAsync(player, rules.Name, delivery).ConfigureAwait(false);
                case CommandStep.Saving saving:
                    return await _replies.QueuedOnceSavedAsync(player, saving).ConfigureAwait(false);
                default:
                    var told = (CommandStep.Told)step;
                    if (told.Refused) _refusals.Refused(player);
                    if (told.Message != null) _messenger.Reply(player, told.Message);
                    return told.Outcome;
            }
        }

        /// <summary>Forgets a player's cooldowns, refusals and last call (call on playerDropped).</summary>
        public void ForgetPlayer(int playerId)
        {
            _cooldowns.Forget(playerId);
            _refusals.Forget(playerId);
            _calls.Forget(playerId);
        }

        /// <summary>The pipeline's checks, in order: null when the command goes on to its handler with <paramref name="text"/>.</summary>
        private CommandStep? Check(CommandRules rules, string arguments, CommandContext context, out string text)
        {
            text = string.Empty;
            var name = rules.Name;
            if (context.PlayerId <= 0) return CommandStep.Reply(CommandOutcome.NotAPlayer, CommandReplies.NotAPlayer(name));
            if (!_refusals.Admit(context.PlayerId, out var notice, out var ignoredFor))
                return CommandStep.Reply(CommandOutcome.Ignored, notice ? CommandReplies.Ignored(ignoredFor) : null);
            if (rules.Ace.Length > 0 && !context.IsAceAllowed(rules.Ace))
                return CommandStep.Refuse(CommandOutcome.NoPermission, CommandReplies.NoPermission(name));

            var identified = !string.IsNullOrEmpty(context.CommunityUserId);
            if (rules.Audience == CommandAudience.Units && (!context.IsUnit || !identified))
                return CommandStep.Refuse(CommandOutcome.NotAUnit, CommandReplies.NotAUnit(name));
            if (rules.Audience == CommandAudience.Identified && !identified)
                return CommandStep.Refuse(CommandOutcome.NotAUnit, CommandReplies.NeedsIdentity(name));

            if (rules.Text == CommandText.Ignored) return null;
            // Raw text over the cap is refused unread.
            if (arguments.Length > ChatText.MaxRawLength)
                return CommandStep.Refuse(CommandOutcome.TooLong, CommandReplies.TooLong(arguments.Length, rules.MaxLength));
            text = rules.Text == CommandText.Raw ? arguments : ChatText.Clean(arguments);
            return rules.Text == CommandText.Cleaned && text.Length > rules.MaxLength
                ? CommandStep.Refuse(CommandOutcome.TooLong, CommandReplies.TooLong(text.Length, rules.MaxLength))
                : null;
        }

        /// <summary>Starts the command's own cooldown and the one it shares, if any: null when neither was running.</summary>
        private CommandStep? StartCooldown(CommandRules rules, int playerId)
        {
            var shared = rules.Shared;
            TimeSpan remaining;
            if (shared == null)
            {
                return _cooldowns.TryConsume(rules.Name, playerId, rules.Cooldown, out remaining)
                    ? null
                    : CommandStep.Refuse(CommandOutcome.Cooldown, CommandReplies.Cooldown(rules.Name, remaining));
            }

            return _cooldowns.TryConsume(rules.Name, rules.Cooldown, shared.Key, shared.Cooldown, playerId, out remaining, out var sharedBlocks)
                ? null
                : CommandStep.Refuse(CommandOutcome.Cooldown, sharedBlocks ? shared.Reply(remaining) : CommandReplies.Cooldown(rules.Name, remaining));
        }

        /// <summary>A handler's step; a bug in one is logged and told, never thrown at FXServer.</summary>
        private CommandStep Run(string name, int playerId, Func<CommandStep> step)
        {
            try
            {
                return step();
            }
            catch (Exception e)
            {
                _log.Write(LogLevel.Error, "/" + name + " from player " + playerId + " failed: " + e);
                return CommandStep.Reply(CommandOutcome.Failed, CommandReplies.Failed("Your /" + name + " command"));
            }
        }

        private void Register(ICommandHandler handler)
        {
            var name = handler.Rules.Name;
            if (_byName.ContainsKey(name))
                throw new ArgumentException("The command name '" + name + "' is used by two commands; give each its own name or disable one.", "options");
            _byName[name] = handler;
            _handlers.Add(handler);
        }

        private static string NameOf(string? configured, string whose, string example)
        {
            var name = (configured ?? string.Empty).Trim().TrimStart('/');
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
                throw new ArgumentException(whose + " name '" + configured + "' must be one word, e.g. \"" + example + "\".", "options");
            return name;
        }

        private static string DefaultName(CommandKind kind) => kind == CommandKind.Panic ? "panic" : "status";
    }
}
