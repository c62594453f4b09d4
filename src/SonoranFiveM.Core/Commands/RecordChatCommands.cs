using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Commands;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// Chat commands bound to record templates (<c>records.commands</c>, e.g. <c>/bolo &lt;plate&gt; &lt;reason&gt;</c>):
    /// the same ACE, cooldown, length and reply rules as the other chat commands; the record goes through
    /// <see cref="RecordService"/> (Sonoran and the template's mirrors, with expiry).
    /// </summary>
    public sealed class RecordChatCommands
    {
        private readonly Dictionary<string, Entry> _commands = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        private readonly RecordService _records;
        private readonly ICommandMessenger _messenger;
        private readonly LocationDescriber _locations;
        private readonly Cooldowns _cooldowns;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly TimeSpan _replyWait;
        private readonly InvalidCommandLimiter _refusals;

        /// <param name="refusals">The per-player limit on refused commands, shared with the other chat commands.</param>
        public RecordChatCommands(IEnumerable<RecordCommandOptions> commands, RecordService records, ICommandMessenger messenger,
            LocationDescriber locations, TimeProvider time, ILog log, TimeSpan replyWait, InvalidCommandLimiter refusals)
        {
            _refusals = refusals ?? throw new ArgumentNullException(nameof(refusals));
            _records = records;
            _messenger = messenger;
            _locations = locations;
            _time = time;
            _log = log;
            _replyWait = replyWait;
            _cooldowns = new Cooldowns(time);
            foreach (var options in commands.Where(c => c.Enabled))
            {
                var definition = new RecordCommandDefinition(options.Name, options.Template,
                    options.Arguments.Select(a => new RecordCommandArgument(a)), options.MaxLength);
                _commands[options.Name] = new Entry(options, definition);
            }
        }

        public IReadOnlyCollection<string> Names => _commands.Keys;

        public IReadOnlyList<ChatSuggestion> Suggestions => _commands.Values
            .Select(e => new ChatSuggestion("/" + e.Options.Name,
                string.IsNullOrWhiteSpace(e.Options.Usage) ? "Create a temporary " + e.Options.Template + " record" : e.Options.Usage,
                e.Definition.Arguments.Select(a => new ChatSuggestionParameter(a.Name, a.Name)).ToList()))
            .ToList();

        public bool Handles(string commandName) => _commands.ContainsKey(commandName);

        /// <summary>Checks and creates the record; replies "created" only once the CAD accepted it.</summary>
        public async Task<CommandOutcome> HandleAsync(string commandName, string arguments, CommandContext context)
        {
            if (!_commands.TryGetValue(commandName, out var entry)) return CommandOutcome.UnknownCommand;
            var options = entry.Options;
            var player = context.PlayerId;
            if (player <= 0)
            {
                _messenger.Reply(player, CommandReplies.NotAPlayer(options.Name));
                return CommandOutcome.NotAPlayer;
            }

            if (!_refusals.Admit(player, out var notice, out var ignoredFor))
            {
                if (notice) _messenger.Reply(player, CommandReplies.Ignored(ignoredFor));
                return CommandOutcome.Ignored;
            }

            if (!string.IsNullOrEmpty(options.Ace) && !context.IsAceAllowed(options.Ace))
                return Refuse(player, CommandOutcome.NoPermission, CommandReplies.NoPermission(options.Name));

            if (string.IsNullOrEmpty(context.CommunityUserId))
                return Refuse(player, CommandOutcome.NotAUnit, "/" + options.Name + " needs your CAD identity: link your account in Sonoran CAD first.");

            // Raw text over the cap is refused unread.
            arguments ??= string.Empty;
            if (arguments.Length > ChatText.MaxRawLength)
                return Refuse(player, CommandOutcome.TooLong, CommandReplies.TooLong(arguments.Length, options.MaxLength));

            var parsed = RecordCommandParser.Parse(entry.Definition, arguments);
            if (!parsed.Succeeded)
                return Refuse(player, CommandOutcome.Usage, parsed.Error + " Usage: " + (string.IsNullOrWhiteSpace(options.Usage) ? parsed.Usage : options.Usage));

            if (!_cooldowns.TryConsume("record:" + options.Name, player, TimeSpan.FromSeconds(options.CooldownSeconds), out var remaining))
                return Refuse(player, CommandOutcome.Cooldown, CommandReplies.Cooldown(options.Name, remaining));

            var where = _locations.Describe(player, context.Position);
            var name = PlayerNames.Clean(context.PlayerName, player);
            var values = new PlaceholderValues
            {
                Caller = name,
                PlayerName = name,
                Location = where.Text,
                Postal = where.Postal ?? string.Empty,
                Args = parsed.Arguments,
                Time = _time.GetUtcNow(),
            };

            var created = _records.Create(options.Template, values, context.CommunityUserId!);
            if (!created.Succeeded)
            {
                _log.Write(LogLevel.Warning, "/" + options.Name + " from player " + player + " refused: " + string.Join("; ", created.Errors));
                _refusals.Refused(player);
                _messenger.Reply(player, "The record could not be created: " + string.Join("; ", created.Errors));
                return CommandOutcome.Rejected;
            }

            IDeliveryTicket? sonoran = null;
            var deliveries = _records.Deliveries(created.Handle!);
            deliveries?.TryGetValue(Records.Sinks.SonoranRecordSink.DefaultName, out sonoran);
            if (sonoran == null)
            {
                var tickets = deliveries?.Values.ToList() ?? new List<IDeliveryTicket>();
                await Task.WhenAll(tickets.Select(t => t.Saved)).ConfigureAwait(false);
                _messenger.Reply(player, tickets.Any(CommandReplies.IsNotSaved)
                    ? CommandReplies.SendingNotSaved("Your " + options.Template + " record")
                    : "Your " + options.Template + " record is queued.");
                return CommandOutcome.QueuedPaced;
            }

            await Task.WhenAny(sonoran.Completion, Delay(_replyWait)).ConfigureAwait(false);
            // "Queued" is said only once the outbox writer has answered (or the result came first).
            if (!sonoran.Completion.IsCompleted && !sonoran.Saved.IsCompleted) await Task.WhenAny(sonoran.Completion, sonoran.Saved).ConfigureAwait(false);
            if (sonoran.Completion.IsCompleted)
            {
                return Final(player, options, sonoran.Completion.Result, created.Record!.ExpiresAt);
            }

            var subject = "Your " + options.Template + " record";
            var failure = sonoran.LastFailure?.Kind;
            _messenger.Reply(player, CommandReplies.IsNotSaved(sonoran) ? CommandReplies.SendingNotSaved(subject)
                : failure == Cad.CadFailureKind.Fatal ? CommandReplies.QueuedHeld(subject)
                : failure != null ? CommandReplies.QueuedUnreachable(subject)
                : CommandReplies.QueuedPaced(subject));
            _ = sonoran.Completion.ContinueWith(t => Final(player, options, t.Result, created.Record!.ExpiresAt), TaskContinuationOptions.OnlyOnRanToCompletion);
            return failure != null ? CommandOutcome.QueuedUnreachable : CommandOutcome.QueuedPaced;
        }

        public void ForgetPlayer(int playerId) => _cooldowns.Forget(playerId);

        private CommandOutcome Refuse(int player, CommandOutcome outcome, string message)
        {
            _refusals.Refused(player);
            _messenger.Reply(player, message);
            return outcome;
        }

        private CommandOutcome Final(int player, RecordCommandOptions options, DeliveryResult result, DateTimeOffset expiresAt)
        {
            switch (result.State)
            {
                case DeliveryState.Accepted:
                    _messenger.Reply(player, "Your " + options.Template + " record was created; it expires at " + expiresAt.ToString("HH:mm") + " UTC.");
                    return CommandOutcome.Accepted;
                case DeliveryState.Rejected:
                    _messenger.Reply(player, "The CAD refused your " + options.Template + " record: " + ChatText.CleanAndCap(result.Detail, 300));
                    return CommandOutcome.Rejected;
                default:
                    _messenger.Reply(player, "Your " + options.Template + " record was not sent: " + ChatText.CleanAndCap(result.Detail, 300));
                    return CommandOutcome.Dropped;
            }
        }

        private Task Delay(TimeSpan wait)
        {
            var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var timer = _time.CreateTimer(_ => done.TrySetResult(true), null, wait, System.Threading.Timeout.InfiniteTimeSpan);
            return done.Task.ContinueWith(_ => timer.Dispose(), TaskContinuationOptions.ExecuteSynchronously);
        }

        private sealed class Entry
        {
            public Entry(RecordCommandOptions options, RecordCommandDefinition definition)
            {
                Options = options;
                Definition = definition;
            }

            public RecordCommandOptions Options { get; }
            public RecordCommandDefinition Definition { get; }
        }
    }
}
