using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Linking;
using SonoranFiveM.Core.Streaming.Push;

namespace SonoranFiveM.Core
{
    /// <summary>
    /// The composition root the adapter talks to: builds the CAD client, dispatcher, outbox, roster, tracker,
    /// heartbeat and chat commands from the options, and exposes what the game feeds in and what the status command
    /// shows. Thread-safe where the game calls it from the main thread while sends run on the thread pool.
    /// </summary>
    public sealed class SonoranIntegration : IDisposable
    {
        private readonly IntegrationServices _services;
        private readonly CadApiFactory _cadFactory;
        private readonly ILog _log;
        private bool _started;
        private readonly TickSampler _tickSampler;

        private SonoranIntegration(SonoranOptions options, IntegrationServices services)
        {
            Options = options;
            _services = services;
            _log = services.Log;

            var secrets = new[] { options.ApiKey, options.Mirrors.Tines.ApiKey, options.Mirrors.Quickblox.ApiKey };
            _cadFactory = new CadApiFactory(services.Transport, services.Time, _log, secrets);
            Cad = _cadFactory.Create(OptionsMapping.CadClient(options));

            Outbox = new OutboxJournal(OptionsMapping.Outbox(options, services.ResourceFolder), services.Time, _log);
            var dispatcherOptions = OptionsMapping.Dispatcher(options);
            if (services.Random != null) dispatcherOptions.Random = services.Random;
            Dispatcher = new Dispatcher(Cad, dispatcherOptions, services.Time, _log, Outbox);
            Dispatcher.LaneFaulted += OnLaneFaulted;

            // Mirror lanes join the dispatcher before it starts.
            Records = new RecordService(Dispatcher, RecordServiceOptions.TemplatesFrom(options.Records),
                RecordMirror.FromOptions(options.Mirrors, services.Transport, services.Time, secrets), services.Time, _log,
                RecordServiceOptions.FromOptions(options.Records));


            Roster = new UnitRoster(Cad, OptionsMapping.Roster(options), services.Time, _log);
            Streets = new StreetReportGate(OptionsMapping.Streets(options), services.Time);
            Locations = new LocationDescriber(services.Postals, Streets);
            VehicleModels = new VehicleModelNames(options.Location.VehicleModels);
            Tracker = new UnitTracker(Roster, OptionsMapping.Tracker(options), services.Time, new PostalLocationFormatter(Locations));
            _tickSampler = new TickSampler(Tracker, VehicleModels);
            SendsLocations = options.Location.Enabled && services.CanReadPositions;
            if (options.Location.Enabled && !services.CanReadPositions)
                _log.Write(LogLevel.Warning, "OneSync is off: the server cannot read player positions, so unit locations are not sent. Turn OneSync on (set onesync on) to put units on the CAD map.");
            LocationHub = SendsLocations ? LocationStreaming.CreateChannel(options, services, Tracker) : null;
            PushEvents = LocationStreaming.CreatePushRouter(options, services, Roster, LocationHub);
            var hub = LocationHub;
            Links = new AccountLinks(Dispatcher, OptionsMapping.LinkWebsite(options), options.Commands.Link.Name, services.Messenger, services.Time, _log,
                pushConnected: hub == null || PushEvents == null ? null : (Func<bool>)(() => hub.State == HubConnectionState.Authenticated));
            Links.Linked += OnLinked;
            if (PushEvents != null) PushEvents.LinkVerified += Links.Verified;
            if (SendsLocations) Dispatcher.AttachLocationSource(LocationStreaming.HttpSource(Tracker, LocationHub));
            if (LocationHub != null)
            {
                var streaming = (int)LocationHub.Options.Interval.TotalMilliseconds;
                LocationHub.StateChanged += (state, _) =>
                    _sampleIntervalMs = state == HubConnectionState.Authenticated ? streaming : (int)BatchedSampleInterval.TotalMilliseconds;
            }

            Actions = new DispatcherCadActions(Dispatcher, services.Events);
            Commands = new CommandRouter(OptionsMapping.Commands(options), Actions, services.Messenger, Locations, services.Time, _log,
                options.Records.Commands, Records, LogCallAsRecord, Links);
            Roster.UnitsRead += SyncPanic;

            if (options.Heartbeat.Enabled)
            {
                Heartbeat = new HeartbeatService(Dispatcher, () => Roster.PlayerCount, TimeSpan.FromSeconds(options.Heartbeat.IntervalSeconds), services.Time, _log);
            }
        }

