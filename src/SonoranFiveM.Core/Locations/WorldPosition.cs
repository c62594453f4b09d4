using System.Globalization;

namespace SonoranFiveM.Core.Locations
{
    /// <summary>A point in the game world, read by the server from the player's ped (never from a client).</summary>
    public readonly struct WorldPosition
    {
        public WorldPosition(float x, float y, float z)
        {
            X = x;
            Y = y;
            Z = z;
        }

        public float X { get; }
        public float Y { get; }
        public float Z { get; }

        public override string ToString() =>
            X.ToString("0.##", CultureInfo.InvariantCulture) + ", " + Y.ToString("0.##", CultureInfo.InvariantCulture) + ", " + Z.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
