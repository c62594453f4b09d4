using System.Runtime.InteropServices;

namespace SonoranFiveM.Core.Tracking
{
    /// <summary>
    /// One player's position for one sampling tick. A plain struct: the adapter fills a reused array each tick and
    /// hands it over with a count, so sampling allocates nothing. String fields are cached references (the
    /// communityUserId from the roster's snapshot, the vehicle name from <see cref="VehicleModelNames"/>).
    /// </summary>
    [StructLayout(LayoutKind.Auto)]
    public struct UnitSample
    {
        public UnitSample(int playerId, string? communityUserId, float x, float y, float z, float heading, string? vehicleModel = null)
        {
            PlayerId = playerId;
            CommunityUserId = communityUserId;
            X = x;
            Y = y;
            Z = z;
            Heading = heading;
            VehicleModel = vehicleModel;
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
    }
}
