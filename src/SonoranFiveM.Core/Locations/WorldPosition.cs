namespace SonoranFiveM.Core.Locations
{
    /// <summary>A point in the game world, read by the server from the player's ped (never from a client).</summary>
    public readonly record struct WorldPosition(float X, float Y, float Z)
    {
        public override string ToString() =>
            X.ToString("0.##", CultureInfo.InvariantCulture) + ", " + Y.ToString("0.##", CultureInfo.InvariantCulture) + ", " + Z.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
