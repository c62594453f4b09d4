using System;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;
using SonoranFiveM.Benchmarks.Support;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Benchmarks
{
    /// <summary>
    /// The whole managed work of one sampling tick on the main thread: the adapter's loop (read the roster's unit
    /// snapshot, read each unit's position from the engine, here <see cref="FakeEngine"/>) and the core's one call
    /// (<see cref="TickSampler.Sample"/>: identity, vehicle names, the tracker's change test). A quarter of the players
    /// are CAD units, half of those moving; players who are not units cost nothing. Steady state: every unit has been
    /// sent and accepted once, so stationary units go through the full change test (distance, heading, vehicle,
    /// keep-alive) and moving units stay pending until the lane's next send. The keep-alive is set to an hour so that a
    /// long run does not drift into "everyone is due" part-way through; the clock is the real system clock.
    /// </summary>
    [MemoryDiagnoser]
    public class SampleTickBenchmarks
    {
        private ServerScenario _scenario = null!;
        private UnitRoster _roster = null!;
        private UnitTracker _tracker = null!;
        private AdapterTick _adapter = null!;

        [Params(32, 256, 2048)]
        public int Players { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var units = Players / 4;
            _scenario = new ServerScenario(Players, units, units / 2);
            _roster = _scenario.CreateRoster();
            _tracker = new UnitTracker(_roster, new TrackerOptions { KeepAlive = TimeSpan.FromHours(1) }, TimeProvider.System);
            _adapter = new AdapterTick(new FakeEngine(_scenario.World), _roster, new TickSampler(_tracker, new VehicleModelNames()), Players);

            _adapter.Tick();
            var now = DateTimeOffset.UtcNow;
            var batch = _tracker.TakeBatch(units, now) ?? throw new InvalidOperationException("No units were tracked.");
            if (batch.Updates.Count != units) throw new InvalidOperationException("Expected " + units + " units, tracked " + batch.Updates.Count + ".");
            _tracker.Complete(batch, Core.Dispatch.LocationBatchOutcome.Accepted, now);
            if (_tracker.PendingCount != 0) throw new InvalidOperationException("Units still pending after an accepted send.");
        }

        [GlobalCleanup]
        public void Cleanup() => _roster.Dispose();

        /// <summary>The incumbent's approach, ported as-is: every unit's position serialised to JSON on every tick.</summary>
        [Benchmark(Baseline = true, Description = "Incumbent: JSON per unit per tick")]
        public int IncumbentJsonPerUnit()
        {
            _scenario.Advance();
            var samples = _scenario.Samples;
            var bytes = 0;
            for (var i = 0; i < Players; i++)
            {
                ref var s = ref samples[i];
                if (s.CommunityUserId == null || !_roster.IsActiveUnit(s.CommunityUserId)) continue;
                var payload = new IncumbentPayload
                {
                    Location = _scenario.StreetNames[i],
                    Coordinates = new IncumbentCoordinates { X = s.X, Y = s.Y, Z = s.Z, W = s.Heading },
                    Vehicle = new IncumbentVehicle { Type = s.VehicleModel == null ? "foot" : "police", Lights = false },
                    CommunityUserId = s.CommunityUserId,
                };
                bytes += JsonConvert.SerializeObject(payload).Length;
            }

            return bytes;
        }

        /// <summary>sonoran-fivem: the adapter's loop over the unit snapshot and the core's one call.</summary>
        [Benchmark(Description = "Whole managed tick (adapter loop + core)")]
        public int WholeTick()
        {
            _scenario.Advance();
            _adapter.Tick();
            return Players;
        }

        // The payload shape the incumbent sends per unit (official-lua-integration.md §2).
        private sealed class IncumbentPayload
        {
            [JsonProperty("location")] public string Location { get; set; } = string.Empty;
            [JsonProperty("coordinates")] public IncumbentCoordinates Coordinates { get; set; } = null!;
            [JsonProperty("vehicle")] public IncumbentVehicle Vehicle { get; set; } = null!;
            [JsonProperty("communityUserId")] public string CommunityUserId { get; set; } = string.Empty;
        }

        private sealed class IncumbentCoordinates
        {
            [JsonProperty("x")] public float X { get; set; }
            [JsonProperty("y")] public float Y { get; set; }
            [JsonProperty("z")] public float Z { get; set; }
            [JsonProperty("w")] public float W { get; set; }
        }

        private sealed class IncumbentVehicle
        {
            [JsonProperty("type")] public string Type { get; set; } = string.Empty;
            [JsonProperty("lights")] public bool Lights { get; set; }
        }
    }
}
