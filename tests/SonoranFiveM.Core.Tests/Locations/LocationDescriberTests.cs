using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Locations
{
    public class LocationDescriberTests
    {
        private static readonly PostalIndex Postals = PostalIndex.Build(new[] { new Postal("101", 0, 0), new Postal("8032", 1000, 1000) });
        private readonly StreetReportGate _streets = new StreetReportGate(new StreetReportOptions(), new FakeTimeProvider());

        [Fact]
        public void Combines_the_nearest_postal_with_reported_streets()
        {
            _streets.Submit(5, true, "Alta St", "Vespucci Blvd");
            var describer = new LocationDescriber(Postals, _streets);

            var where = describer.Describe(5, new WorldPosition(900, 950, 20));

            Assert.Equal("[8032] Alta St / Vespucci Blvd", where.Text);
            Assert.Equal("8032", where.Postal);
        }

        [Fact]
        public void Without_streets_it_is_the_postal_and_without_postals_the_coordinates()
        {
            Assert.Equal("Postal 101", new LocationDescriber(Postals, _streets).Describe(5, new WorldPosition(10, -10, 0)).Text);

            var noPostals = new LocationDescriber(null, _streets).Describe(5, new WorldPosition(10, -10, 0));
            Assert.Equal("Near 10, -10", noPostals.Text);
            Assert.Null(noPostals.Postal);
        }

        [Fact]
        public void Without_a_position_there_is_no_postal()
        {
            var where = new LocationDescriber(Postals).Describe(5, null);

            Assert.Equal("Unknown location", where.Text);
            Assert.Null(where.Postal);
            Assert.Null(where.Position);
        }

        [Fact]
        public void Postals_can_be_loaded_after_start()
        {
            var describer = new LocationDescriber();
            describer.Postals = Postals;

            Assert.Equal("101", describer.Describe(1, new WorldPosition(1, 1, 1)).Postal);
        }
    }
}
