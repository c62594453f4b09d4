using SonoranFiveM.Core;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Records.Sinks;
using SonoranFiveM.Core.Tracking;
using SonoranFiveM.Emulator;
using GameCommand = SonoranFiveM.Core.Commands.CommandContext;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// The game: players join, a share of them are CAD units driving around the map, civilians make 911/311 calls, units
    /// change status and press panic, and records are created, all through <see cref="SonoranHost"/> as the engine adapter
    /// and other resources would. What it does is told to the <see cref="SimulationProbe"/>.
    /// </summary>
    internal sealed class SimulatedServer
    {
        private static readonly string[] Statuses = { "AVAILABLE", "BUSY", "ENROUTE", "ON_SCENE", "AVAILABLE" };

        private readonly SimulationSettings _settings;
        private readonly SonoranHost _host;
        private readonly SimulationProbe _probe;
        private readonly SimulationClock _clock;
        private readonly Random _rng;
        private static readonly int PoliceModel = VehicleModelNames.HashOf("police");
        private readonly UnitSample[] _units;
        private readonly PlayerPosition[] _positions;
        private readonly float[] _speed;
        private readonly float[] _turn;
        private readonly int[] _civilians;
        private readonly TimeSpan _firstRecordAt;
        private readonly TimeSpan _secondRecordAt;
        private readonly TimeSpan _panicAt;
        private readonly TimeSpan _panicOffAt;
        private TimeSpan _nextExtraRecord;
        private TimeSpan _nextSampleAt;
        private int _callNumber;
        private int _recordNumber;

        public SimulatedServer(SimulationSettings settings, SonoranHost host, CadEmulator? emulator, SimulationProbe probe, SimulationClock clock, Random rng)
        {
            _settings = settings;
            _host = host;
            _probe = probe;
            _clock = clock;
            _rng = rng;
            var units = settings.Units;
            _units = new UnitSample[units];
            _positions = new PlayerPosition[units];
            _speed = new float[units];
            _turn = new float[units];
            _civilians = Enumerable.Range(units + 1, settings.Players - units).ToArray();
            _firstRecordAt = TimeSpan.FromSeconds(Math.Max(1, settings.DurationSeconds * 0.1));
            _secondRecordAt = TimeSpan.FromSeconds(settings.DurationSeconds * 0.5);
            _panicAt = TimeSpan.FromSeconds(settings.DurationSeconds * 0.25);
            _panicOffAt = TimeSpan.FromSeconds(settings.DurationSeconds * 0.35);
            _nextExtraRecord = _secondRecordAt + RecordEvery;

            for (var i = 0; i < settings.Players; i++)
            {
                var identifier = "license:sim" + (i + 1).ToString("D5", CultureInfo.InvariantCulture);
                // As FXServer would: the core strips the prefix, and the CAD knows the unit by what is left.
                var id = host.PlayerJoined(i + 1, identifier)!;
                if (i >= units) continue;
                emulator?.State.AddUnit(id, name: "Unit " + (i + 1), unitNum: "1-A-" + (i + 1));
                _speed[i] = 8f + (float)_rng.NextDouble() * 30f;
                _turn[i] = (float)(_rng.NextDouble() * 10.0 - 5.0);
                _units[i] = new UnitSample(i + 1, id, RandomCoordinate(), RandomCoordinate(), 30f, (float)(_rng.NextDouble() * 360.0), "police");
            }
        }

        private static TimeSpan RecordEvery => TimeSpan.FromMinutes(5);

        public int UnitCount => _units.Length;

        /// <summary>The communityUserId the CAD knows unit <paramref name="index"/> by.</summary>
        public string UnitId(int index) => _units[index].CommunityUserId!;

        /// <summary>One step of play, <paramref name="elapsed"/> into the run (after the clock moved): as the adapter's tick would.</summary>
        public void Play(TimeSpan elapsed)
        {
            MoveUnits();
            // As the adapter does: every 250 ms while the hub carries locations, once a second otherwise.
            if (elapsed >= _nextSampleAt)
            {
                _probe.Sampled(SampleUnits());
                _nextSampleAt = elapsed + _host.SampleInterval;
            }

            MakeCalls();
            ChangeStatuses();
            if (_clock.Crossed(elapsed, _panicAt) || _clock.Crossed(elapsed, _panicOffAt)) PressPanic();
            if (_clock.Crossed(elapsed, _firstRecordAt) || _clock.Crossed(elapsed, _secondRecordAt)) CreateRecord();
            if (elapsed >= _nextExtraRecord)
            {
                CreateRecord();
                _nextExtraRecord += RecordEvery;
            }
        }

        /// <summary>As the adapter does: positions only for the players the core lists as units, in its order.</summary>
        private int SampleUnits()
        {
            var units = _host.Units;
            var count = 0;
            for (var u = 0; u < units.Count; u++)
            {
                var index = units.PlayerIdAt(u) - 1;
                if ((uint)index >= (uint)_units.Length) continue;
                ref var s = ref _units[index];
                _positions[count++] = new PlayerPosition(s.PlayerId, s.X, s.Y, s.Z, s.Heading, PoliceModel);
            }

            _host.Sample(units, _positions, count);
            return count;
        }

        private float RandomCoordinate() => (float)(_rng.NextDouble() * 6000.0 - 3000.0);

        private void MoveUnits()
        {
            var dt = (float)_clock.Step.TotalSeconds;
            for (var i = 0; i < _units.Length; i++)
            {
                ref var s = ref _units[i];
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
            var expected = perMinute * _clock.Step.TotalSeconds / 60.0;
            var count = (int)Math.Floor(expected);
            if (_rng.NextDouble() < expected - count) count++;
            return count;
        }

        private void MakeCalls()
        {
            var count = Occurrences(_settings.CallsPerMinute);
            for (var n = 0; n < count; n++)
            {
                var pool = _civilians.Length > 0 ? _civilians : Enumerable.Range(1, _settings.Players).ToArray();
                if (pool.Length == 0) return;
                var player = pool[_rng.Next(pool.Length)];
                var emergency = _rng.NextDouble() < 0.75;
                var tag = SimulationProbe.CallTag(++_callNumber);
                var text = (emergency ? "Shots fired near the gas station, send help " : "My car was stolen overnight ") + tag;
                var context = new GameCommand(player, "Civilian " + player, _host.CommunityUserIdOf(player), false,
                    new WorldPosition(RandomCoordinate(), RandomCoordinate(), 30f), _ => true);
                var at = _clock.Now;
                var outcome = _host.CommandAsync(emergency ? "911" : "311", text, context);
                if (outcome.TryGetResult(out var done) && !Queued(done)) continue; // cooldown etc.: nothing was created
                _probe.CallMade(tag, emergency, at);
            }
        }

        private static bool Queued(CommandOutcome outcome) => outcome is CommandOutcome.Accepted or CommandOutcome.Rejected
            or CommandOutcome.Dropped or CommandOutcome.QueuedPaced or CommandOutcome.QueuedUnreachable;

        private void ChangeStatuses()
        {
            if (_units.Length == 0) return;
            // Each unit changes status about every ten minutes.
            var count = Occurrences(_units.Length / 10.0);
            for (var n = 0; n < count; n++)
            {
                var index = _rng.Next(_units.Length);
                _ = _host.CommandAsync("status", Statuses[_rng.Next(Statuses.Length)], UnitContext(index));
            }
        }

        private void PressPanic()
        {
            if (_units.Length == 0) return;
            _ = _host.CommandAsync("panic", string.Empty, UnitContext(0));
        }

        private GameCommand UnitContext(int index)
        {
            var player = _units[index].PlayerId;
            return new GameCommand(player, "Officer " + player, _host.CommunityUserIdOf(player), _host.IsUnit(player),
                new WorldPosition(_units[index].X, _units[index].Y, _units[index].Z), _ => true);
        }

        /// <summary>A record, as another resource creates one through the exports.</summary>
        private void CreateRecord()
        {
            var exports = _host.Exports;
            if (exports == null) return;
            var owner = _units.Length > 0 ? _units[_rng.Next(_units.Length)].CommunityUserId! : "sim00001";
            var tag = "simrecord-" + (++_recordNumber).ToString(CultureInfo.InvariantCulture);
            var values = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["owner"] = owner,
                ["caller"] = "Officer sim",
                ["location"] = "Route 68",
                ["description"] = tag,
            };
            var handle = exports.CreateTemporaryRecord(SimulationConfig.TemplateName, values, 1 + (_recordNumber % 3));
            if (handle.StartsWith("error: ", StringComparison.Ordinal))
            {
                _probe.Write(LogLevel.Warning, "simulation record refused: " + handle);
                return;
            }

            var deliveries = _host.RecordDeliveries(handle);
            _probe.RecordMade(tag, deliveries != null && deliveries.TryGetValue(SonoranRecordSink.DefaultName, out var ticket) ? ticket : null);
        }
    }
}
