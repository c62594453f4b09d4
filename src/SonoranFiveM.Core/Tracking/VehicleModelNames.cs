using System.Collections.Concurrent;
using System.Globalization;

namespace SonoranFiveM.Core.Tracking
{
    /// <summary>
    /// The server only knows a vehicle's model hash. This caches its text once per model so the sampling tick can
    /// pass it to the tracker without allocating a new string every tick.
    /// </summary>
    public sealed class VehicleModelNames
    {
        private readonly ConcurrentDictionary<int, string> _names = new ConcurrentDictionary<int, string>();

        /// <summary>Null for 0 (on foot); else the model hash as text, e.g. "1912215274".</summary>
        public string? For(int modelHash)
        {
            if (modelHash == 0) return null;
            return _names.TryGetValue(modelHash, out var name)
                ? name
                : _names.GetOrAdd(modelHash, h => unchecked((uint)h).ToString(CultureInfo.InvariantCulture));
        }
    }
}
