using System.Text;

namespace SonoranFiveM.Core.Tracking
{
    /// <summary>
    /// The server only knows a vehicle's model hash, but the live map draws a model name ("police3"). A GTA model hash is
    /// the Jenkins one-at-a-time hash of the lower-case name, so a table of names gives the reverse lookup: the base
    /// game's emergency vehicles, plus the names the owner adds (<c>location.vehicleModels</c>), each optionally mapped
    /// to the model the CAD should show. Built once; <see cref="For"/> is a read-only dictionary lookup that allocates
    /// nothing, safe from any thread.
    /// </summary>
    public sealed class VehicleModelNames
    {
        /// <summary>The base game's police, fire, EMS and lifeguard vehicles, sent under their own names.</summary>
        public static readonly IReadOnlyList<string> EmergencyVehicles = new[]
        {
            "police", "police2", "police3", "police4", "policeb", "policet", "policeold1", "policeold2",
            "sheriff", "sheriff2", "fbi", "fbi2", "pranger", "riot", "riot2", "pbus", "polmav", "predator",
            "ambulance", "firetruk", "lguard", "blazer2", "seashark2",
        };

        private readonly Dictionary<int, string> _byHash = new Dictionary<int, string>();

        /// <summary>Only the base game's emergency vehicles.</summary>
        public VehicleModelNames()
            : this(null)
        {
        }

        /// <param name="ownerModels">Game model name → CAD model ("" or null sends the game name). Overrides the defaults.</param>
        public VehicleModelNames(IEnumerable<KeyValuePair<string, string>>? ownerModels)
        {
            foreach (var name in EmergencyVehicles) _byHash[HashOf(name)] = name;
            if (ownerModels == null) return;
            foreach (var pair in ownerModels)
            {
                var name = (pair.Key ?? string.Empty).Trim();
                if (name.Length == 0) continue;
                var model = string.IsNullOrWhiteSpace(pair.Value) ? name.ToLowerInvariant() : pair.Value.Trim();
                _byHash[HashOf(name)] = model;
            }
        }

        /// <summary>Names known, defaults included.</summary>
        public int Count => _byHash.Count;

        /// <summary>The model to show for a model hash (as <c>GetEntityModel</c> returns it); null on foot (0) or for an unknown model.</summary>
        public string? For(int modelHash) => modelHash != 0 && _byHash.TryGetValue(modelHash, out var model) ? model : null;

        /// <summary>GTA's model hash of a name: Jenkins one-at-a-time over the lower-cased (ASCII) bytes.</summary>
        public static int HashOf(string name)
        {
            if (name == null) throw new ArgumentNullException(nameof(name));
            uint hash = 0;
            foreach (var b in Encoding.UTF8.GetBytes(name))
            {
                var c = b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b;
                unchecked
                {
                    hash += c;
                    hash += hash << 10;
                    hash ^= hash >> 6;
                }
            }

            unchecked
            {
                hash += hash << 3;
                hash ^= hash >> 11;
                hash += hash << 15;
                return (int)hash;
            }
        }
    }
}
