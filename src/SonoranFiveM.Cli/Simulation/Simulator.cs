using System.Net.Http;
using SonoranFiveM.Cli.Hub;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Postals;
using SonoranFiveM.Emulator;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// Runs a <see cref="SimulatedServer"/> against the real core, started as the resource starts it
    /// (<see cref="SonoranHost.Start"/>: outbox replay, one loop per lane, the roster poll and the heartbeat timer), over
    /// <see cref="HttpClientTransport"/> to the emulator on 127.0.0.1 with its rate limits on, or to a real CAD. With
    /// <c>--transport websocket</c> (the default) unit locations go over the CAD's hub (<see cref="SignalRHubTransport"/>)
    /// with HTTP as the fallback, and the CAD's push events come back over it.
    /// <para>
    /// Time: the core and the emulator share a stepped virtual clock (<see cref="SimulationClock"/>). Each 250 ms step
    /// the clock moves (the lanes' and timers' sleeps end from it), the game plays, and the simulator waits until the
    /// loops have sent what is due: no request or hub call in flight other than those the emulator holds on the virtual
    /// clock (<c>latency</c>, <c>hang</c>), and none new for a moment. <c>--speed X</c> paces the steps so that X virtual seconds
    /// pass per real second; <c>max</c> does not pace at all. Against a real CAD the clock is paced at speed 1.
    /// </para>
    /// </summary>
    public sealed class Simulator : IAsyncDisposable
    {
        public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(1);
        private const string EmulatorApiKey = "simulate-local-key";
        private const string EmulatorCommunity = "simulate-community";

        private readonly SimulationSettings _settings;
        private readonly SimulationClock _clock;
        private readonly CadEmulator? _emulator;
        private readonly HttpClient _http;
        private readonly CountingTransport _transport;
        private readonly SimulationProbe _probe;
        private readonly SimulatedServer _server;
        private readonly SimulatedCad? _cad;
        private readonly CountingHubTransport? _hub;
        private readonly TimeProvider _wall = TimeProvider.System;
        private readonly string _folder;

        private Simulator(SimulationSettings settings, SimulationClock clock, SimulationProbe probe, HttpClient http, CountingTransport transport, CadEmulator? emulator)
        {
            _http = http;
            _settings = settings;
            _clock = clock;
            _probe = probe;
            _transport = transport;
            _emulator = emulator;
            _folder = Path.Combine(settings.WorkFolderParent, "sonoran-simulate-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            try
            {
                var apiKey = emulator != null ? EmulatorApiKey : settings.ApiKey!;
                var communityId = emulator != null ? EmulatorCommunity : settings.CommunityId ?? "";
                var baseUrl = emulator?.BaseUrl ?? settings.CadUrl!;
                var serverId = emulator != null ? 1 : settings.ServerId;
                var config = SimulationConfig.Json(communityId, baseUrl, serverId, settings.Transport);
                var loaded = OptionsLoader.Load(config, name => name == "sonoran_apiKey" ? apiKey : null);
                if (!loaded.IsValid) throw new InvalidOperationException("simulation options are invalid: " + string.Join(" | ", loaded.Errors.Select(e => e.Message)));
                if (settings.Transport == "websocket")
                {
                    _hub = new CountingHubTransport(new SignalRHubTransport(baseUrl, communityId, apiKey, serverId));
                    probe.Watch(_hub);
                }

                var rng = new Random(settings.Seed);
                var services = new IntegrationServices(transport, clock.Virtual, probe, probe, probe, _folder)
                {
                    Random = () => rng.NextDouble(),
                    Postals = PostalIndex.Build(PostalSetGenerator.Generate()),
                    Hub = _hub,
                };
                Host = SonoranHost.Create(loaded.Options!, services);
                _server = new SimulatedServer(settings, Host, emulator, probe, clock, rng);
                if (emulator != null) _cad = new SimulatedCad(settings, emulator, _server, probe, clock, rng);
            }
            catch
            {
                // A start that fails leaves nothing behind: DisposeAsync will never run for it (the hub never connected).
                _http.Dispose();
                DeleteFolder();
                throw;
            }
        }

        public SonoranHost Host { get; }

        /// <summary>The emulator, when the run is local.</summary>
        public CadEmulator? Emulator => _emulator;

        public static async Task<Simulator> StartAsync(SimulationSettings settings, CancellationToken cancellationToken = default)
        {
            var clock = new SimulationClock(Step);
            var http = new HttpClient();
            var transport = new CountingTransport(new HttpClientTransport(http, clock.Virtual));
            var probe = new SimulationProbe(clock, transport);
            CadEmulator? emulator = null;
            if (settings.CadUrl == null)
            {
                var options = new EmulatorOptions
                {
                    Port = 0,
                    ApiKey = EmulatorApiKey,
                    CommunityId = EmulatorCommunity,
                    TimeProvider = clock.Virtual,
                    RateLimitsEnabled = true,
                    RandomSeed = settings.Seed,
                    RequestLogCapacity = 256,
                    RequestReceived = probe.RequestReceived,
                };
                foreach (var fault in settings.Faults) options.Faults.Add(fault);
                try
                {
                    emulator = await CadEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    http.Dispose();
                    throw;
                }

                probe.Watch(emulator);
            }

            try
            {
                return new Simulator(settings, clock, probe, http, transport, emulator);
            }
            catch
            {
                if (emulator != null) await emulator.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        /// <summary>Runs the whole simulation and returns its report. Progress goes to <paramref name="progress"/> when given (a terminal).</summary>
        public async Task<SimulationReport> RunAsync(TextWriter? progress, CancellationToken cancellationToken)
        {
            var display = progress != null ? new SimulationProgress(progress) : null;
            var startedAt = _wall.GetTimestamp();
            var duration = TimeSpan.FromSeconds(_settings.DurationSeconds);
            var start = _clock.Virtual.GetUtcNow();
            var step = 0L;
            await Task.Run(Host.Start, CancellationToken.None).ConfigureAwait(false);
            await SettleAsync(cancellationToken).ConfigureAwait(false);

            while (!cancellationToken.IsCancellationRequested)
            {
                var elapsed = _clock.Virtual.GetUtcNow() - start;
                if (elapsed >= duration) break;
                _clock.Advance();
                step++;
                elapsed += Step;
                _probe.ObserveStaleness();

                _server.Play(elapsed);
                if (_cad != null) await _cad.PlayAsync(elapsed, step).ConfigureAwait(false);
                await SettleAsync(cancellationToken).ConfigureAwait(false);
                if (step % 4 == 0) _probe.Observe(Host.Status());
                if (display != null) await Show(display, elapsed, duration).ConfigureAwait(false);
                if (!await PaceAsync(startedAt, elapsed, cancellationToken).ConfigureAwait(false)) break;
            }

            // Let what the CAD still holds finish (time keeps moving while it does), then count.
            for (var i = 0; i < 400 && _transport.InFlight > 0; i++)
            {
                _clock.Advance();
                await SettleAsync(CancellationToken.None).ConfigureAwait(false);
            }

            var status = Host.Status();
            _probe.Observe(status);
            // Pending work counts as safe only when it is in the journal a restart would replay.
            var journaled = await Host.SavedWorkAsync().ConfigureAwait(false);
            var total = _clock.Virtual.GetUtcNow() - start;
            if (display != null) await Show(display, total, duration, last: true).ConfigureAwait(false);
            return new SimulationReport(_probe.Figures(_settings, _server.UnitCount, total, status, journaled));
        }

        private Task Show(SimulationProgress display, TimeSpan elapsed, TimeSpan duration, bool last = false)
        {
            var status = Host.Status();
            return display.ShowAsync(elapsed, duration, _server.UnitCount, status, _probe.RequestsPerEndpoint(status.Lanes), _transport, last);
        }

        /// <summary>
        /// Gives the lanes' and the hub's loops (on the thread pool) the moment to send what is due: until no request is in
        /// flight but those the emulator holds on the virtual clock, no hub connect or call is in flight, and nothing new
        /// started for two short real-time looks; at most two real seconds against the emulator, one step against a real CAD.
        /// </summary>
        private async Task SettleAsync(CancellationToken cancellationToken)
        {
            var bound = _emulator != null ? TimeSpan.FromSeconds(2) : Step;
            var began = _wall.GetTimestamp();
            var seen = Started();
            var quiet = 0;
            while (quiet < 2 && _wall.GetElapsedTime(began) < bound && !cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(Quiet, _wall, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                var requests = Started();
                var busy = _transport.InFlight > (_emulator?.Requests.Held ?? 0) || _hub?.InFlight > 0;
                quiet = !busy && requests == seen ? quiet + 1 : 0;
                seen = requests;
            }
        }

        private long Started() => _transport.Requests + (_hub?.Operations ?? 0);

        /// <summary>Waits in real time until the run is no further ahead than <c>--speed</c> allows; false when cancelled.</summary>
        private async Task<bool> PaceAsync(long startedAt, TimeSpan elapsed, CancellationToken cancellationToken)
        {
            if (_settings.Speed is not { } speed) return true;
            var ahead = TimeSpan.FromTicks((long)(elapsed.Ticks / speed)) - _wall.GetElapsedTime(startedAt);
            if (ahead <= TimeSpan.FromMilliseconds(1)) return true;
            try
            {
                await Task.Delay(ahead, _wall, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await Host.StopAsync(TimeSpan.Zero).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
            }

            Host.Dispose();
            if (_hub != null) await _hub.DisposeAsync().ConfigureAwait(false);
            if (_emulator != null) await _emulator.DisposeAsync().ConfigureAwait(false);
            _http.Dispose();
            DeleteFolder();
        }

        private void DeleteFolder()
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
