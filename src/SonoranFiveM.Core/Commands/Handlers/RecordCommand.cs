using System;
using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Commands;
using SonoranFiveM.Core.Records.Sinks;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>
    /// A chat command bound to a record template (<c>records.commands</c>, e.g. <c>/bolo &lt;plate&gt; &lt;reason&gt;</c>):
    /// the record goes through <see cref="RecordService"/> (Sonoran and the template's mirrors, with expiry), and the
    /// player hears "created" only once the CAD accepted it.
    /// </summary>
    internal sealed class RecordCommand : ICommandHandler
    {
        private readonly RecordCommandOptions _options;
        private readonly RecordCommandDefinition _definition;
        private readonly RecordService _records;
        private readonly LocationDescriber _locations;
        private readonly TimeProvider _time;
        private readonly ILog _log;

        public RecordCommand(string name, RecordCommandOptions options, RecordService records, LocationDescriber locations, TimeProvider time, ILog log)
        {
            _options = options;
            _records = records;
            _locations = locations;
            _time = time;
            _log = log;
            _definition = new RecordCommandDefinition(name, options.Template, options.Arguments.Select(a => new RecordCommandArgument(a)), options.MaxLength);
            Rules = new CommandRules(name, options.Ace ?? string.Empty, CommandAudience.Identified, CommandText.Raw, options.MaxLength,
                CommandRules.Seconds(options.CooldownSeconds));
            Suggestion = new ChatSuggestion("/" + name,
                string.IsNullOrWhiteSpace(options.Usage) ? "Create a temporary " + options.Template + " record" : options.Usage,
                _definition.Arguments.Select(a => new ChatSuggestionParameter(a.Name, a.Name)).ToList());
        }

        public CommandRules Rules { get; }

        public ChatSuggestion Suggestion { get; }

        private string Subject => "Your " + _options.Template + " record";

        public CommandStep Plan(CommandContext context, string text)
        {
            var parsed = RecordCommandParser.Parse(_definition, text);
            if (!parsed.Succeeded)
                return CommandStep.Refuse(CommandOutcome.Usage, CommandReplies.RecordUsage(parsed.Error!, parsed.Usage, _options.Usage));
            return CommandStep.AfterCooldown(() => Create(context, parsed.Arguments));
        }

        private CommandStep Create(CommandContext context, IReadOnlyList<string> arguments)
        {
            var player = context.PlayerId;
            var where = _locations.Describe(player, context.Position);
            var name = PlayerNames.Clean(context.PlayerName, player);
            var values = new PlaceholderValues
            {
                Caller = name,
                PlayerName = name,
                Location = where.Text,
                Postal = where.Postal ?? string.Empty,
                Args = arguments,
                Time = _time.GetUtcNow(),
            };

            var created = _records.Create(_options.Template, values, context.CommunityUserId!);
            if (!created.Succeeded)
            {
                _log.Write(LogLevel.Warning, "/" + Rules.Name + " from player " + player + " refused: " + string.Join("; ", created.Errors));
                return CommandStep.Refuse(CommandOutcome.Rejected, CommandReplies.RecordNotCreated(string.Join("; ", created.Errors)));
            }

            IDeliveryTicket? sonoran = null;
            var deliveries = _records.Deliveries(created.Handle!);
            deliveries?.TryGetValue(SonoranRecordSink.DefaultName, out sonoran);
            if (sonoran == null) return CommandStep.QueuedOnceSaved(Subject, deliveries?.Values.ToList() ?? new List<IDeliveryTicket>());

            var expiresAt = created.Record!.ExpiresAt;
            return CommandStep.Deliver(Subject, () => sonoran, result => CommandReplies.RecordFinal(result, _options.Template, expiresAt));
        }
    }
}
