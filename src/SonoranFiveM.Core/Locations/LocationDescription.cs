namespace SonoranFiveM.Core.Locations
{
    /// <summary>Where a player is, as the CAD should see it.</summary>
    public sealed class LocationDescription
    {
        public LocationDescription(string text, string? postal, WorldPosition? position)
        {
            Text = text;
            Postal = postal;
            Position = position;
        }

        /// <summary>The display line (see <see cref="LocationText"/>).</summary>
        public string Text { get; }

        /// <summary>The nearest postal code, when a postal file is loaded and the position is known.</summary>
        public string? Postal { get; }

        /// <summary>The server-side position, when the player has a ped.</summary>
        public WorldPosition? Position { get; }
    }
}
