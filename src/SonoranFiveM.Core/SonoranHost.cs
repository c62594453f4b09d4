using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core
{
    /// <summary>
    /// The narrow face of the core that the engine adapter, the CLI and the simulator use: start, stop, reload, chat
    /// commands, the sampling tick, status and the exports. It owns one <see cref="SonoranIntegration"/> at a time and
    /// remembers who is online, so a reload carries the players over. Between the stop of the old integration and the
    /// start of the new one the host is not running: commands answer <see cref="CommandOutcome.Failed"/> and samples are
    /// ignored.
    /// </summary>
    public sealed class SonoranHost : IDisposable
    {
        private readonly IntegrationServices _services;
        private readonly object _playersGate = new object();
        private readonly Dictionary<int, string?> _players = new Dictionary<int, string?>();
        private volatile SonoranIntegration? _integration;
        private volatile ResourceExports? _exports;

        private SonoranHost(SonoranOptions options, IntegrationServices services)
        {
            _services = services;
            Replace(SonoranIntegration.Create(options, services));
        }

        /// <summary>Builds the core from validated options; nothing runs until <see cref="Start"/>.</summary>
        public static SonoranHost Create(SonoranOptions options, IntegrationServices services)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            if (services == null) throw new ArgumentNullException(nameof(services));
            return new SonoranHost(options, services);
        }

        public bool IsRunning => _integration != null;

        /// <summary>The options in force (the last ones loaded).</summary>
        public SonoranOptions Options { get; private set; } = null!;

        /// <summary>What other resources may call; null while a reload is between stop and start.</summary>
        public ResourceExports? Exports => _exports;

        /// <summary>Every chat command to register (empty while not running).</summary>
        public IReadOnlyList<string> CommandNames => _integration?.CommandNames ?? Array.Empty<string>();

        public IReadOnlyList<ChatSuggestion> Suggestions => _integration?.Suggestions ?? Array.Empty<ChatSuggestion>();

        /// <summary>Replays the outbox and starts the lanes, the roster poll and the heartbeat (reads the disk: not on the main thread).</summary>
        public void Start() => _integration?.Start();

        /// <summary>Sends what the rate budget allows within <paramref name="budget"/>; the rest stays in the outbox.</summary>
        public Task StopAsync(TimeSpan budget) => _integration?.StopAsync(budget) ?? Task.CompletedTask;

        /// <summary>
        /// Stops the running integration (queued durable work goes to the outbox within <paramref name="budget"/>), builds
        /// a new one from <paramref name="options"/>, hands it the players who are online and starts it; the new one
        /// replays the outbox.
        /// </summary>
        public async Task ReloadAsync(SonoranOptions options, TimeSpan budget)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            var old = _integration;
            _integration = null;
            _exports = null;
            if (old != null)
            {
                await old.StopAsync(budget).ConfigureAwait(false);
                old.Dispose();
            }

            var next = SonoranIntegration.Create(options, _services);
            KeyValuePair<int, string?>[] online;
            lock (_playersGate) online = _players.ToArray();
            foreach (var player in online) next.PlayerJoined(player.Key, player.Value);
            Replace(next);
            next.Start();
        }

        /// <summary>A player joined: <paramref name="primaryIdentifier"/> as FXServer gives it, e.g. "license:abc". Returns the communityUserId.</summary>
        public string? PlayerJoined(int playerId, string? primaryIdentifier)
        {
            lock (_playersGate) _players[playerId] = primaryIdentifier;
            return _integration?.PlayerJoined(playerId, primaryIdentifier);
        }

        public void PlayerDropped(int playerId)
        {
            lock (_playersGate) _players.Remove(playerId);
            _integration?.PlayerDropped(playerId);
        }

        public bool IsUnit(int playerId) => _integration?.IsUnit(playerId) ?? false;

        public string? CommunityUserIdOf(int playerId) => _integration?.CommunityUserIdOf(playerId);

        /// <summary>A chat command from a player (call on the main thread: the ACE check in the context runs before the first await).</summary>
        public Task<CommandOutcome> CommandAsync(string commandName, string arguments, CommandContext context)
            => _integration?.HandleCommandAsync(commandName, arguments, context) ?? Task.FromResult(CommandOutcome.Failed);

        /// <summary>The players that are CAD units now (ascending player ids): the ones a tick reads positions for.</summary>
        public UnitPlayers Units => _integration?.Units ?? UnitPlayers.Empty;

        /// <summary>
        /// One sampling tick from the main thread: positions of the players in <paramref name="units"/>, in its order.
        /// Allocates nothing in steady state.
        /// </summary>
        public void Sample(UnitPlayers units, PlayerPosition[] positions, int count) => _integration?.Sample(units, positions, count);

        /// <summary>How often the adapter should sample: 250 ms while the hub carries locations, else once a second.</summary>
        public TimeSpan SampleInterval => _integration?.SampleInterval ?? SonoranIntegration.BatchedSampleInterval;

        /// <summary>A street report from the optional client script: untrusted display text.</summary>
        public StreetReportOutcome ReportStreets(int playerId, string? street, string? crossStreet)
            => _integration?.ReportStreets(playerId, street, crossStreet) ?? StreetReportOutcome.Disabled;

        /// <summary>Sends now what the rate limits allow (the admin's <c>sonoran flush</c>).</summary>
        public Task FlushAsync() => _integration?.Dispatcher.PumpAsync() ?? Task.CompletedTask;

        /// <summary>The status command's lines and the figures behind them. Never a secret.</summary>
        public HostStatus Status()
        {
            var integration = _integration;
            if (integration == null) return HostStatus.NotRunning;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var lanes = integration.Dispatcher.GetStatus().Concat(integration.Records.GetStatus()).Where(l => seen.Add(l.Name)).ToList();
            return new HostStatus(integration.StatusLines(), lanes, integration.Roster.ActiveUnitIds.Count, integration.Outbox.OpenCount);
        }

        /// <summary>
        /// Writes what is queued for the journal and counts the open entries a restart would replay, by kind (reads the
        /// journal from disk: not on the main thread).
        /// </summary>
        public async Task<IReadOnlyDictionary<OutboxEntryKind, int>> SavedWorkAsync()
        {
            var integration = _integration;
            if (integration == null) return new Dictionary<OutboxEntryKind, int>();
            await integration.Outbox.FlushAsync().ConfigureAwait(false);
            return OutboxJournal.ReadOpenEntries(integration.Outbox.Path, _services.Log)
                .GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        }

        /// <summary>How the core reaches the CAD and the mirrors (the doctor's requests go the same way).</summary>
        public Http.IHttpTransport Transport => _services.Transport;

        /// <summary>The running integration's hub channel (location.transport = websocket); null without one or while not running.</summary>
        public Streaming.HubLocationChannel? LocationHub => _integration?.LocationHub;

        /// <summary>One request of the active-unit list's budget, from the roster's limiter; false when used up or not running.</summary>
        public bool TryTakeActiveUnitsPermit() => _integration?.Roster.TryTakePermit() ?? false;

        /// <summary>The delivery of a record to each of its targets, by target name; null for an unknown handle.</summary>
        public IReadOnlyDictionary<string, IDeliveryTicket>? RecordDeliveries(string handle) => _integration?.Records.Deliveries(handle);

        public void Dispose()
        {
            var integration = _integration;
            _integration = null;
            _exports = null;
            integration?.Dispose();
        }

        private void Replace(SonoranIntegration integration)
        {
            Options = integration.Options;
            _exports = new ResourceExports(integration);
            _integration = integration;
        }
    }
}
