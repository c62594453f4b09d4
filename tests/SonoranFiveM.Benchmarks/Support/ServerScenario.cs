using System;
using System.Collections.Generic;
using System.Globalization;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Benchmarks.Support
{
    /// <summary>
    /// A server full of players: what the engine holds for each (<see cref="World"/>: position, heading, vehicle model
    /// hash, as the natives return them) and the same as the tracker's input (<see cref="Samples"/>, with cached strings:
    /// 40-hex license ids like FiveM's, vehicle names). Player ids are 1…<see cref="Players"/>. The first
    /// <see cref="Units"/> players are CAD units; the first <see cref="Moving"/> of those move every tick. Deterministic.
    /// </summary>
    internal sealed class ServerScenario
    {
        private static readonly string[] Streets = { "Alta St", "Vespucci Blvd", "Great Ocean Hwy", "Route 68", "Strawberry Ave", "Joshua Rd" };
        private static readonly string[] Vehicles = { "police", "police2", "police3", "sheriff", "ambulance", "firetruk" };

        private readonly float[] _baseX;
        private int _tick;

        public ServerScenario(int players, int units, int moving)
        {
            if (units > players || moving > units) throw new ArgumentException("players ≥ units ≥ moving");
            Players = players;
            Units = units;
            Moving = moving;
            Samples = new UnitSample[players];
            World = new PlayerPosition[players];
            StreetNames = new string[players];
            Ids = new string[players];
            _baseX = new float[players];
            var state = 0x9E3779B97F4A7C15UL;
            for (var i = 0; i < players; i++)
            {
                Ids[i] = LicenseId(ref state);
                var x = -2000f + (i * 37 % 4000);
                var y = -3000f + (i * 53 % 9000);
                _baseX[i] = x;
                var inVehicle = i % 3 != 0;
                StreetNames[i] = Streets[i % Streets.Length];
                Samples[i] = new UnitSample(i + 1, Ids[i], x, y, 30f, i * 13 % 360, inVehicle ? Vehicles[i % Vehicles.Length] : null);
                World[i] = new PlayerPosition(i + 1, x, y, 30f, i * 13 % 360, inVehicle ? VehicleModelNames.HashOf(Vehicles[i % Vehicles.Length]) : 0);
            }
        }

        public int Players { get; }
        public int Units { get; }
        public int Moving { get; }
        public UnitSample[] Samples { get; }

        /// <summary>The engine's state per player (index = player id - 1), what the natives return.</summary>
        public PlayerPosition[] World { get; }

        /// <summary>Street text per player, for the incumbent's payload.</summary>
        public string[] StreetNames { get; }

        /// <summary>communityUserId per player (index = player index).</summary>
        public string[] Ids { get; }

        public IEnumerable<string> UnitIds
        {
            get
            {
                for (var i = 0; i < Units; i++) yield return Ids[i];
            }
        }

        /// <summary>
        /// The game moves on: the moving units get a new position (1.5 game units further along x, a 3° turn, cycling
        /// over 256 ticks so the numbers stay bounded), in both <see cref="World"/> and <see cref="Samples"/>. Allocation-free.
        /// </summary>
        public void Advance()
        {
            var step = ++_tick & 255;
            for (var i = 0; i < Moving; i++)
            {
                var x = _baseX[i] + step * 1.5f;
                float heading = (i * 13 + step * 3) % 360;
                Samples[i].X = x;
                Samples[i].Heading = heading;
                World[i].X = x;
                World[i].Heading = heading;
            }
        }

        public UnitRoster CreateRoster()
        {
            // One page holds every unit, so the roster's own 3/min budget never matters here.
            var roster = new UnitRoster(new ActiveUnitsOnlyCad(UnitIds), new UnitRosterOptions { PageSize = Math.Max(1, Units) + 1 }, TimeProvider.System, NullLog.Instance);
            for (var i = 0; i < Players; i++) roster.RegisterPlayer(i + 1, Ids[i]);
            if (!roster.RefreshAsync().GetAwaiter().GetResult()) throw new InvalidOperationException("The roster did not load.");
            return roster;
        }

        private static string LicenseId(ref ulong state)
        {
            var chars = new char[40];
            for (var c = 0; c < 40; c += 16)
            {
                var z = state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                var hex = z.ToString("x16", CultureInfo.InvariantCulture);
                for (var k = 0; k < 16 && c + k < 40; k++) chars[c + k] = hex[k];
            }

            return new string(chars);
        }
    }
}
