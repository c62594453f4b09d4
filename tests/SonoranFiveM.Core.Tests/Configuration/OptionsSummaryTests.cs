namespace SonoranFiveM.Core.Tests.Configuration
{
    public class OptionsSummaryTests
    {
        [Fact]
        public void Summary_describes_the_effective_options()
        {
            var result = ConfigFixtures.Load(
                "\"environment\": \"development\", \"rateLimitShare\": 0.5, \"heartbeat\": { \"enabled\": false }, " +
                "\"commands\": { \"nonEmergency\": { \"enabled\": false } }");

            var lines = OptionsSummary.Lines(result);

            Assert.Contains("CAD: community my-community, server 1, API v2, development (https://staging-api.dev.sonorancad.com)", lines);
            Assert.Contains("HTTP: native transport, 10 s timeout; rate-limit share 50%", lines);
            Assert.Contains("Locations: every 5 s when moved ≥ 2 m or turned ≥ 10°, keep-alive 60 s", lines);
            Assert.Contains("Heartbeat: off", lines);
            Assert.Contains("Commands: /911 (emergency, everyone, 60 s cooldown), /311 off, /panic (ACE sonoran.unit, 3 s cooldown), /status (ACE sonoran.unit, 3 s cooldown), /link (everyone, 30 s cooldown); 5 refused commands per 10 s; admin ACE sonoran.admin", lines);
            Assert.Contains("Postals: postal_file of resource nearest-postal", lines);
            Assert.Contains("Mirror tines: off", lines);
        }

        [Fact]
        public void Summary_of_an_invalid_result_is_refused()
        {
            var result = OptionsLoader.Load("{}", ConfigFixtures.NoConvars);

            Assert.Throws<InvalidOperationException>(() => OptionsSummary.Lines(result));
        }
    }
}
