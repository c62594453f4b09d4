using System.Runtime.InteropServices;

namespace SonoranFiveM.Core.Tracking
{
    /// <summary>
    /// What the adapter reads from the engine for one unit in one sampling tick: plain values, no strings. The core turns
    /// it into a <see cref="UnitSample"/> (identity, vehicle model name).
    /// </summary>
    [StructLayout(LayoutKind.Auto)]
    public struct PlayerPosition
    {
        public PlayerPosition(int playerId, float x, float y, float z, float heading, int vehicleModelHash)
        {
            PlayerId = playerId;
            X = x;
            Y = y;
            Z = z;
            Heading = heading;
            VehicleModelHash = vehicleModelHash;
        }

        /// <summary>The server id of the player.</summary>
        public int PlayerId;

        public float X;
        public float Y;
        public float Z;

        /// <summary>Degrees, 0–360.</summary>
        public float Heading;

        /// <summary>The model hash of the vehicle the player is in (<c>GetEntityModel</c>); 0 on foot.</summary>
        public int VehicleModelHash;
    }
}
