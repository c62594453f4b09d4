using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CitizenFX.Core.Native;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Diagnostics.Doctor;
using SonoranFiveM.Core.Http;
using SonoranFiveM.Core.Http.Native;
using SonoranFiveM.Server.Engine;

namespace SonoranFiveM.Server
{
    /// <summary>Start and reload: the engine is read on the main thread, the work runs on the thread pool.</summary>
    public sealed partial class SonoranScript
    {
        private const string OneSyncConvar = "onesync";
        private const int ApiKeyRereads = 10;

        /// <summary>
        /// Main thread: reads the configuration files and the first convars, then hands off. Options, the postal map's parse
        /// and index, and the outbox replay run on the thread pool, coming back to the main thread only for natives
        /// (more convars, registering commands, the postal file, publishing the host). Until it is ready, commands
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
            if (_host == null) _phase = Phase.Starting;
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

                // Main thread: take the running host out of service (commands answer "starting"), register the command
                // names at once (an unregistered /911 would go out as plain chat), read the postal file.
                SonoranHost? old = null;
                var commandNames = ChatCommandNames.Of(options);
                var postals = await _mainThread.Call(() =>
                {
                    old = _host;
                    _host = null;
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
                    CanReadPositions = OneSyncCheck.IsOn(convars.Get(OneSyncConvar)),
                    Hub = _hub = HubBridge.Create(options, _mainThread),
                    PushEvents = new HubBridge.Events(_mainThread),
                };
                var host = SonoranHost.Create(options, services);
                host.Start();
                var suggestions = host.Suggestions;

                var published = await _mainThread.Call(() => Publish(host, suggestions, generation, startedAt)).ConfigureAwait(false);
                if (!published)
                {
                    await host.StopAsync(TimeSpan.Zero).ConfigureAwait(false);
                    host.Dispose();
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
                if (_host == null) _phase = Phase.NotRunning;
                _busy = false;
            }
        }

        /// <summary>Main thread: the host goes into service, and players already online are joined.</summary>
        private bool Publish(SonoranHost host, IReadOnlyList<ChatSuggestion> suggestions, int generation, long startedAt)
        {
            if (generation != _generation) return false;
            _log.Write(LogLevel.Info, "ready after " + (int)_time.GetElapsedTime(startedAt).TotalMilliseconds + " ms: commands and exports are live");
            _host = host;
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

        private static string? ReadConvar(string name)
        {
            var value = API.GetConvar(name, string.Empty);
            return string.IsNullOrEmpty(value) ? null : value;
        }
    }
}
