using SonoranFiveM.Core.Locations;

namespace SonoranFiveM.Core.Tests.Locations
{
    public class LocationTextTests
    {
        private static readonly WorldPosition Somewhere = new WorldPosition(-1234.56f, 789.4f, 12f);

        [Theory]
        [InlineData("101", "Alta St", "Vespucci Blvd", "[101] Alta St / Vespucci Blvd")]
        [InlineData("101", "Alta St", null, "[101] Alta St")]
        [InlineData("101", null, "Vespucci Blvd", "[101] Vespucci Blvd")]
        [InlineData("101", "Alta St", "Alta St", "[101] Alta St")]
        [InlineData(null, "Alta St", "Vespucci Blvd", "Alta St / Vespucci Blvd")]
        [InlineData("101", null, null, "Postal 101")]
        [InlineData("101", "", "", "Postal 101")]
        [InlineData(null, null, null, "Near -1235, 789")]
        public void Formats_the_best_description_available(string? postal, string? street, string? cross, string expected) =>
            Assert.Equal(expected, LocationText.Format(postal, street, cross, Somewhere));

        [Fact]
        public void Without_anything_the_location_is_unknown() =>
            Assert.Equal("Unknown location", LocationText.Format(null, null, null, null));
    }
}
