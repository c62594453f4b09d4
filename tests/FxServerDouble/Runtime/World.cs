using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CitizenFX.Core;

namespace FxServerDouble
{
    /// <summary>
    /// The simulated server state the natives read: players, peds and vehicles, ACE grants, convars (some protected),
    /// resource folders and metadata, state bags. Public methods may be called from the test thread: they run on the
    /// main thread, as the server would change its own state. Internal ones are what the natives call (main thread).
    /// </summary>
    public sealed class World
    {
        public const string ProtectedPlaceholder = "protection_initialized";

        private readonly FxServer _server;
        private readonly SortedDictionary<int, SimPlayer> _players = new SortedDictionary<int, SimPlayer>();
        private readonly Dictionary<int, SimEntity> _entities = new Dictionary<int, SimEntity>();
        private readonly Dictionary<int, SimPlayer> _byPed = new Dictionary<int, SimPlayer>();
        private readonly Dictionary<string, string> _convars = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _protectedConvars = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _convarReadGrants = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, ResourceEntry> _resources = new Dictionary<string, ResourceEntry>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, object> _stateBags = new Dictionary<string, object>(StringComparer.Ordinal);
        private int _nextPlayerId = 1;
        private int _nextEntity = 256;

        internal World(FxServer server)
        {
            _server = server;
        }

        // ----- players -----

        /// <summary>A player connects and joins (playerJoining, source <c>internal-net:&lt;id&gt;</c>), on foot at <paramref name="at"/>.</summary>
        public SimPlayer Join(string name, string license, string discord = null, string fivem = null, Vector3? at = null)
        {
            var identifiers = new Dictionary<string, string>();
            if (license != null) identifiers["license"] = license;
            if (discord != null) identifiers["discord"] = discord;
            if (fivem != null) identifiers["fivem"] = fivem;
            return _server.MainThread.Invoke(() =>
            {
                var id = _nextPlayerId++;
                var ped = AddEntity(FxHash.Of("mp_m_freemode_01"), false, at ?? new Vector3(0, 0, 30), 0);
                var player = new SimPlayer(id, name, identifiers, ped);
                lock (_players)
                {
                    _players[id] = player;
                    _byPed[ped.Handle] = player;
                }

                _server.Dispatch("playerJoining", "internal-net:" + player.Handle, new object[] { "65535" });
                return player;
            });
        }

        /// <summary>The player disconnects (playerDropped, source <c>internal-net:&lt;id&gt;</c>).</summary>
        public void Drop(int playerId, string reason = "Exiting")
        {
            _server.MainThread.Invoke(() =>
            {
                _server.Dispatch("playerDropped", "internal-net:" + playerId.ToString(CultureInfo.InvariantCulture), new object[] { reason, string.Empty, 2L });
                lock (_players)
                {
                    if (_players.TryGetValue(playerId, out var gone)) _byPed.Remove(gone.Ped.Handle);
                    _players.Remove(playerId);
                }
            });
        }

        public SimPlayer PlayerById(int playerId)
        {
            lock (_players) return _players.TryGetValue(playerId, out var p) ? p : null;
        }

        public IReadOnlyList<SimPlayer> Players
        {
            get { lock (_players) return _players.Values.ToList(); }
        }

        /// <summary>Puts the player in a new vehicle of <paramref name="model"/> (a model name, hashed as GTA does).</summary>
        public SimEntity EnterNewVehicle(int playerId, string model) => _server.MainThread.Invoke(() =>
        {
            var player = PlayerById(playerId);
            var vehicle = AddEntity(FxHash.Of(model), true, player.Ped.Position, player.Ped.Heading);
            player.Vehicle = vehicle;
            player.LastVehicle = vehicle;
            return vehicle;
        });

        /// <summary>Moves the player (and their vehicle) along <paramref name="route"/> at <paramref name="metersPerSecond"/>, frame by frame.</summary>
        public void Drive(int playerId, IReadOnlyList<Vector3> route, float metersPerSecond)
            => _server.MainThread.Invoke(() => PlayerById(playerId).Drive(route, metersPerSecond));

        public void GrantAce(int playerId, string ace) => _server.MainThread.Invoke(() => PlayerById(playerId).Aces.Add(ace));

        internal IReadOnlyList<string> PlayerHandles()
        {
            lock (_players) return _players.Values.Select(p => p.Handle).ToList();
        }

