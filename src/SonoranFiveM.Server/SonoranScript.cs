using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CitizenFX.Core;
using CitizenFX.Core.Native;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Engine;
using SonoranFiveM.Core.Http;
using SonoranFiveM.Core.Http.Native;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Streaming.Bridge;
using SonoranFiveM.Server.Engine;

namespace SonoranFiveM.Server
{
    /// <summary>
    /// The engine adapter FXServer instantiates. It only reads the engine (natives, main thread) and forwards to the
    /// core; every decision is made in SonoranFiveM.Core. Handlers that change anything check where the call came from.
    /// </summary>
    public sealed class SonoranScript : BaseScript
    {
        private const int SampleEveryMilliseconds = 1000;
        private const string StreetReportEvent = "sonoran-fivem:streets";
        private static readonly Task Done = Task.FromResult(0);

        private readonly string _resourceName;
        private readonly ConsoleLog _console = new ConsoleLog();
        private readonly MainThreadQueue _mainThread;
        private readonly UnitSampler _sampler = new UnitSampler();
        private readonly HashSet<string> _registeredCommands = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private const string OneSyncConvar = "onesync";
        private const int ApiKeyRereads = 10;

        private readonly TimeProvider _time = TimeProvider.System;
        private volatile ILog _log;
        private volatile SonoranIntegration? _integration;
        private volatile ResourceExports? _exports;
        private volatile NativeHttpTransport? _nativeHttp;
        private volatile EventHubTransport? _hub;
        private volatile string _adminAce = AdminCommand.DefaultAce;
        private volatile string? _notRunningReason;
        private volatile Phase _phase = Phase.Starting;
        private volatile bool _busy;
        /// <summary>Bumped when the resource stops: a start still running from before gives up.</summary>
        private volatile int _generation;
        private HttpClient? _httpClient;
        private int _nextSampleAt;
        private bool _stopping;

        private enum Phase
        {
            Starting,
            Running,
            NotRunning,
        }

        public SonoranScript()
        {
            _resourceName = API.GetCurrentResourceName();
            _nextSampleAt = Environment.TickCount;
            _log = _console;
            _mainThread = new MainThreadQueue(_console);

            // C# has no net-event filtering: any client can trigger any of these names. Local-only events check that
            // the source is empty, and every argument a client could send is taken as object, because a failed
            // argument conversion makes FXServer remove the handler for good.
            EventHandlers["onResourceStop"] += new Action<string, object>(OnResourceStop);
            EventHandlers["playerJoining"] += new Action<Player, string>(OnPlayerJoining);
            EventHandlers["playerDropped"] += new Action<Player, string>(OnPlayerDropped);
            EventHandlers["__cfx_internal:httpResponse"] += new Action<string, object, object, object, object, object, object>(OnHttpResponse);
            EventHandlers["txAdmin:events:serverShuttingDown"] += new Action<string, object>(OnTxAdminShuttingDown);
            EventHandlers["txAdmin:events:scheduledRestart"] += new Action<string, object>(OnTxAdminScheduledRestart);
            EventHandlers[StreetReportEvent] += new Action<Player, object, object>(OnStreetReport);
            EventHandlers["chat:init"] += new Action<Player>(OnChatInit);
            EventHandlers[HubBridgeEvents.Result] += new Action<string, object, object, object>(OnHubResult);
            EventHandlers[HubBridgeEvents.Closed] += new Action<string, object>(OnHubClosed);
            EventHandlers[HubBridgeEvents.Push] += new Action<string, object>(OnHubPush);
            // Unrestricted: OnConsoleCommand checks commands.adminAce itself (the console always may).
            API.RegisterCommand(AdminCommand.Name, new Action<int, List<object>, string>(OnConsoleCommand), false);
            RegisterExports();
            Tick += OnTick;

            BeginStart(reload: false, say: null);
        }

        // ----- start and reload: the engine is read on the main thread, the work runs on the thread pool -----

