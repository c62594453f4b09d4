namespace SonoranFiveM.Core.Tests.Configuration
{
    /// <summary>Numbers no option can hold are reported with the key, the value and the fix, never thrown.</summary>
    public class OptionsLoaderNumberRangeTests
    {
        [Theory]
        [InlineData("\"rateLimitShare\": 18446744073709551616", "rateLimitShare")]
        [InlineData("\"rateLimitShare\": 123456789012345678901234567890123456789012345678901234567890", "rateLimitShare")]
        [InlineData("\"rateLimitShares\": { \"unitLocations\": 99999999999999999999999 }", "rateLimitShares.unitLocations")]
        [InlineData("\"location\": { \"distanceThreshold\": -18446744073709551617 }", "location.distanceThreshold")]
        [InlineData("\"location\": { \"headingThreshold\": 1e400 }", "location.headingThreshold")]
        [InlineData("\"serverId\": 18446744073709551616", "serverId")]
        public void A_number_too_large_for_its_option_is_reported_not_thrown(string member, string key)
        {
            var result = ConfigFixtures.Load(member);

            Assert.False(result.IsValid);
            var error = Assert.Single(result.Errors);
            Assert.Equal(key, error.Key);
            Assert.StartsWith(key + " (config.json line ", error.Message);
            Assert.Matches("; (write|use) ", error.Message);
        }

        [Theory]
        [InlineData("sonoran_rateLimitShare", "1e400", "rateLimitShare")]
        [InlineData("sonoran_rateLimitShare", "18446744073709551616", "rateLimitShare")]
        [InlineData("sonoran_serverId", "18446744073709551616", "serverId")]
        [InlineData("sonoran_location_headingThreshold", "-1e999", "location.headingThreshold")]
        public void A_convar_number_too_large_for_its_option_is_reported(string convar, string value, string key)
        {
            var result = ConfigFixtures.Load("", (convar, value));

            Assert.False(result.IsValid);
            var error = Assert.Single(result.Errors);
            Assert.Equal(key, error.Key);
            Assert.Contains(convar, error.Message);
        }

        [Fact]
        public void A_config_file_larger_than_any_configuration_is_reported_without_parsing_it()
        {
            var huge = ConfigFixtures.Json("\"_padding\": \"" + new string('x', OptionsLoader.MaxConfigLength) + "\"");

            var result = OptionsLoader.Load(huge, ConfigFixtures.NoConvars);

            var error = Assert.Single(result.Errors);
            Assert.Contains("more than the " + OptionsLoader.MaxConfigLength + " a configuration can be", error.Message);
        }

        [Fact]
        public void A_convar_longer_than_any_setting_is_reported_and_a_secret_one_stays_hidden()
        {
            var longKey = new string('k', OptionsBinder.MaxConvarLength + 1);

            var result = ConfigFixtures.Load("", ("sonoran_apiKey", longKey), ("sonoran_records_templates", "[" + new string(' ', OptionsBinder.MaxConvarLength) + "]"));

            Assert.Equal(new[] { "apiKey", "records.templates" }, result.Errors.Select(e => e.Key).OrderBy(k => k));
            Assert.All(result.Errors, e => Assert.DoesNotContain("kkkkkkkk", e.Message));
            Assert.Contains(longKey, result.Secrets);
        }
    
        [Fact]
        public void An_overlong_name_in_a_map_is_reported_briefly_and_skipped()
        {
            // Found by the reliability suite: the whole 20,000-character name used to start the message.
            var name = new string('x', 20_000);

            var result = ConfigFixtures.Load("", ("sonoran_rateLimitShares", "{\"" + name + "\": 0.5}"));

            var error = Assert.Single(result.Errors);
            Assert.True(error.Message.Length < 300, error.Message);
            Assert.Contains("this name is 20000 characters long; use a name of at most 64 characters", error.Message);
        }

        [Theory]
        [InlineData("https://acme.tines.com/?team=1", "has a query string (?team=1)")]
        [InlineData("https://acme.tines.com/#records", "has a fragment (#records)")]
        [InlineData("http://acme.tines.com", "is not an https URL")]
        public void A_mirror_url_names_what_is_wrong_with_it(string url, string problem)
        {
            var result = ConfigFixtures.Load("\"mirrors\": { \"tines\": { \"enabled\": true, \"tenantUrl\": \"" + url + "\", \"apiKey\": \"tines-key-1234\", \"recordTypeId\": 1, \"fieldMap\": { \"plate\": \"1\" } } }");

            var error = Assert.Single(result.Errors);
            Assert.Equal("mirrors.tines.tenantUrl", error.Key);
            Assert.Contains(problem, error.Message);
        }
    }
}