        public static SonoranIntegration Create(SonoranOptions options, IntegrationServices services)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            if (services == null) throw new ArgumentNullException(nameof(services));
            return new SonoranIntegration(options, services);
        }

        public SonoranOptions Options { get; }

        /// <summary>Unit locations are sampled and sent: location.enabled, and the host can read positions.</summary>
        public bool SendsLocations { get; }
        public ICadApi Cad { get; }
        public Dispatcher Dispatcher { get; }
        public OutboxJournal Outbox { get; }
        public UnitRoster Roster { get; }
        public UnitTracker Tracker { get; }

        /// <summary>The WebSocket location channel; null with <c>location.transport = http</c> or without a hub transport.</summary>
        public HubLocationChannel? LocationHub { get; }

        /// <summary>How often the adapter reads unit positions while HTTP batches carry them (at most every 5 s): once a second.</summary>
        public static readonly TimeSpan BatchedSampleInterval = TimeSpan.FromSeconds(1);

        private volatile int _sampleIntervalMs = (int)BatchedSampleInterval.TotalMilliseconds;

        /// <summary>
        /// How often to call <see cref="Sample"/>: as often as the hub takes a call (250 ms) while it carries locations,
        /// so the live map is as fresh as the hub allows, else <see cref="BatchedSampleInterval"/>. A plain read: safe on
        /// the main thread every tick.
        /// </summary>
        public TimeSpan SampleInterval => TimeSpan.FromMilliseconds(_sampleIntervalMs);

        /// <summary>Handles the CAD's push events from the hub; null without a hub transport.</summary>
        public PushEventRouter? PushEvents { get; }

        /// <summary>Model hash → the model the live map shows; the sampling tick's lookup (allocation-free).</summary>
        public VehicleModelNames VehicleModels { get; }
        public StreetReportGate Streets { get; }
        public LocationDescriber Locations { get; }
        public CommandRouter Commands { get; }
        public ICadActions Actions { get; }

        /// <summary>Account linking from the game (<c>/link</c>).</summary>
        public AccountLinks Links { get; }

        /// <summary>Temporary records to Sonoran and the configured mirrors, with guaranteed expiry.</summary>
        public RecordService Records { get; }
        public HeartbeatService? Heartbeat { get; }

        /// <summary>Every chat command to register: the call/panic/status commands and the record commands.</summary>
        public IReadOnlyList<string> CommandNames => Commands.Names;

        /// <summary>Chat suggestions for every enabled command.</summary>
        public IReadOnlyList<ChatSuggestion> Suggestions => Commands.Suggestions;

        /// <summary>A chat command from a player (call on the main thread: the ACE check in the context runs before the first await).</summary>
        public Task<CommandOutcome> HandleCommandAsync(string commandName, string arguments, CommandContext context)
            => Commands.HandleAsync(commandName, arguments, context);

        /// <summary>Replays the outbox and starts the lanes, the roster poll and the heartbeat.</summary>
        public void Start()
        {
            if (_started) return;
            _started = true;
            var restored = Dispatcher.RestoreFromOutbox();
            if (restored > 0) _log.Write(LogLevel.Info, restored + " undelivered item(s) restored from the outbox; they will be sent within the rate limits.");
            Dispatcher.Start();
            Roster.Start();
            Heartbeat?.Start();
            LocationHub?.Start();
            _log.Write(LogLevel.Info, "connected to Sonoran CAD " + Cad.ApiVersion + " at " + Options.EffectiveBaseUrl + " (server " + Options.ServerId + ")");
        }