        /// <summary>
        /// Main thread: reads the configuration files and the first convars, then hands off. Options, the postal map's parse
        /// and index, and the outbox replay run on the thread pool, coming back to the main thread only for natives
        /// (more convars, registering commands, the postal file, publishing the integration). Until it is ready, commands
        /// answer "starting".
        /// </summary>
        private void BeginStart(bool reload, Action<string>? say)
        {
            if (_busy)
            {
                say?.Invoke("a start or reload is already running.");
                return;
            }

            _busy = true;
            if (_integration == null) _phase = Phase.Starting;
            var files = SnapshotFiles.Load(_resourceName);
            var convars = new ConvarSnapshot(ReadConvars(new[] { OneSyncConvar, ProtectedConvar.ApiKeyConvar }));
            var generation = _generation;
            var startedAt = _time.GetTimestamp();
            _ = Task.Run(() => StartAsync(files, convars, reload, say, generation, startedAt));
        }

        private async Task StartAsync(SnapshotFiles files, ConvarSnapshot convars, bool reload, Action<string>? say, int generation, long startedAt)
        {
            try
            {
                var dryRunFiles = files.ReadOnly();
                await convars.CompleteAsync(get => DryRun(dryRunFiles, get), names => _mainThread.Call(() => ReadConvars(names))).ConfigureAwait(false);
                var keyBlocked = await WaitForApiKeyAsync(convars, generation).ConfigureAwait(false);
                if (generation != _generation) return;

                var startup = ConfigurationStartup.Run(files, name => ConvarValue(convars, name), _console, _resourceName, apiKeyUnreadable: keyBlocked);
                var options = startup.Options;
                if (options == null)
                {
                    if (startup.SetupMessage != null) _notRunningReason = startup.SetupMessage;
                    if (keyBlocked) startup.Log.Write(LogLevel.Error, ProtectedConvar.ApiKeyMessage(_resourceName));
                    if (reload) say?.Invoke("the new configuration has errors (printed above); the running one is kept.");
                    else _phase = Phase.NotRunning;
                    return;
                }

                var log = new MinimumLevelLog(startup.Log, options.LogLevel);

                // Main thread: take the running integration out of service (commands answer "starting"), register the
                // command names at once (an unregistered /911 would go out as plain chat), read the postal file.
                SonoranIntegration? old = null;
                var commandNames = ChatCommandNames.Of(options);
                var postals = await _mainThread.Call(() =>
                {
                    old = _integration;
                    _integration = null;
                    _exports = null;
                    _phase = Phase.Starting;
                    _log = log;
                    _adminAce = options.Commands.AdminAce;
                    RegisterChatCommands(commandNames);
                    return PostalLoader.Read(options, log);
                }).ConfigureAwait(false);

                if (old != null)
                {
                    // Calls, records and record deletes still queued go to the outbox and the new instance sends them.
                    await old.StopAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
                    old.Dispose();
                    _hub?.Stop();
                }

                if (generation != _generation) return;
                var services = new IntegrationServices(Transport(options), _time, log, new ChatMessenger(_mainThread, Players),
                    new LocalEvents(_mainThread), files.Folder)
                {
                    Postals = PostalLoader.Parse(postals, log),
                    CanReadPositions = (convars.Get(OneSyncConvar) ?? "off") != "off",
                    Hub = _hub = HubBridge.Create(options, _mainThread),
                    PushEvents = new HubBridge.Events(_mainThread),
                };
                var integration = SonoranIntegration.Create(options, services);
                integration.Start();
                var exports = new ResourceExports(integration);
                var suggestions = integration.Suggestions;

                var published = await _mainThread.Call(() => Publish(integration, exports, suggestions, generation, startedAt)).ConfigureAwait(false);
                if (!published)
                {
                    await integration.StopAsync(TimeSpan.Zero).ConfigureAwait(false);
                    integration.Dispose();
                    return;
                }

                if (reload) say?.Invoke("reloaded.");
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Error, "sonoran-fivem did not start: " + ex.GetType().Name + ": " + ex.Message);
                if (reload) say?.Invoke("reload failed; see the errors above.");
            }
            finally
            {
                if (_integration == null) _phase = Phase.NotRunning;
                _busy = false;
            }
        }

