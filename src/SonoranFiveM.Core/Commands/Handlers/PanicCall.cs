using System;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>
    /// The emergency call sent when the panic command turns a unit's panic on (<c>calls.panicCall</c>, the official
    /// resource's <c>addPanicCall</c>): queued like a /911, at most once per unit per cooldown.
    /// </summary>
    internal sealed class PanicCall
    {
        // The space keeps it apart from every command name, which is one word.
        private const string CooldownKey = "panic call";

        private readonly PanicCallSettings _settings;
        private readonly CommandRouterOptions _options;
        private readonly ICadActions _cad;
        private readonly LocationDescriber _locations;
        private readonly Cooldowns _cooldowns;
        private readonly TimeProvider _time;
        private readonly ILog _log;

        public PanicCall(PanicCallSettings settings, CommandRouterOptions options, ICadActions cad, LocationDescriber locations, Cooldowns cooldowns, TimeProvider time, ILog log)
        {
            _settings = settings;
            _options = options;
            _cad = cad;
            _locations = locations;
            _cooldowns = cooldowns;
            _time = time;
            _log = log;
        }

        /// <summary>
        /// Queues the call for the unit who just pressed panic, unless one went out within the cooldown. A failure is
        /// logged, never thrown: the panic itself is already queued and its reply must stay true.
        /// </summary>
        public void Send(CommandContext context)
        {
            try
            {
                Queue(context);
            }
            catch (Exception e)
            {
                _log.Write(LogLevel.Error, "panic from player " + context.PlayerId + ": the panic call could not be queued: " + e.Message);
            }
        }

        private void Queue(CommandContext context)
        {
            if (!_cooldowns.TryConsume(CooldownKey, context.PlayerId, CommandRules.Seconds(_settings.CooldownSeconds), out _))
            {
                _log.Write(LogLevel.Debug, "panic from player " + context.PlayerId + ": no panic call, one was sent within calls.panicCall.cooldownSeconds");
                return;
            }

            var where = _locations.Describe(context.PlayerId, context.Position);
            var metaData = CallMetaData.For(context, where, out var location);
            CallMetaData.AddCallDetails(metaData, _settings.Priority, _settings.Code);
            var caller = PlayerNames.Clean(context.PlayerName, context.PlayerId, _options.MaxCallerNameLength);
            var description = PanicCallText.Expand(_settings.Description, new PlaceholderValues
            {
                Caller = caller,
                PlayerName = caller,
                Location = location,
                Postal = where.Postal ?? string.Empty,
                Time = _time.GetUtcNow(),
            }) ?? caller + " has pressed their panic button!";
            var ticket = _cad.Send911(new EmergencyCall(true, caller, location, description, CallCommand.DeleteAfter(_options), metaData));
            _log.Write(LogLevel.Info, "panic from player " + context.PlayerId + ": emergency call queued (" + ticket.Id + ")");
        }
    }
}