        /// <summary>
        /// Sets or clears a unit's panic for another resource: the in-game state changes at once and is undone if the CAD
        /// refuses, as the chat command does.
        /// </summary>
        public IDeliveryTicket SetPanic(string communityUserId, bool isPanic)
        {
            var panic = Commands.Panic;
            panic.Request(communityUserId, isPanic);
            var ticket = Actions.SetPanic(communityUserId, isPanic);
            _ = ticket.Completion.ContinueWith(done => panic.Settle(communityUserId, isPanic, done.Result.State == DeliveryState.Accepted),
                System.Threading.CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            return ticket;
        }

        /// <summary>A player joined: <paramref name="primaryIdentifier"/> as FXServer gives it, e.g. "license:abc".</summary>
        public string? PlayerJoined(int playerId, string? primaryIdentifier)
        {
            var communityUserId = CommunityUserIds.From(primaryIdentifier, Options.PrimaryIdentifier);
            if (communityUserId == null)
            {
                _log.Write(LogLevel.Debug, "player " + playerId + " has no " + Options.PrimaryIdentifier + " identifier; not tracked as a unit");
                return null;
            }

            Roster.RegisterPlayer(playerId, communityUserId);
            return communityUserId;
        }

        public void PlayerDropped(int playerId)
        {
            Roster.RemovePlayer(playerId);
            Tracker.RemovePlayer(playerId);
            Commands.ForgetPlayer(playerId);
            Links.Forget(playerId);
            Streets.Forget(playerId);
        }

        /// <summary>The player is signed in to the CAD as a unit (for commands; the sampling tick reads <see cref="Units"/>).</summary>
        public bool IsUnit(int playerId) => Roster.IsUnit(playerId);

        public string? CommunityUserIdOf(int playerId) => Roster.TryGetCommunityUserId(playerId, out var id) ? id : null;

        /// <summary>
        /// The online players who are CAD units now: the adapter reads positions for these players only, in this order,
        /// and hands them to <see cref="Sample"/> with this snapshot. Lock-free and allocation-free.
        /// </summary>
        public UnitPlayers Units => Roster.Units;

        /// <summary>
        /// One sampling tick from the main thread: the positions the adapter read for the players of
        /// <paramref name="units"/> (a subsequence of it, in its order: a unit without a ped is left out). The core
        /// fills identity and vehicle model names and hands the snapshot to the tracker (<see cref="TickSampler"/>).
        /// Allocates nothing in steady state.
        /// </summary>
        public void Sample(UnitPlayers units, PlayerPosition[] positions, int count)
        {
            if (!SendsLocations) return;
            _tickSampler.Sample(units, positions, count);
        }

        /// <summary>A street report from the optional client script: untrusted display text.</summary>
        public StreetReportOutcome ReportStreets(int playerId, string? street, string? crossStreet)
            => Options.Streets.AcceptClientReports
                ? Streets.Submit(playerId, IsUnit(playerId), street, crossStreet)
                : StreetReportOutcome.Disabled;

        /// <summary>The status command's lines: lanes, circuit, outbox, roster. Never a secret.</summary>
        public IReadOnlyList<string> StatusLines()
        {
            var now = _services.Time.GetUtcNow();
            var lines = new List<string>
            {
                ProductVersion.Describe + "; Sonoran CAD " + Cad.ApiVersion + " at " + Options.EffectiveBaseUrl + ", server " + Options.ServerId
                    + "; circuit " + (_cadFactory.Breakers.StateOf(Options.EffectiveBaseUrl)?.ToString() ?? "Closed"),
                "players " + Roster.PlayerCount + ", CAD units online " + Roster.ActiveUnitIds.Count
                    + ", tracked " + Tracker.TrackedCount + ", roster refreshed "
                    + (Roster.LastRefreshedAt.HasValue ? Seconds(now - Roster.LastRefreshedAt.Value) + " ago" : "never"),
                "outbox " + Outbox.OpenCount + " open entries (" + Outbox.Path + ")"
                    + (Outbox.UnsavedCount > 0 ? ", " + Outbox.UnsavedCount + " not saved" : string.Empty),
            };
            if (Outbox.Problem != null) lines.Add(Outbox.Problem);
            if (LocationHub != null) lines.Add(LocationStreaming.StatusLine(LocationHub));

            // The dispatcher's lanes include the record mirrors' lanes.
            foreach (var lane in Dispatcher.GetStatus().OrderBy(l => l.Name, StringComparer.Ordinal))
            {
                var line = lane.Name + ": queued " + lane.Queued + ", sent " + lane.RequestsSent + ", accepted " + lane.ItemsAccepted
                    + ", retried " + lane.Retried + ", dropped " + lane.DroppedTotal
                    + (lane.DroppedTotal > 0 ? " (" + string.Join(", ", lane.Dropped.Where(d => d.Value > 0).Select(d => d.Key + " " + d.Value)) + ")" : string.Empty)
                    + ", limit " + lane.PermitsPerWindow + "/min";
                if (lane.NextAllowedSendAt > now) line += ", next send in " + Seconds(lane.NextAllowedSendAt - now);
                if (lane.Paused) line += ", PAUSED: " + lane.PauseReason;
                if (lane.LastError != null) line += ", last error: " + lane.LastError.Message;
                lines.Add(line);
            }

            return lines;
        }

        /// <summary>Sends what the rate budget allows within <paramref name="budget"/>; the rest stays in the outbox.</summary>
        public async Task StopAsync(TimeSpan budget)
        {
            Heartbeat?.Stop();
            Roster.Stop();
            await Dispatcher.StopAsync(budget).ConfigureAwait(false);
            var left = Outbox.OpenCount;
            var lost = Outbox.UnsavedCount;
            if (lost > 0)
            {
                _log.Write(LogLevel.Error, "stopped; " + lost + " item(s) could not be saved and are lost (" + Outbox.Problem + ")"
                    + (left > 0 ? "; " + left + " item(s) kept in the outbox for the next start" : string.Empty));
                return;
            }

            _log.Write(LogLevel.Info, left == 0 ? "stopped; nothing left to send" : "stopped; " + left + " item(s) kept in the outbox for the next start");
        }

        public void Dispose()
        {
            Dispatcher.LaneFaulted -= OnLaneFaulted;
            Roster.UnitsRead -= SyncPanic;
            Links.Linked -= OnLinked;
            if (PushEvents != null) PushEvents.LinkVerified -= Links.Verified;
            Heartbeat?.Dispose();
            LocationHub?.Dispose();
            if (PushEvents != null && _services.Hub != null) _services.Hub.PushReceived -= PushEvents.Handle;
            Roster.Dispose();
            Dispatcher.Dispose();
            Outbox.Dispose();
        }

        /// <summary>The integration's log (redacting), for the exports.</summary>
        internal ILog Log => _log;

        /// <summary>
        /// Logs a queued call as a record from <paramref name="template"/> (empty: not logged); the caller's
        /// communityUserId owns it, so a call without one is not logged.
        /// </summary>
        internal void LogCallAsRecord(Cad.Models.EmergencyCall call, string template)
        {
            if (string.IsNullOrWhiteSpace(template)) return;
            if (!call.MetaData.TryGetValue("callerCommunityUserId", out var owner) || string.IsNullOrWhiteSpace(owner))
            {
                _log.Write(LogLevel.Debug, "call from " + call.Caller + " not logged as a record: the caller has no " + Options.PrimaryIdentifier + " identifier");
                return;
            }

            var result = Records.LogCall(template, call, owner);
            if (!result.Succeeded) _log.Write(LogLevel.Warning, "call not logged as a record (template " + template + "): " + string.Join("; ", result.Errors));
        }

        /// <summary>A panic set or cleared in the CAD (the active-unit list's isPanic) is set or cleared in game too.</summary>
        private void SyncPanic(IReadOnlyList<Cad.Models.ActiveUnit> units, DateTimeOffset readAt)
        {
            foreach (var unit in units)
            {
                foreach (var id in unit.CommunityUserIds)
                {
                    if (!Commands.Panic.Sync(id, unit.IsPanic, readAt)) continue;
                    _log.Write(LogLevel.Info, "unit " + id + ": panic " + (unit.IsPanic ? "set" : "cleared") + " in the CAD");
                    _services.Events.PanicChanged(id, unit.IsPanic);
                }
            }
        }

        /// <summary>
        /// A player linked their account: the roster reads the CAD's unit list as soon as its budget allows, so a unit
        /// already signed in is picked up. A link seen by a check is raised as the push event's local event would be.
        /// </summary>
        private void OnLinked(int playerId, string communityUserId, bool byPush)
        {
            Roster.RefreshSoon();
            if (byPush) return;
            try
            {
                _services.PushEvents?.Raise(PushEventNames.LinkVerified, communityUserId, playerId);
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Warning, "raising " + PushEventNames.LinkVerified + " failed: " + ex.GetType().Name);
            }
        }

        private void OnLaneFaulted(LaneFault fault)
            => _log.Write(LogLevel.Error, "Sonoran CAD refused " + fault.Endpoint + " and it is paused until fixed: " + fault.Failure.Message
                + ". Check communityId, apiKey, serverId and the API URL, then run `sonoran reload`.");

        private static string Seconds(TimeSpan span) => Math.Max(0, span.TotalSeconds).ToString("0", CultureInfo.InvariantCulture) + " s";
    }
}