        /// <summary>Main thread: the integration goes into service, and players already online are joined.</summary>
        private bool Publish(SonoranIntegration integration, ResourceExports exports, IReadOnlyList<ChatSuggestion> suggestions, int generation, long startedAt)
        {
            if (generation != _generation) return false;
            _log.Write(LogLevel.Info, "ready after " + (int)_time.GetElapsedTime(startedAt).TotalMilliseconds + " ms: commands and exports are live");
            _integration = integration;
            _exports = exports;
            _phase = Phase.Running;
            _notRunningReason = null;
            for (var i = 0; i < API.GetNumPlayerIndices(); i++)
            {
                var handle = API.GetPlayerFromIndex(i);
                if (int.TryParse(handle, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) Join(id, handle, Players[id]);
            }

            SendSuggestions(suggestions, null);
            return true;
        }

        /// <summary>Loads the options against the snapshot without logging or writing, to learn which convars they read.</summary>
        private static void DryRun(SnapshotFiles files, Func<string, string?> convar)
        {
            var bootstrap = ConfigBootstrap.Prepare(files);
            if (bootstrap.CanStart) OptionsLoader.Load(bootstrap.ConfigJson, convar);
        }

        /// <summary>
        /// Where Sonoran's official resource also runs, sonoran_apiKey reads a placeholder until server.cfg grants this
        /// resource read access. Says so, reads it again for a while (the grant may come from a later exec), and returns
        /// true when it is still the placeholder: the key must then come from config.json.
        /// </summary>
        private async Task<bool> WaitForApiKeyAsync(ConvarSnapshot convars, int generation)
        {
            if (!ProtectedConvar.IsPlaceholder(convars.Get(ProtectedConvar.ApiKeyConvar))) return false;
            _notRunningReason = ProtectedConvar.ApiKeyMessage(_resourceName);
            _log.Write(LogLevel.Warning, _notRunningReason + " Reading it again for " + ApiKeyRereads + " s before giving up.");
            for (var i = 0; i < ApiKeyRereads && generation == _generation; i++)
            {
                await _time.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
                var value = await _mainThread.Call(() => ReadConvar(ProtectedConvar.ApiKeyConvar)).ConfigureAwait(false);
                if (ProtectedConvar.IsPlaceholder(value)) continue;
                convars.Add(new[] { new KeyValuePair<string, string?>(ProtectedConvar.ApiKeyConvar, value) });
                _notRunningReason = null;
                _log.Write(LogLevel.Info, ProtectedConvar.ApiKeyConvar + " is readable now.");
                return false;
            }

            return true;
        }

        /// <summary>A convar for the options loader: empty is unset, and so is the protected key's placeholder.</summary>
        private static string? ConvarValue(ConvarSnapshot convars, string name)
        {
            var value = convars.Get(name);
            return string.IsNullOrEmpty(value) || (name == ProtectedConvar.ApiKeyConvar && ProtectedConvar.IsPlaceholder(value)) ? null : value;
        }

        private static IReadOnlyDictionary<string, string?> ReadConvars(IEnumerable<string> names)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in names) values[name] = ReadConvar(name);
            return values;
        }

        private IHttpTransport Transport(SonoranOptions options)
        {
            if (options.HttpTransport == HttpTransportKind.HttpClient)
            {
                _httpClient ??= new HttpClient();
                return new HttpClientTransport(_httpClient);
            }

            _nativeHttp = new NativeHttpTransport(_mainThread, json => API.PerformHttpRequestInternal(json, Encoding.UTF8.GetByteCount(json)), TimeProvider.System);
            return _nativeHttp;
        }

        private Task OnTick()
        {
            _mainThread.Drain();
            var integration = _integration;
            if (integration != null && !_stopping && unchecked(Environment.TickCount - _nextSampleAt) >= 0)
            {
                _nextSampleAt = unchecked(Environment.TickCount + SampleEveryMilliseconds);
                _sampler.Tick(integration);
            }

            return Done;
        }

        // ----- players -----

        private void OnPlayerJoining([FromSource] Player player, string oldId)
        {
            if (player == null || !int.TryParse(player.Handle, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return;
            Join(id, player.Handle, player);
            SendSuggestions(player);
        }

        private void Join(int id, string handle, Player player)
        {
            var integration = _integration;
            if (integration == null) return;
            integration.PlayerJoined(id, API.GetPlayerIdentifierByType(handle, integration.Options.PrimaryIdentifier));
            _sampler.Add(id, handle, player);
        }

        private void OnPlayerDropped([FromSource] Player player, string reason)
        {
            if (player == null || !int.TryParse(player.Handle, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return;
            _sampler.Remove(id);
            _integration?.PlayerDropped(id);
        }

        // A client event: the only one this resource listens to. The core treats it as untrusted display text and
        // accepts it only from units, at most once a second.
        private void OnStreetReport([FromSource] Player player, object street, object crossStreet)
        {
            if (player == null || !int.TryParse(player.Handle, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return;
            _integration?.ReportStreets(id, street as string, crossStreet as string);
        }

        // The chat resource's client asks for its suggestions once it is ready: the reliable moment to send ours.
        private void OnChatInit([FromSource] Player player)
        {
            if (player != null) SendSuggestions(player);
        }

        // ----- chat commands -----

        private void RegisterChatCommands(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                // FXServer cannot unregister a command: after a reload, a re-registered name keeps this one handler,
                // which always asks the current integration.
                if (!_registeredCommands.Add(name)) continue;
                var command = name;
                API.RegisterCommand(command, new Action<int, List<object>, string>((source, args, raw) => OnChatCommand(command, source, raw)), false);
            }
        }

        private void OnChatCommand(string command, int source, string raw)
        {
            var integration = _integration;
            if (integration == null)
            {
                new ChatMessenger(_mainThread, Players).Reply(source, _phase == Phase.Starting ? LifecycleReplies.Starting : LifecycleReplies.NotRunning);
                return;
            }

            var handle = source.ToString(CultureInfo.InvariantCulture);
            WorldPosition? position = null;
            if (source > 0)
            {
                var ped = API.GetPlayerPed(handle);
                if (ped != 0)
                {
                    var c = API.GetEntityCoords(ped);
                    position = new WorldPosition(c.X, c.Y, c.Z);
                }
            }

            var context = new CommandContext(source, source > 0 ? API.GetPlayerName(handle) : "console", integration.CommunityUserIdOf(source),
                integration.IsUnit(source), position, ace => source > 0 && API.IsPlayerAceAllowed(handle, ace));
            _ = integration.HandleCommandAsync(command, CommandRouter.ArgumentsFromRaw(raw), context);
        }

        private void SendSuggestions(Player? player) => SendSuggestions(_integration?.Suggestions, player);

        private void SendSuggestions(IReadOnlyList<ChatSuggestion>? suggestions, Player? player)
        {
            if (suggestions == null) return;
            foreach (var suggestion in suggestions)
            {
                var parameters = new List<object>();
                foreach (var p in suggestion.Parameters) parameters.Add(new { name = p.Name, help = p.Help });
                if (player == null) TriggerClientEvent("chat:addSuggestion", suggestion.Name, suggestion.Help, parameters);
                else TriggerClientEvent(player, "chat:addSuggestion", suggestion.Name, suggestion.Help, parameters);
            }
        }

        // ----- console: sonoran status | reload | flush (the console, or a player with commands.adminAce) -----

        private void OnConsoleCommand(int source, List<object> args, string raw)
        {
            var messenger = new ChatMessenger(_mainThread, Players);
            void Say(string line) => messenger.Reply(source, line);
            var handle = source.ToString(CultureInfo.InvariantCulture);
            if (!AdminCommand.IsAllowed(source, _adminAce, ace => API.IsPlayerAceAllowed(handle, ace)))
            {
                Say(AdminCommand.NoPermission);
                return;
            }

            var verb = args.Count > 0 ? Convert.ToString(args[0], CultureInfo.InvariantCulture)?.ToLowerInvariant() : "status";

            switch (verb)
            {
                case "status":
                    if (_integration != null)
                    {
                        foreach (var line in _integration.StatusLines()) Say(line);
                    }
                    else
                    {
                        Say(_phase == Phase.Starting ? "starting: reading the configuration, the postal map and the outbox; commands answer \"starting\" until it is ready."
                            : "not running: see the configuration errors printed at start (or run `sonoran reload`).");
                        if (_notRunningReason != null) Say(_notRunningReason);
                    }

                    break;
                case "reload":
                    BeginStart(reload: true, say: Say);
                    break;
                case "flush":
                    if (_integration == null) Say("not running.");
                    else _ = _integration.Dispatcher.PumpAsync().ContinueWith(_ => Say("flushed what the rate limits allow; `sonoran status` shows what is left."));
                    break;
                default:
                    Say("usage: sonoran status | reload | flush");
                    break;
            }
        }

        // ----- exports for other resources (not reachable by clients) -----

        private void RegisterExports()
        {
            // Lua tables arrive as a map, or as an empty list when empty: table arguments are taken as object.
            Exports.Add("Send911Call", new Func<string, string, string, bool, object, string>(
                (caller, location, description, isEmergency, metaData) => _exports?.Send911Call(caller, location, description, isEmergency, metaData) ?? NotReady));
            Exports.Add("Remove911Call", new Func<object, string>(id => _exports?.Remove911Call(id) ?? NotReady));
            Exports.Add("SetUnitStatus", new Func<string, string, string>((cuid, status) => _exports?.SetUnitStatus(cuid, status) ?? NotReady));
            Exports.Add("SetUnitPanic", new Func<string, bool, string>((cuid, on) => _exports?.SetUnitPanic(cuid, on) ?? NotReady));
            Exports.Add("CreateTemporaryRecord", new Func<string, object, int, string>(
                (template, values, minutes) => _exports?.CreateTemporaryRecord(template, values, minutes) ?? NotReady));
            Exports.Add("DeleteTemporaryRecord", new Func<string, bool>(handle => _exports?.DeleteTemporaryRecord(handle) ?? false));
            Exports.Add("GetStatus", new Func<string>(() => _exports?.GetStatus() ?? NotReady));
        }

        private string NotReady => _phase == Phase.Starting ? LifecycleReplies.ExportStarting : LifecycleReplies.ExportNotRunning;

        // ----- HTTP, shutdown -----

        private void OnHttpResponse([FromSource] string source, object token, object status, object body, object headers, object errorData, object errorHeaders)
        {
            if (!string.IsNullOrEmpty(source)) return;
            _nativeHttp?.OnResponse(token, status, body, headers, errorData, errorHeaders);
        }

        // Hub bridge answers (resource/sonoran-hub.js): only from this resource's own script (not a client, not another
        // resource); the transport checks the arguments.
        private bool FromOwnBridge(string source) =>
            string.IsNullOrEmpty(source) && string.Equals(API.GetInvokingResource(), _resourceName, StringComparison.Ordinal);

        private void OnHubResult([FromSource] string source, object requestId, object outcome, object reason)
        {
            if (FromOwnBridge(source)) _hub?.OnResult(requestId, outcome, reason);
        }

        private void OnHubClosed([FromSource] string source, object reason)
        {
            if (FromOwnBridge(source)) _hub?.OnClosed(reason);
        }

        private void OnHubPush([FromSource] string source, object payload)
        {
            if (FromOwnBridge(source)) _hub?.OnPush(payload);
        }

        private void OnTxAdminShuttingDown([FromSource] string source, object data)
        {
            if (!string.IsNullOrEmpty(source)) return;
            BeginShutdown(Number(data, "delay") ?? 5000);
        }

        private void OnTxAdminScheduledRestart([FromSource] string source, object data)
        {
            if (!string.IsNullOrEmpty(source)) return;
            var seconds = Number(data, "secondsRemaining");
            if (seconds.HasValue && seconds.Value <= 60) BeginShutdown(seconds.Value * 1000);
        }

        private void BeginShutdown(int millisecondsLeft)
        {
            var integration = _integration;
            if (integration == null || _stopping) return;
            _stopping = true;
            _ = integration.StopAsync(TimeSpan.FromMilliseconds(Math.Max(0, Math.Min(millisecondsLeft - 1000, 10000))));
        }

        private void OnResourceStop([FromSource] string source, object resourceName)
        {
            if (!string.IsNullOrEmpty(source) || !string.Equals(resourceName as string, _resourceName, StringComparison.Ordinal)) return;
            _generation++;
            var integration = _integration;
            _integration = null;
            _exports = null;
            _phase = Phase.NotRunning;
            if (integration == null) return;
            _stopping = true;
            // No time to send: the stop writes what is still queued to the outbox. It waits for no network answer, but
            // the wait is capped so a stuck disk cannot hold the server thread for long.
            integration.StopAsync(TimeSpan.Zero).Wait(TimeSpan.FromSeconds(2));
            integration.Dispose();
            _hub?.Stop();
            _httpClient?.Dispose();
        }

        private static int? Number(object data, string key)
            => data is IDictionary<string, object> map && map.TryGetValue(key, out var value) && value is IConvertible
                ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
                : (int?)null;

        private static string? ReadConvar(string name)
        {
            var value = API.GetConvar(name, string.Empty);
            return string.IsNullOrEmpty(value) ? null : value;
        }
    }
}
