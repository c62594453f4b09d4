using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using CitizenFX.Core;
using CitizenFX.Core.Native;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Diagnostics.Doctor;
using SonoranFiveM.Core.Engine;
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
    public sealed partial class SonoranScript : BaseScript
    {
        private const string StreetReportEvent = "sonoran-fivem:streets";
        private static readonly Task Done = Task.FromResult(0);

        private readonly string _resourceName;
        private readonly ConsoleLog _console = new ConsoleLog();
        private readonly MainThreadQueue _mainThread;
        private readonly UnitSampler _sampler = new UnitSampler();
        private readonly HashSet<string> _registeredCommands = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        private readonly TimeProvider _time = TimeProvider.System;
        private readonly ConsoleDoctor _doctor = new ConsoleDoctor(TimeProvider.System);
        private volatile ILog _log;
        private volatile SonoranHost? _host;
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

        // ----- the sampling tick -----

        private Task OnTick()
        {
            _mainThread.Drain();
            var host = _host;
            if (host != null && !_stopping && unchecked(Environment.TickCount - _nextSampleAt) >= 0)
            {
                _nextSampleAt = unchecked(Environment.TickCount + (int)host.SampleInterval.TotalMilliseconds);
                _sampler.Tick(host);
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
            var host = _host;
            if (host == null) return;
            host.PlayerJoined(id, API.GetPlayerIdentifierByType(handle, host.Options.PrimaryIdentifier));
            _sampler.Add(id, handle, player);
        }

        private void OnPlayerDropped([FromSource] Player player, string reason)
        {
            if (player == null || !int.TryParse(player.Handle, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return;
            _sampler.Remove(id);
            _host?.PlayerDropped(id);
        }

        // A client event: the only one this resource listens to. The core treats it as untrusted display text and
        // accepts it only from units, at most once a second.
        private void OnStreetReport([FromSource] Player player, object street, object crossStreet)
        {
            if (player == null || !int.TryParse(player.Handle, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return;
            _host?.ReportStreets(id, street as string, crossStreet as string);
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
                // which always asks the current host.
                if (!_registeredCommands.Add(name)) continue;
                var command = name;
                API.RegisterCommand(command, new Action<int, List<object>, string>((source, args, raw) => OnChatCommand(command, source, raw)), false);
            }
        }

        private void OnChatCommand(string command, int source, string raw)
        {
            var host = _host;
            if (host == null)
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

            var context = new CommandContext(source, source > 0 ? API.GetPlayerName(handle) : "console", host.CommunityUserIdOf(source),
                host.IsUnit(source), position, ace => source > 0 && API.IsPlayerAceAllowed(handle, ace));
            _ = host.CommandAsync(command, CommandRouter.ArgumentsFromRaw(raw), context);
        }

        private void SendSuggestions(Player? player) => SendSuggestions(_host?.Suggestions, player);

        private void SendSuggestions(IReadOnlyList<ChatSuggestion>? suggestions, Player? player)
        {
            if (suggestions == null || suggestions.Count == 0) return;
            // One chat:addSuggestions event with the whole list (the chat resource's own form), not one event per command.
            var list = new List<object>(suggestions.Count);
            foreach (var suggestion in suggestions)
            {
                var parameters = new List<object>();
                foreach (var p in suggestion.Parameters) parameters.Add(new { name = p.Name, help = p.Help });
                list.Add(new { name = suggestion.Name, help = suggestion.Help, @params = parameters });
            }

            if (player == null) TriggerClientEvent("chat:addSuggestions", list);
            else TriggerClientEvent(player, "chat:addSuggestions", list);
        }

        // ----- console: sonoran status | reload | flush | doctor (the console, or a player with commands.adminAce) -----

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
                    var host = _host;
                    if (host != null)
                    {
                        foreach (var line in host.Status().Lines) Say(line);
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
                case ConsoleDoctor.Verb:
                    // Lines go to the console, and to the admin's chat when run in game.
                    _doctor.TryStart(PrepareDoctorAsync, line =>
                    {
                        messenger.Reply(0, line);
                        if (source > 0) Say(ConsoleDoctor.ChatLine(line));
                    });
                    break;
                case "flush":
                    var running = _host;
                    if (running == null) Say("not running.");
                    else _ = running.FlushAsync().ContinueWith(_ => Say("flushed what the rate limits allow; `sonoran status` shows what is left."));
                    break;
                default:
                    Say("usage: sonoran status | reload | flush | doctor");
                    break;
            }
        }

        // ----- exports for other resources (not reachable by clients) -----

        private void RegisterExports()
        {
            // Lua tables arrive as a map, or as an empty list when empty: table arguments are taken as object.
            Exports.Add("Send911Call", new Func<string, string, string, bool, object, string>(
                (caller, location, description, isEmergency, metaData) => _host?.Exports?.Send911Call(caller, location, description, isEmergency, metaData) ?? NotReady));
            Exports.Add("Remove911Call", new Func<object, string>(id => _host?.Exports?.Remove911Call(id) ?? NotReady));
            Exports.Add("SetUnitStatus", new Func<string, string, string>((cuid, status) => _host?.Exports?.SetUnitStatus(cuid, status) ?? NotReady));
            Exports.Add("SetUnitPanic", new Func<string, bool, string>((cuid, on) => _host?.Exports?.SetUnitPanic(cuid, on) ?? NotReady));
            Exports.Add("CreateTemporaryRecord", new Func<string, object, int, string>(
                (template, values, minutes) => _host?.Exports?.CreateTemporaryRecord(template, values, minutes) ?? NotReady));
            Exports.Add("DeleteTemporaryRecord", new Func<string, bool>(handle => _host?.Exports?.DeleteTemporaryRecord(handle) ?? false));
            Exports.Add("GetStatus", new Func<string>(() => _host?.Exports?.GetStatus() ?? NotReady));
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
            var host = _host;
            if (host == null || _stopping) return;
            _stopping = true;
            _ = host.StopAsync(TimeSpan.FromMilliseconds(Math.Max(0, Math.Min(millisecondsLeft - 1000, 10000))));
        }

        private void OnResourceStop([FromSource] string source, object resourceName)
        {
            if (!string.IsNullOrEmpty(source) || !string.Equals(resourceName as string, _resourceName, StringComparison.Ordinal)) return;
            _generation++;
            var host = _host;
            _host = null;
            _phase = Phase.NotRunning;
            if (host == null) return;
            _stopping = true;
            // No time to send: the stop writes what is still queued to the outbox. It waits for no network answer, but
            // the wait is capped so a stuck disk cannot hold the server thread for long.
            host.StopAsync(TimeSpan.Zero).Wait(TimeSpan.FromSeconds(2));
            host.Dispose();
            _hub?.Stop();
            _httpClient?.Dispose();
        }

        private static int? Number(object data, string key)
            => data is IDictionary<string, object> map && map.TryGetValue(key, out var value) && value is IConvertible
                ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
                : (int?)null;
    }
}
