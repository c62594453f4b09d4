namespace SonoranFiveM.Core.Tests.Cad
{
    public class CadRepliesTests
    {
        [Fact]
        public void A_plan_name_is_cleaned_and_capped()
        {
            var version = CadReplies.Version(JObject.Parse("{\"version\":3,\"name\":\"^1PLUS\\u001b[31m\\n~r~" + new string('x', 5000) + "\"}"))!;

            Assert.Equal(3, version.Level);
            Assert.StartsWith("PLUS [31m x", version.Name);
            Assert.True(version.Name.Length <= CadReplies.MaxPlanName, version.Name.Length.ToString());
            Assert.DoesNotContain(version.Name, char.IsControl);
        }

        [Fact]
        public void A_plan_name_that_cleans_to_nothing_is_the_levels_name()
        {
            Assert.Equal("PLUS", CadReplies.Version(JObject.Parse("{\"version\":3,\"name\":\"^1 \\u200B\"}"))!.Name);
            Assert.Equal("PLUS", CadReplies.Version(JObject.Parse("{\"version\":3}"))!.Name);
        }
    }
}
