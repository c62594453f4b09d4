namespace SonoranFiveM.Core.Composition
{
    /// <summary>
    /// A unit's location text for the CAD map, built whole when the batch is sent: "[postal] street / cross" (the
    /// streets the player's client last reported), else "Postal n", else coordinates.
    /// </summary>
    public sealed class PostalLocationFormatter : IUnitLocationFormatter
    {
        private readonly LocationDescriber _locations;

        public PostalLocationFormatter(LocationDescriber locations)
        {
            _locations = locations;
        }

        public string Format(int playerId, float x, float y, float z) => _locations.Describe(playerId, new WorldPosition(x, y, z)).Text;
    }
}
