using System.Collections.Generic;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Benchmarks.Support
{
    /// <summary>
    /// Stands in for the server natives the adapter's UnitSampler calls (<c>GetPlayerPed</c>, <c>GetEntityCoords</c>,
    /// <c>GetEntityHeading</c>, <c>GetVehiclePedIsIn</c>, <c>GetEntityModel</c>), answering from the scenario's
    /// <see cref="ServerScenario.World"/>. Each answer is an array read: the natives' own cost is FXServer's and is not
    /// part of the managed figure. Ped handle = player id, vehicle handle = player id + 100,000.
    /// </summary>
    internal sealed class FakeEngine
    {
        private const int VehicleBase = 100000;
        private readonly PlayerPosition[] _world;

        public FakeEngine(PlayerPosition[] world)
        {
            _world = world;
        }

        public int GetPlayerPed(OnlinePlayer player) => player.Id;

        public void GetEntityCoords(int ped, out float x, out float y, out float z)
        {
            var p = _world[ped - 1];
            x = p.X;
            y = p.Y;
            z = p.Z;
        }

        public float GetEntityHeading(int ped) => _world[ped - 1].Heading;

        public int GetVehiclePedIsIn(int ped) => _world[ped - 1].VehicleModelHash != 0 ? VehicleBase + ped : 0;

        public int GetEntityModel(int vehicle) => _world[vehicle - VehicleBase - 1].VehicleModelHash;

        /// <summary>The state bag write (<c>Player.State.Set</c>); counted so a benchmark can check it is not per tick.</summary>
        public int StateBagWrites { get; private set; }

        public void SetUnitState(OnlinePlayer player, bool isUnit) => StateBagWrites++;
    }

    /// <summary>The adapter's entry for an online player.</summary>
    internal sealed class OnlinePlayer
    {
        public OnlinePlayer(int id, string handle)
        {
            Id = id;
            Handle = handle;
        }

        public int Id { get; }
        public string Handle { get; }
        public bool? WasUnit { get; set; }
    }

    /// <summary>
    /// The adapter's sampling loop (src/SonoranFiveM.Server/Engine/UnitSampler.cs), line for line, over the
    /// <see cref="FakeEngine"/> instead of the natives, ending in the core's one call (<see cref="TickSampler.Sample"/>,
    /// which is what SonoranIntegration.Sample runs).
    /// </summary>
    internal sealed class AdapterTick
    {
        private readonly Dictionary<int, OnlinePlayer> _online = new Dictionary<int, OnlinePlayer>();
        private readonly List<OnlinePlayer> _order = new List<OnlinePlayer>();
        private readonly FakeEngine _engine;
        private readonly UnitRoster _roster;
        private readonly TickSampler _core;
        private PlayerPosition[] _positions = new PlayerPosition[64];
        private long _statesVersion = -1;

        public AdapterTick(FakeEngine engine, UnitRoster roster, TickSampler core, int players)
        {
            _engine = engine;
            _roster = roster;
            _core = core;
            for (var id = 1; id <= players; id++)
            {
                var entry = new OnlinePlayer(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                _online[id] = entry;
                _order.Add(entry);
            }
        }

        public void Tick()
        {
            var units = _roster.Units;
            if (units.Version != _statesVersion) SyncUnitStates(units);
            if (_positions.Length < units.Count) _positions = new PlayerPosition[units.Count * 2];
            var count = 0;
            for (var i = 0; i < units.Count; i++)
            {
                if (!_online.TryGetValue(units.PlayerIdAt(i), out var p)) continue;
                var ped = _engine.GetPlayerPed(p);
                if (ped == 0) continue;
                _engine.GetEntityCoords(ped, out var x, out var y, out var z);
                var vehicle = _engine.GetVehiclePedIsIn(ped);
                _positions[count++] = new PlayerPosition(p.Id, x, y, z, _engine.GetEntityHeading(ped), vehicle != 0 ? _engine.GetEntityModel(vehicle) : 0);
            }

            _core.Sample(units, _positions, count);
        }

        private void SyncUnitStates(UnitPlayers units)
        {
            _statesVersion = units.Version;
            for (var i = 0; i < _order.Count; i++)
            {
                var p = _order[i];
                var isUnit = units.Contains(p.Id);
                if (isUnit == p.WasUnit) continue;
                p.WasUnit = isUnit;
                _engine.SetUnitState(p, isUnit);
            }
        }
    }
}
