using System.Runtime.InteropServices;

namespace SonoranFiveM.Core.Tracking
{
    /// <summary>
    /// One player's position for one sampling tick. A plain struct: the adapter fills a reused array each tick and
    /// hands it over with a count, so sampling allocates nothing. String fields should be cached references
    /// (the communityUserId from join, vehicle/street names from a per-hash cache).
    /// </summary>
    [StructLayout(LayoutKind.Auto)]
    public struct UnitSample
    {
        public UnitSample(int playerId, string? communityUserId, float x, float y, float z, float heading, string? vehicleModel = null, string? street = null)
        {
            PlayerId = playerId;
            CommunityUserId = communityUserId;
            X = x;
            Y = y;
            Z = z;
            Heading = heading;
            VehicleModel = vehicleModel;
            Street = street;
        }

        /// <summary>The server id of the player.</summary>
        public int PlayerId;

        public string? CommunityUserId;
        public float X;
        public float Y;
        public float Z;

        /// <summary>Degrees, 0–360.</summary>
        public float Heading;

        /// <summary>Vehicle model name from <see cref="VehicleModelNames"/>; null on foot or for an unknown model.</summary>
        public string? VehicleModel;

        /// <summary>Street text for the location label, when the adapter has it; null otherwise.</summary>
        public string? Street;
    }
}
