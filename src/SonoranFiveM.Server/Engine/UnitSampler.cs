using System.Collections.Generic;
using CitizenFX.Core;
using CitizenFX.Core.Native;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Server.Engine
{
    /// <summary>
    /// Reads units' positions with server-side (OneSync) natives, once per sampling tick, on the main thread, into a
    /// reused array, and hands them to the core in one call: no JSON, no LINQ, no I/O, no allocation in steady state.
    /// The core's <see cref="UnitPlayers"/> snapshot says who is a unit; only those players' natives are read, so
    /// players who are not units cost nothing per tick.
    /// </summary>
    internal sealed class UnitSampler
    {
        /// <summary>
        /// Replicated player state bag key the optional client script reads (<c>LocalPlayer.state.sonoranUnit</c>): a
        /// state bag reaches clients that are still loading and survives resource restarts, unlike a one-off event.
        /// </summary>
        public const string UnitStateKey = "sonoranUnit";

        private readonly Dictionary<int, OnlinePlayer> _online = new Dictionary<int, OnlinePlayer>();
        private readonly List<OnlinePlayer> _order = new List<OnlinePlayer>();
        private PlayerPosition[] _positions = new PlayerPosition[64];
        private long _statesVersion = -1;

        public void Add(int playerId, string handle, Player player)
        {
            if (_online.ContainsKey(playerId)) return;
            var entry = new OnlinePlayer(playerId, handle, player);
            _online[playerId] = entry;
            _order.Add(entry);
            _statesVersion = -1;
        }

        public void Remove(int playerId)
        {
            if (!_online.TryGetValue(playerId, out var entry)) return;
            _online.Remove(playerId);
            _order.Remove(entry);
        }

        public bool TryGetHandle(int playerId, out string handle)
        {
            handle = _online.TryGetValue(playerId, out var entry) ? entry.Handle : string.Empty;
            return handle.Length > 0;
        }

        /// <summary>Samples every unit and hands the positions to the core; tells clients when their unit state changes.</summary>
        public void Tick(SonoranHost host)
        {
            var units = host.Units;
            if (units.Version != _statesVersion) SyncUnitStates(units);
            if (_positions.Length < units.Count) _positions = new PlayerPosition[units.Count * 2];
            var count = 0;
            for (var i = 0; i < units.Count; i++)
            {
                if (!_online.TryGetValue(units.PlayerIdAt(i), out var p)) continue;
                var ped = API.GetPlayerPed(p.Handle);
                if (ped == 0) continue;
                var position = API.GetEntityCoords(ped);
                var vehicle = API.GetVehiclePedIsIn(ped, false);
                _positions[count++] = new PlayerPosition(p.Id, position.X, position.Y, position.Z, API.GetEntityHeading(ped),
                    vehicle != 0 ? API.GetEntityModel(vehicle) : 0);
            }

            host.Sample(units, _positions, count);
        }

        /// <summary>Only when the unit set changed or a player joined: every online player's state bag that differs.</summary>
        private void SyncUnitStates(UnitPlayers units)
        {
            _statesVersion = units.Version;
            for (var i = 0; i < _order.Count; i++)
            {
                var p = _order[i];
                var isUnit = units.Contains(p.Id);
                if (isUnit == p.WasUnit) continue;
                p.WasUnit = isUnit;
                p.Player.State.Set(UnitStateKey, isUnit, true);
            }
        }

        private sealed class OnlinePlayer
        {
            public OnlinePlayer(int id, string handle, Player player)
            {
                Id = id;
                Handle = handle;
                Player = player;
            }

            public int Id { get; }
            public string Handle { get; }
            public Player Player { get; }
            /// <summary>Null until the first tick, so every player's state bag is set once after a (re)start.</summary>
            public bool? WasUnit { get; set; }
        }
    }
}
