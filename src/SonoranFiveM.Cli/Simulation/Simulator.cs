using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using SonoranFiveM.Cli.Hub;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Http;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Core.Postals;
using SonoranFiveM.Core.Records.Sinks;
using SonoranFiveM.Core.Records.Templates;
using SonoranFiveM.Core.Tracking;
using SonoranFiveM.Emulator;
using SonoranFiveM.Emulator.State;
using GameCommand = SonoranFiveM.Core.Commands.CommandContext;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// Plays a FiveM server against the real core (<see cref="SonoranIntegration"/> over <see cref="HttpClientTransport"/>)
    /// and, unless a CAD URL is given, the emulator on 127.0.0.1 with its rate limits on.
    /// <para>
    /// Time: a stepped virtual clock (<see cref="FakeTimeProvider"/>) shared by the core and the emulator. Each 250 ms
    /// step the simulator advances the clock (the heartbeat timer fires from it), moves and samples the units, issues
    /// commands and records, polls the roster when due and pumps the dispatcher, then waits until those sends settle.
    /// A send the emulator holds on the virtual clock (<c>latency</c>, <c>hang</c>) is left in flight while time moves on,
    /// as the dispatcher's own loops would. <c>--speed X</c> paces the steps so that X virtual seconds pass per real
    /// second; <c>max</c> does not pace at all. Against a real CAD the clock is paced at speed 1.
    /// </para>
    /// </summary>
    public sealed class Simulator : IAsyncDisposable, ILog, ICommandMessenger, IIntegrationEvents
    {
        public const string TemplateName = "simulation";
        public const string TagField = "simTag";
        public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
        private const string EmulatorApiKey = "simulate-local-key";
        private const string EmulatorCommunity = "simulate-community";
        private static readonly DateTimeOffset Epoch = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        private static readonly string[] Statuses = { "AVAILABLE", "BUSY", "ENROUTE", "ON_SCENE", "AVAILABLE" };

        private readonly SimulationSettings _settings;
        private readonly FakeTimeProvider _time;
        private readonly CadEmulator? _emulator;
        private readonly HttpClient _http = new();
        private readonly CountingTransport _transport;
        private readonly string _folder;
        private readonly Random _rng;
        private readonly UnitSample[] _samples;
        private readonly PlayerPosition[] _positions;
        private static readonly int PoliceModel = VehicleModelNames.HashOf("police");
        private readonly float[] _speed;
        private readonly float[] _turn;
        private readonly int[] _civilians;
        private readonly Dictionary<string, DateTimeOffset> _callsCreatedAt = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IDeliveryTicket?> _recordTickets = new(StringComparer.Ordinal);
        private Dictionary<OutboxEntryKind, long> _journaled = new();
        private readonly HashSet<string> _callsSeen = new(StringComparer.Ordinal);
        private readonly List<double> _latenciesMs = new();
        private readonly List<double> _nonEmergencyLatenciesMs = new();
        private readonly HashSet<string> _nonEmergencyCalls = new(StringComparer.Ordinal);
        private readonly HashSet<string> _recordsSeen = new(StringComparer.Ordinal);
        private readonly HashSet<string> _recordsPresent = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, byte> _callsAccepted = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _peakDepths = new(StringComparer.Ordinal);
        private long _warnings;
        private long _errors;
        private long _sampled;
        private long _peakMemory;
        private double _maxStaleness;
        private int _callNumber;
        private int _recordNumber;
        private readonly List<double> _staleness = new();
        private readonly SignalRHubTransport? _hub;
        private long _pushEvents;
        private readonly ConcurrentDictionary<(string Id, int Status), long> _cadChanges = new();
        private readonly ConcurrentQueue<double> _rosterLatenciesMs = new();
        private Task? _hubPump;
        private Task? _pump;
        private Task? _roster;
        private Task? _heldSignal;
        private DateTimeOffset _nextRosterPoll;

        private Simulator(SimulationSettings settings, FakeTimeProvider time, CadEmulator? emulator)
        {
            _settings = settings;
            _time = time;
            _emulator = emulator;
            _rng = new Random(settings.Seed);
            _transport = new CountingTransport(new HttpClientTransport(_http, time));
            _folder = Path.Combine(settings.WorkFolderParent, "sonoran-simulate-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            try
            {
                var units = settings.Units;
                _samples = new UnitSample[units];
                _positions = new PlayerPosition[units];
                _speed = new float[units];
                _turn = new float[units];
                _civilians = Enumerable.Range(units + 1, settings.Players - units).ToArray();

                var loaded = OptionsLoader.Load(BuildConfig(), name => name == "sonoran_apiKey" ? ApiKey : null);
                if (!loaded.IsValid) throw new InvalidOperationException("simulation options are invalid: " + string.Join(" | ", loaded.Errors.Select(e => e.Message)));
                if (settings.Transport == "websocket")
                {
                    _hub = new SignalRHubTransport(emulator?.BaseUrl ?? settings.CadUrl!, emulator != null ? EmulatorCommunity : settings.CommunityId ?? "",
                        ApiKey, emulator != null ? 1 : settings.ServerId);
                    _hub.PushReceived += _ => Interlocked.Increment(ref _pushEvents);
                }

                var services = new IntegrationServices(_transport, time, this, this, this, _folder)
                {
                    Random = () => _rng.NextDouble(),
                    Postals = PostalIndex.Build(PostalSetGenerator.Generate()),
                    Hub = _hub,
                };
                Integration = SonoranIntegration.Create(loaded.Options!, services);

                for (var i = 0; i < settings.Players; i++)
                {
                    var identifier = "license:sim" + (i + 1).ToString("D5", CultureInfo.InvariantCulture);
                    // As FXServer would: the core strips the prefix, and the CAD knows the unit by what is left.
                    var id = Integration.PlayerJoined(i + 1, identifier)!;
                    if (i < units)
                    {
                        emulator?.State.AddUnit(id, name: "Unit " + (i + 1), unitNum: "1-A-" + (i + 1));
                        _speed[i] = 8f + (float)_rng.NextDouble() * 30f;
                        _turn[i] = (float)(_rng.NextDouble() * 10.0 - 5.0);
                        _samples[i] = new UnitSample(i + 1, id, RandomCoordinate(), RandomCoordinate(), 30f, (float)(_rng.NextDouble() * 360.0), "police");
                    }
                }
            }
            catch
            {
                // A start that fails leaves nothing behind: DisposeAsync will never run for it.
                _http.Dispose();
                DeleteFolder();
                throw;
            }
        }

        public SonoranIntegration Integration { get; }

        /// <summary>The emulator, when the run is local.</summary>
        public CadEmulator? Emulator => _emulator;

        public TimeProvider Time => _time;

        private string ApiKey => _emulator != null ? EmulatorApiKey : _settings.ApiKey!;

        public static async Task<Simulator> StartAsync(SimulationSettings settings, CancellationToken cancellationToken = default)
        {
            var time = new FakeTimeProvider(Epoch);
            CadEmulator? emulator = null;
            if (settings.CadUrl == null)
            {
                var options = new EmulatorOptions
                {
                    Port = 0,
                    ApiKey = EmulatorApiKey,
                    CommunityId = EmulatorCommunity,
                    TimeProvider = time,
                    RateLimitsEnabled = true,
                    RandomSeed = settings.Seed,
                    RequestLogCapacity = 256,
                };
                foreach (var fault in settings.Faults) options.Faults.Add(fault);
                emulator = await CadEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return new Simulator(settings, time, emulator);
            }
            catch
            {
                if (emulator != null) await emulator.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        /// <summary>Runs the whole simulation and returns its report. Progress goes to <paramref name="progress"/> (about twice a real second).</summary>
        public async Task<SimulationReport> RunAsync(TextWriter? progress, CancellationToken cancellationToken)
        {
            var wall = TimeProvider.System;
            var startedAt = wall.GetTimestamp();
            var nextProgress = TimeSpan.Zero;
            var duration = TimeSpan.FromSeconds(_settings.DurationSeconds);
            var start = _time.GetUtcNow();
            _nextRosterPoll = start;
            Integration.Dispatcher.RestoreFromOutbox();
            Integration.Heartbeat?.Start();

            var step = 0L;
            var firstRecordAt = TimeSpan.FromSeconds(Math.Max(1, _settings.DurationSeconds * 0.1));
            var secondRecordAt = TimeSpan.FromSeconds(_settings.DurationSeconds * 0.5);
            var panicAt = TimeSpan.FromSeconds(_settings.DurationSeconds * 0.25);
            var panicOffAt = TimeSpan.FromSeconds(_settings.DurationSeconds * 0.35);
            var recordEvery = TimeSpan.FromMinutes(5);
            var outage = TimeSpan.FromSeconds(_settings.HubOutageSeconds);
            var outageStart = (duration - outage) / 2;
            var nextExtraRecord = secondRecordAt + recordEvery;

            while (!cancellationToken.IsCancellationRequested)
            {
                var elapsed = _time.GetUtcNow() - start;
                if (elapsed >= duration) break;
                _time.Advance(Step);
                step++;
                elapsed += Step;
                ObserveStaleness();

                MoveUnits();
                _sampled += SampleUnits();

                if (_emulator != null && outage > TimeSpan.Zero)
                {
                    if (Crossed(elapsed, outageStart)) _emulator.Hub.SetDown(true);
                    if (Crossed(elapsed, outageStart + outage)) _emulator.Hub.SetDown(false);
                }

                CallsThisStep();
                StatusChangesThisStep();
                if (_hub != null && step % 40 == 0) await CadSideStatusChangeAsync().ConfigureAwait(false);
                if (Crossed(elapsed, panicAt) || Crossed(elapsed, panicOffAt)) PressPanic();
                if (Crossed(elapsed, firstRecordAt) || Crossed(elapsed, secondRecordAt)) CreateRecord();
                if (elapsed >= nextExtraRecord)
                {
                    CreateRecord();
                    nextExtraRecord += recordEvery;
                }

                StartBackgroundWork();
                await SettleAsync(cancellationToken).ConfigureAwait(false);

                if (step % 4 == 0)
                {
                    Observe();
                    MeasureMemory();
                    TrackDepths();
                }

                var realElapsed = wall.GetElapsedTime(startedAt);
                if (progress != null && realElapsed >= nextProgress)
                {
                    await progress.WriteAsync("\r" + ProgressLine(elapsed, duration)).ConfigureAwait(false);
                    await progress.FlushAsync(cancellationToken).ConfigureAwait(false);
                    nextProgress = realElapsed + TimeSpan.FromMilliseconds(500);
                }

                if (_settings.Speed is { } speed)
                {
                    var due = TimeSpan.FromTicks((long)(elapsed.Ticks / speed));
                    var ahead = due - wall.GetElapsedTime(startedAt);
                    if (ahead > TimeSpan.FromMilliseconds(1))
                    {
                        try
                        {
                            await Task.Delay(ahead, cancellationToken).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException)
                        {
                            break;
                        }
                    }
                }
            }

            // Let what is in flight finish (time keeps moving if the CAD holds a request), then count.
            for (var i = 0; i < 400 && !AllSettled(); i++)
            {
                _time.Advance(Step);
                await SettleAsync(CancellationToken.None).ConfigureAwait(false);
            }

            Observe();
            MeasureMemory();
            TrackDepths();
            // Pending work counts as safe only when it is in the journal a restart would replay.
            await Integration.Outbox.FlushAsync().ConfigureAwait(false);
            _journaled = OutboxJournal.ReadOpenEntries(Integration.Outbox.Path, this)
                .GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => (long)g.Count());
            if (progress != null)
            {
                await progress.WriteAsync("\r" + ProgressLine(_time.GetUtcNow() - start, duration) + Environment.NewLine).ConfigureAwait(false);
                await progress.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }

            return new SimulationReport(Figures(_time.GetUtcNow() - start));
        }

        // ----- the game -------------------------------------------------------------------------------------------

        private static bool Crossed(TimeSpan elapsed, TimeSpan mark) => elapsed >= mark && elapsed - Step < mark;

        private float RandomCoordinate() => (float)(_rng.NextDouble() * 6000.0 - 3000.0);

        /// <summary>As the adapter does: positions only for the players the core lists as units, in its order.</summary>
        private int SampleUnits()
        {
            var units = Integration.Units;
            var count = 0;
            for (var u = 0; u < units.Count; u++)
            {
                var index = units.PlayerIdAt(u) - 1;
                if ((uint)index >= (uint)_samples.Length) continue;
                ref var s = ref _samples[index];
                _positions[count++] = new PlayerPosition(s.PlayerId, s.X, s.Y, s.Z, s.Heading, PoliceModel);
            }

            Integration.Sample(units, _positions, count);
            return count;
        }

        private void MoveUnits()
        {
            var dt = (float)Step.TotalSeconds;
            for (var i = 0; i < _samples.Length; i++)
            {
                ref var s = ref _samples[i];
                if (_rng.NextDouble() < 0.01) _turn[i] = (float)(_rng.NextDouble() * 10.0 - 5.0);
                s.Heading = (s.Heading + _turn[i] + 360f) % 360f;
                var radians = s.Heading * Math.PI / 180.0;
                s.X += (float)(Math.Sin(radians) * _speed[i] * dt);
                s.Y += (float)(Math.Cos(radians) * _speed[i] * dt);
                // Stay on the map: turn around at its edge.
                if (Math.Abs(s.X) > 4000f || Math.Abs(s.Y) > 4000f) s.Heading = (s.Heading + 180f) % 360f;
            }
        }

        private int Occurrences(double perMinute)
        {
            var expected = perMinute * Step.TotalSeconds / 60.0;
            var count = (int)Math.Floor(expected);
            if (_rng.NextDouble() < expected - count) count++;
            return count;
        }

        private void CallsThisStep()
        {
            var count = Occurrences(_settings.CallsPerMinute);
            for (var n = 0; n < count; n++)
            {
                var pool = _civilians.Length > 0 ? _civilians : Enumerable.Range(1, _settings.Players).ToArray();
                if (pool.Length == 0) return;
                var player = pool[_rng.Next(pool.Length)];
                var emergency = _rng.NextDouble() < 0.75;
                var tag = "simcall-" + (++_callNumber).ToString(CultureInfo.InvariantCulture);
                var text = (emergency ? "Shots fired near the gas station, send help " : "My car was stolen overnight ") + tag;
                var context = new GameCommand(player, "Civilian " + player, Integration.CommunityUserIdOf(player), false,
                    new WorldPosition(RandomCoordinate(), RandomCoordinate(), 30f), _ => true);
                var outcome = Integration.Commands.HandleAsync(emergency ? "911" : "311", text, context);
                if (outcome.IsCompleted && !Queued(outcome.Result)) continue; // cooldown etc.: nothing was created
                _callsCreatedAt[tag] = _time.GetUtcNow();
                if (!emergency) _nonEmergencyCalls.Add(tag);
            }
        }

        private static bool Queued(CommandOutcome outcome) => outcome is CommandOutcome.Accepted or CommandOutcome.Rejected
            or CommandOutcome.Dropped or CommandOutcome.QueuedPaced or CommandOutcome.QueuedUnreachable;

        private void StatusChangesThisStep()
        {
            if (_samples.Length == 0) return;
            // Each unit changes status about every ten minutes.
            var count = Occurrences(_samples.Length / 10.0);
            for (var n = 0; n < count; n++)
            {
                var index = _rng.Next(_samples.Length);
                var player = _samples[index].PlayerId;
                _ = Integration.Commands.HandleAsync("status", Statuses[_rng.Next(Statuses.Length)], UnitContext(index, player));
            }
        }

        /// <summary>A dispatcher changes a unit's status in the CAD; the push event should reach the resource within 1 s.</summary>
        private async Task CadSideStatusChangeAsync()
        {
            // While the hub is down there is no session to push to (the CAD would use its HTTP push instead).
            if (_emulator == null || _samples.Length == 0 || _emulator.Hub.Faults.Down) return;
            _cadChanges.Clear(); // one change timed at a time: a lost one never matches a later in-game change
            var id = _samples[_rng.Next(_samples.Length)].CommunityUserId!;
            var status = _emulator.State.FindUnit(id)?.Status == 3 ? 4 : 3;
            _cadChanges[(id, status)] = TimeProvider.System.GetTimestamp();
            await _emulator.Cad.SetStatusAsync(id, status).ConfigureAwait(false);
        }

        private void PressPanic()
        {
            if (_samples.Length == 0) return;
            _ = Integration.Commands.HandleAsync("panic", string.Empty, UnitContext(0, _samples[0].PlayerId));
        }

        private GameCommand UnitContext(int index, int player) =>
            new(player, "Officer " + player, Integration.CommunityUserIdOf(player), Integration.IsUnit(player),
                new WorldPosition(_samples[index].X, _samples[index].Y, _samples[index].Z), _ => true);

        private void CreateRecord()
        {
            var owner = _samples.Length > 0 ? _samples[_rng.Next(_samples.Length)].CommunityUserId! : "sim00001";
            var tag = "simrecord-" + (++_recordNumber).ToString(CultureInfo.InvariantCulture);
            var result = Integration.Records.Create(TemplateName, new PlaceholderValues
            {
                Caller = "Officer sim",
                Location = "Route 68",
                Description = tag,
                Time = _time.GetUtcNow(),
            }, owner, 1 + (_recordNumber % 3));
            if (!result.Succeeded)
            {
                Write(LogLevel.Warning, "simulation record refused: " + string.Join("; ", result.Errors));
                return;
            }

            var deliveries = Integration.Records.Deliveries(result.Handle!);
            _recordTickets[tag] = deliveries != null && deliveries.TryGetValue(SonoranRecordSink.DefaultName, out var ticket) ? ticket : null;
        }

        // ----- the network ----------------------------------------------------------------------------------------

        private void StartBackgroundWork()
        {
            if (_pump == null || _pump.IsCompleted) _pump = Integration.Dispatcher.PumpAsync();
            if (Integration.LocationHub != null && (_hubPump == null || _hubPump.IsCompleted)) _hubPump = Integration.LocationHub.PumpAsync();
            var now = _time.GetUtcNow();
            if ((_roster == null || _roster.IsCompleted) && now >= _nextRosterPoll)
            {
                _roster = Integration.Roster.RefreshAsync();
                _nextRosterPoll = now + Integration.Roster.EffectivePollInterval;
            }
        }

        private bool AllSettled() => (_pump == null || _pump.IsCompleted) && (_roster == null || _roster.IsCompleted) && (_hubPump == null || _hubPump.IsCompleted);

        /// <summary>Waits until this step's sends are answered, or the emulator holds one on the virtual clock, or a real-time bound passes.</summary>
        private async Task SettleAsync(CancellationToken cancellationToken)
        {
            if (AllSettled()) return;
            var work = Task.WhenAll(new[] { _pump, _roster, _hubPump }.Where(t => t != null && !t.IsCompleted)!);
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var waits = new List<Task> { work, Task.Delay(_emulator != null ? TimeSpan.FromSeconds(2) : Step, bound.Token) };
            if (_emulator != null)
            {
                _heldSignal ??= _emulator.Requests.WaitForHeldAsync(n => n > 0);
                waits.Add(_heldSignal);
            }

            await Task.WhenAny(waits).ConfigureAwait(false);
            bound.Cancel();
            if (_heldSignal is { IsCompleted: true }) _heldSignal = null;
        }

        // ----- counting -------------------------------------------------------------------------------------------

        private void Observe()
        {
            if (_emulator == null) return;
            var now = _time.GetUtcNow();
            foreach (var call in _emulator.State.Calls)
            {
                var tag = TagIn(call.Description, "simcall-");
                if (tag == null || !_callsSeen.Add(tag)) continue;
                if (_callsCreatedAt.TryGetValue(tag, out var at))
                    (_nonEmergencyCalls.Contains(tag) ? _nonEmergencyLatenciesMs : _latenciesMs).Add((call.CreatedAt - at).TotalMilliseconds);
            }

            _recordsPresent.Clear();
            foreach (var record in _emulator.State.Records)
            {
                if (record.ReplaceValues == null || !record.ReplaceValues.TryGetValue(TagField, out var tag)) continue;
                _recordsSeen.Add(tag);
                _recordsPresent.Add(tag);
            }

        }

        /// <summary>
        /// Each step, once every unit has a position in the CAD, the age of each unit's position (p50/p99/max), read after
        /// the clock moved and before this step's sends: the oldest the CAD's map gets.
        /// </summary>
        private void ObserveStaleness()
        {
            if (_emulator == null) return;
            var now = _time.GetUtcNow();
            var units = _emulator.State.Units;
            foreach (var unit in units)
            {
                if (!unit.LastLocationUpdate.HasValue) return;
            }

            foreach (var unit in units)
            {
                var age = (now - unit.LastLocationUpdate!.Value).TotalSeconds;
                _staleness.Add(age);
                if (age > _maxStaleness) _maxStaleness = age;
            }
        }

        private static string? TagIn(string text, string prefix)
        {
            var at = text.LastIndexOf(prefix, StringComparison.Ordinal);
            if (at < 0) return null;
            var end = at + prefix.Length;
            while (end < text.Length && char.IsDigit(text[end])) end++;
            return end > at + prefix.Length ? text.Substring(at, end - at) : null;
        }

        private void MeasureMemory()
        {
            var bytes = GC.GetTotalMemory(false);
            if (bytes > _peakMemory) _peakMemory = bytes;
        }

        private IReadOnlyList<LaneStatus> Lanes()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return Integration.Dispatcher.GetStatus().Concat(Integration.Records.GetStatus()).Where(l => seen.Add(l.Name)).ToList();
        }

        private void TrackDepths()
        {
            foreach (var lane in Lanes())
            {
                if (!_peakDepths.TryGetValue(lane.Name, out var peak) || lane.Queued > peak) _peakDepths[lane.Name] = lane.Queued;
            }
        }

        private Dictionary<string, long> RequestsPerEndpoint()
        {
            if (_emulator != null)
            {
                return _emulator.State.Counters.Snapshot()
                    .Where(p => p.Key.StartsWith(EmulatorCounters.EndpointPrefix, StringComparison.Ordinal))
                    .ToDictionary(p => p.Key.Substring(EmulatorCounters.EndpointPrefix.Length), p => p.Value, StringComparer.Ordinal);
            }

            return Lanes().Where(l => l.RequestsSent > 0).ToDictionary(l => Camel(l.Name), l => l.RequestsSent, StringComparer.Ordinal);
        }

        private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

        private long Journaled(OutboxEntryKind kind) => _journaled.TryGetValue(kind, out var n) ? n : 0;

        private SimulationFigures Figures(TimeSpan elapsed)
        {
            var lanes = Lanes();
            int Queued(CadEndpoint endpoint) => lanes.Where(l => l.Name == endpoint.ToString()).Sum(l => l.Queued);
            long Dropped(CadEndpoint endpoint, params DropReason[] reasons) => lanes.Where(l => l.Name == endpoint.ToString())
                .Sum(l => reasons.Sum(r => l.Dropped.TryGetValue(r, out var n) ? n : 0));

            long callsDelivered, recordsDelivered, sent;
            if (_emulator != null)
            {
                callsDelivered = _callsCreatedAt.Keys.Count(_callsSeen.Contains);
                recordsDelivered = _recordTickets.Keys.Count(_recordsSeen.Contains);
                sent = _emulator.State.Counters[EmulatorCounters.LocationUpdatesApplied];
            }
            else
            {
                callsDelivered = _callsCreatedAt.Keys.Count(_callsAccepted.ContainsKey);
                recordsDelivered = _recordTickets.Values.Count(t => t != null && t.Completion.IsCompleted && t.Completion.Result.State == DeliveryState.Accepted);
                sent = lanes.Where(l => l.Name == CadEndpoint.UnitLocations.ToString()).Sum(l => l.ItemsAccepted);
            }

            return new SimulationFigures
            {
                Players = _settings.Players,
                Units = _samples.Length,
                DurationSeconds = elapsed.TotalSeconds,
                Target = _emulator != null ? "emulator " + _emulator.BaseUrl : _settings.CadUrl!,
                Faults = _emulator?.Faults.ToString() ?? "none",
                Speed = _settings.SpeedText,
                Seed = _settings.Seed,
                DeliveredFromCad = _emulator != null,
                Requests = RequestsPerEndpoint(),
                RateLimited = _transport.RateLimited,
                Errors = _transport.Errors,
                Calls911Created = _callsCreatedAt.Count,
                Calls911Delivered = callsDelivered,
                Calls911Pending = Queued(CadEndpoint.Create911Call),
                Calls911Unsaved = Math.Max(0, Queued(CadEndpoint.Create911Call) - Journaled(OutboxEntryKind.Call911)),
                Calls911ExpiredUndelivered = Dropped(CadEndpoint.Create911Call, DropReason.Stale),
                Call911LatenciesMs = _latenciesMs.ToArray(),
                Call311LatenciesMs = _nonEmergencyLatenciesMs.ToArray(),
                RecordsCreated = _recordTickets.Count,
                RecordsDelivered = recordsDelivered,
                RecordsExpiredDeleted = _recordsSeen.Count(t => !_recordsPresent.Contains(t)),
                RecordsPending = _recordTickets.Values.Count(t => t != null && !t.Completion.IsCompleted),
                RecordsUnsaved = Math.Max(0, _recordTickets.Values.Count(t => t != null && !t.Completion.IsCompleted) - Journaled(OutboxEntryKind.CreateRecord)),
                // Record tickets dropped unsent, as far as the lane says it dropped them for age (or withdrew them at expiry).
                RecordsExpiredUndelivered = Math.Min(
                    _recordTickets.Values.Count(t => t != null && t.Completion.IsCompleted && t.Completion.Result.State == DeliveryState.Dropped),
                    Dropped(CadEndpoint.CreateRecord, DropReason.Stale, DropReason.Cancelled)),
                LocationsSampled = _sampled,
                LocationsSent = sent,
                MaxLocationStalenessSeconds = _maxStaleness,
                LocationTransport = _settings.Transport,
                LocationStalenessSeconds = _staleness,
                HubCalls = _emulator?.State.Counters[EmulatorCounters.HubUnitLocationCalls] ?? Integration.LocationHub?.Calls ?? 0,
                HubLimitErrors = _emulator?.State.Counters[EmulatorCounters.HubLimitErrors] ?? Integration.LocationHub?.LimitErrors ?? 0,
                PushEventsReceived = Interlocked.Read(ref _pushEvents),
                RosterChangeLatenciesMs = _rosterLatenciesMs.ToArray(),
                PeakManagedMemoryBytes = _peakMemory,
                OutboxEntries = Integration.Outbox.OpenCount,
                QueueDepths = lanes.ToDictionary(l => l.Name, l => l.Queued, StringComparer.Ordinal),
                PeakQueueDepths = new Dictionary<string, int>(_peakDepths, StringComparer.Ordinal),
                Warnings = Interlocked.Read(ref _warnings),
                LoggedErrors = Interlocked.Read(ref _errors),
            };
        }

        private string ProgressLine(TimeSpan elapsed, TimeSpan duration)
        {
            var lanes = Lanes();
            var requests = RequestsPerEndpoint();
            var line = new StringBuilder();
            line.Append('[').Append(elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)).Append('/')
                .Append(duration.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)).Append(" s] units ")
                .Append(Integration.Roster.ActiveUnitIds.Count).Append('/').Append(_samples.Length)
                .Append(" | req ").Append(string.Join(" ", requests.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Short(p.Key) + "=" + p.Value)))
                .Append(" | queued ").Append(string.Join(" ", lanes.Where(l => l.Queued > 0).Select(l => Short(l.Name) + "=" + l.Queued)))
                .Append(" | 429s ").Append(_transport.RateLimited).Append(" errors ").Append(_transport.Errors);
            return line.ToString();
        }

        private static string Short(string name) => Camel(name) switch
        {
            "unitLocations" or "updateUnitLocations" => "loc",
            "heartbeat" => "hb",
            "create911Call" => "911",
            "remove911Call" => "rm911",
            "unitPanic" or "setUnitPanic" => "panic",
            "unitStatus" or "setUnitStatus" => "status",
            "createRecord" => "rec",
            "deleteRecord" => "delrec",
            "activeUnits" or "getActiveUnits" => "roster",
            "version" or "getVersion" => "ver",
            var other => other,
        };

        private string BuildConfig()
        {
            var config = new JsonObject
            {
                ["communityId"] = _emulator != null ? EmulatorCommunity : _settings.CommunityId ?? "",
                ["baseUrl"] = _emulator?.BaseUrl ?? _settings.CadUrl,
                ["serverId"] = _emulator != null ? 1 : _settings.ServerId,
                ["httpTransport"] = "httpclient",
                ["logLevel"] = "info",
                ["location"] = new JsonObject { ["transport"] = _settings.Transport },
                ["outbox"] = new JsonObject { ["path"] = "outbox.jsonl" },
                ["records"] = new JsonObject
                {
                    ["templates"] = new JsonObject
                    {
                        [TemplateName] = new JsonObject
                        {
                            ["recordTypeId"] = 1,
                            ["defaultMinutes"] = 2,
                            ["fields"] = new JsonObject
                            {
                                [TagField] = "{description}",
                                ["caller"] = "{caller}",
                                ["location"] = "{location}",
                                ["time"] = "{time}",
                            },
                        },
                    },
                },
            };
            return config.ToJsonString();
        }

        // ----- host seams -----------------------------------------------------------------------------------------

        public void Write(LogLevel level, string message)
        {
            if (level == LogLevel.Warning) Interlocked.Increment(ref _warnings);
            else if (level == LogLevel.Error) Interlocked.Increment(ref _errors);
        }

        public void Reply(int playerId, string message)
        {
        }

        public void CallAccepted(string clientId, string callId, bool isEmergency, string caller, string location, string description)
        {
            var tag = TagIn(description, "simcall-");
            if (tag != null) _callsAccepted.TryAdd(tag, 0);
        }

        public void PanicChanged(string communityUserId, bool isPanic)
        {
        }

        public void StatusChanged(string communityUserId, int status)
        {
            if (_cadChanges.TryRemove((communityUserId, status), out var at))
                _rosterLatenciesMs.Enqueue(TimeProvider.System.GetElapsedTime(at).TotalMilliseconds);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await Integration.StopAsync(TimeSpan.Zero).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
            }

            Integration.Dispose();
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
