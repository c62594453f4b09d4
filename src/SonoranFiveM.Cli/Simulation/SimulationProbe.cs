using System.Collections.Concurrent;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Emulator;
using SonoranFiveM.Emulator.State;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// What a simulation measures: the calls and records the game made and which of them the CAD has, 911 latency from the
    /// command to the CAD receiving the request, location staleness, hub traffic and push events, CAD-side changes until
    /// they reach the roster, queue depths, memory, and the core's log lines and events (it is the host's log, messenger
    /// and event sink). The figures go to <see cref="SimulationReport"/>.
    /// </summary>
    internal sealed class SimulationProbe : ILog, ICommandMessenger, IIntegrationEvents
    {
        private const string CallPrefix = "simcall-";
        private readonly SimulationClock _clock;
        private readonly CountingTransport _transport;
        private readonly object _gate = new();
        private readonly Dictionary<string, DateTimeOffset> _callsMadeAt = new(StringComparer.Ordinal);
        private readonly HashSet<string> _nonEmergencyCalls = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, DateTimeOffset> _callsReceivedAt = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, byte> _callsAccepted = new(StringComparer.Ordinal);
        private readonly HashSet<string> _callsSeen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IDeliveryTicket?> _recordTickets = new(StringComparer.Ordinal);
        private readonly HashSet<string> _recordsSeen = new(StringComparer.Ordinal);
        private readonly HashSet<string> _recordsPresent = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _peakDepths = new(StringComparer.Ordinal);
        private readonly List<double> _staleness = new();
        private readonly ConcurrentDictionary<(string Id, int Status), long> _cadChanges = new();
        private readonly ConcurrentQueue<double> _rosterLatenciesMs = new();
        private readonly TimeProvider _wall = TimeProvider.System;
        private CadEmulator? _emulator;
        private CountingHubTransport? _hub;
        private long _pushEvents;
        private long _warnings;
        private long _errors;
        private long _sampled;
        private long _peakMemory;
        private double _maxStaleness;

        public SimulationProbe(SimulationClock clock, CountingTransport transport)
        {
            _clock = clock;
            _transport = transport;
        }

        public static string CallTag(int number) => CallPrefix + number.ToString(CultureInfo.InvariantCulture);

        /// <summary>Watches the emulator: its own state and, for latency, each request as it arrives.</summary>
        public void Watch(CadEmulator emulator) => _emulator = emulator;

        /// <summary>Counts the hub's calls and the push events that arrive over it.</summary>
        public void Watch(CountingHubTransport hub)
        {
            _hub = hub;
            hub.PushReceived += _ => Interlocked.Increment(ref _pushEvents);
        }

        /// <summary>Hook for <see cref="EmulatorOptions.RequestReceived"/>: the last time each call's request reached the CAD.</summary>
        public void RequestReceived(string path, string body)
        {
            if (path.IndexOf("911", StringComparison.OrdinalIgnoreCase) < 0) return;
            var tag = TagIn(body, CallPrefix);
            if (tag != null) _callsReceivedAt[tag] = _clock.Now;
        }

        public void Sampled(int units) => _sampled += units;

        public void CallMade(string tag, bool emergency, DateTimeOffset at)
        {
            lock (_gate)
            {
                _callsMadeAt[tag] = at;
                if (!emergency) _nonEmergencyCalls.Add(tag);
            }
        }

        public void RecordMade(string tag, IDeliveryTicket? ticket)
        {
            lock (_gate) _recordTickets[tag] = ticket;
        }

        /// <summary>A dispatcher is about to change a unit's status in the CAD: timed until the resource's roster shows it.</summary>
        public void CadStatusChanging(string communityUserId, int status)
        {
            _cadChanges.Clear(); // one change timed at a time: a lost one never matches a later in-game change
            _cadChanges[(communityUserId, status)] = _wall.GetTimestamp();
        }

        /// <summary>
        /// Each step, once every unit has a position in the CAD, the age of each unit's position (p50/p99/max), read after
        /// the clock moved and before this step's sends: the oldest the CAD's map gets.
        /// </summary>
        public void ObserveStaleness()
        {
            if (_emulator == null) return;
            var now = _clock.Virtual.GetUtcNow();
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

        /// <summary>Reads the CAD side (the emulator's state), memory and queue depths.</summary>
        public void Observe(HostStatus status)
        {
            var bytes = GC.GetTotalMemory(false);
            if (bytes > _peakMemory) _peakMemory = bytes;
            foreach (var lane in status.Lanes)
                if (!_peakDepths.TryGetValue(lane.Name, out var peak) || lane.Queued > peak) _peakDepths[lane.Name] = lane.Queued;
            if (_emulator == null) return;

            foreach (var call in _emulator.State.Calls)
            {
                var tag = TagIn(call.Description, CallPrefix);
                if (tag != null) _callsSeen.Add(tag);
            }

            _recordsPresent.Clear();
            foreach (var record in _emulator.State.Records)
            {
                if (record.ReplaceValues == null || !record.ReplaceValues.TryGetValue(SimulationConfig.TagField, out var tag)) continue;
                _recordsSeen.Add(tag);
                _recordsPresent.Add(tag);
            }
        }

        public SimulationFigures Figures(SimulationSettings settings, int units, TimeSpan elapsed, HostStatus status, IReadOnlyDictionary<OutboxEntryKind, int> journaled)
        {
            var lanes = status.Lanes;
            int Queued(CadEndpoint endpoint) => lanes.Where(l => l.Name == endpoint.ToString()).Sum(l => l.Queued);
            long Dropped(CadEndpoint endpoint, params DropReason[] reasons) => lanes.Where(l => l.Name == endpoint.ToString())
                .Sum(l => reasons.Sum(r => l.Dropped.TryGetValue(r, out var n) ? n : 0));
            long Journaled(OutboxEntryKind kind) => journaled.TryGetValue(kind, out var n) ? n : 0;

            lock (_gate)
            {
                long callsDelivered, recordsDelivered, sent;
                if (_emulator != null)
                {
                    callsDelivered = _callsMadeAt.Keys.Count(_callsSeen.Contains);
                    recordsDelivered = _recordTickets.Keys.Count(_recordsSeen.Contains);
                    sent = _emulator.State.Counters[EmulatorCounters.LocationUpdatesApplied];
                }
                else
                {
                    callsDelivered = _callsMadeAt.Keys.Count(_callsAccepted.ContainsKey);
                    recordsDelivered = _recordTickets.Values.Count(t => t != null && t.Completion.TryGetResult(out var r) && r.State == DeliveryState.Accepted);
                    sent = lanes.Where(l => l.Name == CadEndpoint.UnitLocations.ToString()).Sum(l => l.ItemsAccepted);
                }

                var pendingRecords = _recordTickets.Values.Count(t => t != null && !t.Completion.IsCompleted);
                return new SimulationFigures
                {
                    Players = settings.Players,
                    Units = units,
                    DurationSeconds = elapsed.TotalSeconds,
                    Target = _emulator != null ? "emulator " + _emulator.BaseUrl : settings.CadUrl!,
                    Faults = _emulator?.Faults.ToString() ?? "none",
                    Speed = settings.SpeedText,
                    Seed = settings.Seed,
                    DeliveredFromCad = _emulator != null,
                    Requests = RequestsPerEndpoint(lanes),
                    RateLimited = _transport.RateLimited,
                    Errors = _transport.Errors,
                    Calls911 = new DurableFigures
                    {
                        Created = _callsMadeAt.Count,
                        Delivered = callsDelivered,
                        Pending = Queued(CadEndpoint.Create911Call),
                        Unsaved = Math.Max(0, Queued(CadEndpoint.Create911Call) - Journaled(OutboxEntryKind.Call911)),
                        ExpiredUndelivered = Dropped(CadEndpoint.Create911Call, DropReason.Stale),
                    },
                    Call911LatenciesMs = Latencies(emergency: true),
                    Call311LatenciesMs = Latencies(emergency: false),
                    Records = new DurableFigures
                    {
                        Created = _recordTickets.Count,
                        Delivered = recordsDelivered,
                        Pending = pendingRecords,
                        Unsaved = Math.Max(0, pendingRecords - Journaled(OutboxEntryKind.CreateRecord)),
                        // Record tickets dropped unsent, as far as the lane says it dropped them for age (or withdrew them at expiry).
                        ExpiredUndelivered = Math.Min(
                            _recordTickets.Values.Count(t => t != null && t.Completion.TryGetResult(out var r) && r.State == DeliveryState.Dropped),
                            Dropped(CadEndpoint.CreateRecord, DropReason.Stale, DropReason.Cancelled)),
                    },
                    RecordsExpiredDeleted = _recordsSeen.Count(t => !_recordsPresent.Contains(t)),
                    LocationsSampled = _sampled,
                    LocationsSent = sent,
                    MaxLocationStalenessSeconds = _maxStaleness,
                    LocationTransport = settings.Transport,
                    LocationStalenessSeconds = _staleness.ToArray(),
                    HubCalls = _emulator?.State.Counters[EmulatorCounters.HubUnitLocationCalls] ?? _hub?.Calls ?? 0,
                    HubLimitErrors = _emulator?.State.Counters[EmulatorCounters.HubLimitErrors] ?? _hub?.LimitErrors ?? 0,
                    PushEventsReceived = Interlocked.Read(ref _pushEvents),
                    RosterChangeLatenciesMs = _rosterLatenciesMs.ToArray(),
                    PeakManagedMemoryBytes = _peakMemory,
                    OutboxEntries = status.OutboxEntries,
                    QueueDepths = lanes.ToDictionary(l => l.Name, l => l.Queued, StringComparer.Ordinal),
                    PeakQueueDepths = new Dictionary<string, int>(_peakDepths, StringComparer.Ordinal),
                    Warnings = Interlocked.Read(ref _warnings),
                    LoggedErrors = Interlocked.Read(ref _errors),
                };
            }
        }

        /// <summary>Requests per endpoint: as the emulator counted them, or (against a real CAD) as the lanes sent them.</summary>
        public Dictionary<string, long> RequestsPerEndpoint(IReadOnlyList<LaneStatus> lanes)
        {
            if (_emulator != null)
            {
                return _emulator.State.Counters.Snapshot()
                    .Where(p => p.Key.StartsWith(EmulatorCounters.EndpointPrefix, StringComparison.Ordinal))
                    .ToDictionary(p => p.Key.Substring(EmulatorCounters.EndpointPrefix.Length), p => p.Value, StringComparer.Ordinal);
            }

            return lanes.Where(l => l.RequestsSent > 0).ToDictionary(l => Camel(l.Name), l => l.RequestsSent, StringComparer.Ordinal);
        }

        public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

        /// <summary>From the command to the CAD receiving the request it accepted, for the calls the CAD has.</summary>
        private double[] Latencies(bool emergency)
        {
            var delivered = _emulator != null ? (Func<string, bool>)_callsSeen.Contains : _callsAccepted.ContainsKey;
            return _callsMadeAt
                .Where(c => _nonEmergencyCalls.Contains(c.Key) != emergency && delivered(c.Key) && _callsReceivedAt.ContainsKey(c.Key))
                .Select(c => (_callsReceivedAt[c.Key] - c.Value).TotalMilliseconds)
                .ToArray();
        }

        private static string? TagIn(string text, string prefix)
        {
            var at = text.LastIndexOf(prefix, StringComparison.Ordinal);
            if (at < 0) return null;
            var end = at + prefix.Length;
            while (end < text.Length && char.IsDigit(text[end])) end++;
            return end > at + prefix.Length ? text.Substring(at, end - at) : null;
        }

        // ----- the host's seams -----------------------------------------------------------------------------------

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
            var tag = TagIn(description, CallPrefix);
            if (tag != null) _callsAccepted.TryAdd(tag, 0);
        }

        public void PanicChanged(string communityUserId, bool isPanic)
        {
        }

        public void StatusChanged(string communityUserId, int status)
        {
            if (_cadChanges.TryRemove((communityUserId, status), out var at))
                _rosterLatenciesMs.Enqueue(_wall.GetElapsedTime(at).TotalMilliseconds);
        }
    }
}
