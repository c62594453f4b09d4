using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Postals
{
    public class PostalSetGeneratorTests
    {
        [Fact]
        public void The_default_set_has_1800_distinct_codes_inside_the_map()
        {
            var postals = PostalSetGenerator.Generate();

            Assert.Equal(1800, postals.Count);
            Assert.Equal(1800, postals.Select(p => p.Code).Distinct().Count());
            Assert.All(postals, p =>
            {
                Assert.InRange(p.X, PostalSetGenerator.MinX, PostalSetGenerator.MaxX);
                Assert.InRange(p.Y, PostalSetGenerator.MinY, PostalSetGenerator.MaxY);
            });
        }

        [Fact]
        public void Los_Santos_is_denser_than_the_countryside()
        {
            var postals = PostalSetGenerator.Generate();
            // Equal-sized 2 km squares: downtown Los Santos vs open country east of the Alamo Sea.
            var city = postals.Count(p => p.X is >= -1350 and < 650 && p.Y is >= -1900 and < 100);
            var country = postals.Count(p => p.X is >= 2500 and < 4500 && p.Y is >= 0 and < 2000);

            Assert.True(city > 5 * country, $"city {city}, country {country}");
        }

        [Fact]
        public void The_same_seed_gives_the_same_set_and_another_seed_does_not()
        {
            Assert.Equal(PostalSetGenerator.Generate(300, 42), PostalSetGenerator.Generate(300, 42));
            Assert.NotEqual(PostalSetGenerator.Generate(300, 42), PostalSetGenerator.Generate(300, 43));
        }

        [Fact]
        public void Its_json_reads_back_exactly()
        {
            var postals = PostalSetGenerator.Generate(50);

            Assert.Equal(postals, PostalFileReader.Parse(PostalSetGenerator.ToJson(postals), "generated").Postals);
        }
    }
}
