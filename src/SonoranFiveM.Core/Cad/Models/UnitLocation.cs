namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>One unit's position for a unit-locations batch.</summary>
    public sealed class UnitLocation
    {
        public UnitLocation(string communityUserId, string location, float x, float y, float z, float heading, string? vehicleModel = null)
        {
            CommunityUserId = communityUserId;
            Location = location;
            X = x;
            Y = y;
            Z = z;
            Heading = heading;
            VehicleModel = vehicleModel;
        }

        public string CommunityUserId { get; }

        /// <summary>Display text, e.g. "[1234] Alta St / Vespucci Blvd".</summary>
        public string Location { get; }

        public float X { get; }
        public float Y { get; }
        public float Z { get; }

        /// <summary>Degrees, 0–360; sent as <c>coordinates.w</c> in v2.</summary>
        public float Heading { get; }

        /// <summary>The vehicle model the live map shows (a name, see <c>VehicleModelNames</c>); null on foot or for an unknown model.</summary>
        public string? VehicleModel { get; }
    }
}
