using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Postals;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Composition
{
    /// <summary>A unit's location text for the CAD map: "[postal] street / cross", else "Postal n", else coordinates.</summary>
    public sealed class PostalLocationFormatter : IUnitLocationFormatter
    {
        private readonly LocationDescriber _locations;

        public PostalLocationFormatter(LocationDescriber locations)
        {
            _locations = locations;
        }

        public string Format(float x, float y, float z, string? street)
        {
            string? postal = null;
            var postals = _locations.Postals;
            if (postals != null && postals.TryFindNearest(x, y, out var match)) postal = match.Code;
            return LocationText.Format(postal, street, null, new WorldPosition(x, y, z));
        }
    }
}