        internal SimPlayer Player(string handle)
            => int.TryParse(handle, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? PlayerById(id) : null;

        internal int PedOf(string handle) => Player(handle)?.Ped.Handle ?? 0;

        internal SimEntity Entity(int handle) => _entities.TryGetValue(handle, out var e) ? e : null;

        internal int VehicleOf(int ped, bool lastVehicle)
        {
            SimPlayer owner;
            lock (_players) _byPed.TryGetValue(ped, out owner);
            var vehicle = owner == null ? null : lastVehicle ? owner.LastVehicle : owner.Vehicle;
            return vehicle?.Handle ?? 0;
        }

        internal bool IsAceAllowed(string handle, string ace) => Player(handle)?.Aces.Contains(ace) ?? false;

        internal void DeliverClientEvent(string handle, string eventName, object[] args)
        {
            var packed = LuaValues.PackAll(args);
            if (handle == "-1")
            {
                foreach (var p in Players) p.Receive(eventName, packed);
                return;
            }

            Player(handle)?.Receive(eventName, packed);
        }

        internal void Advance(double seconds)
        {
            foreach (var p in Players) p.Advance(seconds);
        }

        private SimEntity AddEntity(int model, bool isVehicle, Vector3 position, float heading)
        {
            var entity = new SimEntity(_nextEntity++, model, isVehicle, position, heading);
            _entities[entity.Handle] = entity;
            return entity;
        }

        // ----- convars -----

        /// <summary><c>set name value</c> in server.cfg.</summary>
        public void SetConvar(string name, string value)
        {
            lock (_convars) _convars[name] = value;
            ConvarsChanged?.Invoke();
        }

        /// <summary>A convar another resource protected: it reads <see cref="ProtectedPlaceholder"/> to other resources until
        /// <c>add_convar_permission &lt;resource&gt; read &lt;name&gt;</c> grants them.</summary>
        public void SetProtectedConvar(string name, string value)
        {
            lock (_convars)
            {
                _convars[name] = value;
                _protectedConvars.Add(name);
            }

            ConvarsChanged?.Invoke();
        }

        /// <summary><c>add_convar_permission &lt;resource&gt; read &lt;name&gt;</c>.</summary>
        public void AddConvarPermission(string resource, string name)
        {
            lock (_convars) _convarReadGrants.Add(resource + "\n" + name);
            ConvarsChanged?.Invoke();
        }

        /// <summary>Raised after any convar or convar permission changed (the JS runtime keeps a copy of what it may read).</summary>
        internal event Action ConvarsChanged;

        /// <summary>Every convar as <paramref name="resource"/> reads it (protected ones it may not read: the placeholder).</summary>
        internal IReadOnlyDictionary<string, string> ReadableConvars(string resource)
        {
            lock (_convars) return _convars.Keys.ToDictionary(name => name, name => ReadConvar(resource, name), StringComparer.OrdinalIgnoreCase);
        }

        internal string ReadConvar(string resource, string name)
        {
            lock (_convars)
            {
                if (!_convars.TryGetValue(name, out var value)) return null;
                return _protectedConvars.Contains(name) && !_convarReadGrants.Contains(resource + "\n" + name) ? ProtectedPlaceholder : value;
            }
        }

        // ----- resources -----

        /// <summary>Another resource (or this one) with its folder and manifest metadata, e.g. nearest-postal's <c>postal_file</c>.</summary>
        public void AddResource(string name, string folder, IDictionary<string, string> metadata = null)
        {
            lock (_resources) _resources[name] = new ResourceEntry(folder, metadata ?? new Dictionary<string, string>());
        }

        internal string ResourceFolder(string name)
        {
            lock (_resources) return _resources.TryGetValue(name, out var r) ? r.Folder : null;
        }

        internal IReadOnlyList<string> ResourceMetadata(string name, string key)
        {
            lock (_resources)
            {
                return _resources.TryGetValue(name, out var r) && r.Metadata.TryGetValue(key, out var value) ? new[] { value } : Array.Empty<string>();
            }
        }

        internal string LoadResourceFile(string resource, string file)
        {
            var path = ResourcePath(resource, file);
            return path != null && File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        }

        internal bool SaveResourceFile(string resource, string file, string data, int dataLength)
        {
            var path = ResourcePath(resource, file);
            if (path == null || data == null) return false;
            var bytes = Encoding.UTF8.GetBytes(data);
            if (dataLength >= 0 && dataLength != bytes.Length) _server.Violation("SaveResourceFile: dataLength " + dataLength + " is not the UTF-8 byte count " + bytes.Length + " (FXServer would write a cut or padded file)");
            var count = dataLength < 0 ? bytes.Length : Math.Min(dataLength, bytes.Length);
            using (var stream = File.Create(path)) stream.Write(bytes, 0, count);
            return true;
        }

        private string ResourcePath(string resource, string file)
        {
            var folder = ResourceFolder(resource);
            if (folder == null || string.IsNullOrEmpty(file)) return null;
            var full = Path.GetFullPath(Path.Combine(folder, file));
            return full.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal) ? full : null;
        }

        // ----- state bags -----

        internal void SetStateBag(string bag, string key, object value, bool replicated)
        {
            lock (_stateBags) _stateBags[bag + "\n" + key] = LuaValues.Pack(value);
        }

        /// <summary>A state bag value, e.g. <c>StateBag("player:3", "sonoranUnit")</c>.</summary>
        public object StateBag(string bag, string key)
        {
            lock (_stateBags) return _stateBags.TryGetValue(bag + "\n" + key, out var value) ? value : null;
        }

        private sealed class ResourceEntry
        {
            public ResourceEntry(string folder, IDictionary<string, string> metadata)
            {
                Folder = folder;
                Metadata = new Dictionary<string, string>(metadata, StringComparer.Ordinal);
            }

            public string Folder { get; }
            public Dictionary<string, string> Metadata { get; }
        }
    }
}
