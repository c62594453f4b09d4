namespace SonoranFiveM.Core.Tests.Configuration
{
    /// <summary>The API key must never reach a log line, a chat reply or a support paste, even when it is the bad value.</summary>
    public class SecretSafetyTests
    {
        private const string Key = ConfigFixtures.ApiKey;

        public static IEnumerable<object[]> BadConfigs()
        {
            // Key with a line break pasted into config.json.
            yield return new object[] { "{ \"communityId\": \"c1\", \"apiKey\": \"" + Key + "\\n\" }", Array.Empty<string>() };
            // Key of the wrong type (a list holding it).
            yield return new object[] { "{ \"communityId\": \"c1\", \"apiKey\": [\"" + Key + "\"] }", Array.Empty<string>() };
            // Key pasted into the community id field.
            yield return new object[] { "{ \"communityId\": \"" + Key + " x\", \"apiKey\": \"" + Key + "\" }", Array.Empty<string>() };
            // Key pasted into a URL field.
            yield return new object[] { "{ \"communityId\": \"c1\", \"apiKey\": \"" + Key + "\", \"baseUrl\": \"" + Key + "\" }", Array.Empty<string>() };
            // Key pasted under a misspelled key name, next to a broken value.
            yield return new object[] { "{ \"communityId\": \"c1\", \"apikey\": \"" + Key + "\", \"serverId\": \"" + Key + "\" }", Array.Empty<string>() };
            // Broken JSON around the key.
            yield return new object[] { "{ \"communityId\": \"c1\", \"apiKey\": \"" + Key + "\" \"serverId\": 1 }", Array.Empty<string>() };
            // Key with a space, from the convar.
            yield return new object[] { "{ \"communityId\": \"c1\" }", new[] { "sonoran_apiKey", Key + " " + Key } };
            // Key given to a numeric convar by mistake.
            yield return new object[] { "{ \"communityId\": \"c1\" }", new[] { "sonoran_apiKey", Key, "sonoran_serverId", Key } };
            // Key in the map convar that was meant for statuses.
            yield return new object[] { "{ \"communityId\": \"c1\" }", new[] { "sonoran_apiKey", Key, "sonoran_commands_unitStatuses", Key } };
            // Mirror key with a line break.
            yield return new object[]
            {
                "{ \"communityId\": \"c1\", \"mirrors\": { \"tines\": { \"enabled\": true, \"apiKey\": \"" + Key + "\\r\\n\" } } }",
                new[] { "sonoran_apiKey", "other-valid-key-1234" },
            };
        }

        [Theory]
        [MemberData(nameof(BadConfigs))]
        public void Key_never_appears_in_errors_or_warnings(string json, string[] convarPairs)
        {
            var convars = Enumerable.Range(0, convarPairs.Length / 2).Select(i => (convarPairs[2 * i], convarPairs[2 * i + 1])).ToArray();

            var result = OptionsLoader.Load(json, ConfigFixtures.Convars(convars));

            Assert.NotEmpty(result.Errors);
            var everything = result.Errors.Select(e => e.Message).Concat(result.Warnings.Select(w => w.Message)).ToList();
            Assert.All(everything, text => Assert.DoesNotContain(Key, text));
            Assert.All(everything, text => Assert.DoesNotContain(Key.Substring(0, 12), text));
        }

        [Fact]
        public void Bad_key_is_named_and_shown_as_hidden()
        {
            var result = OptionsLoader.Load("{ \"communityId\": \"c1\", \"apiKey\": \"" + Key + " \" }", ConfigFixtures.NoConvars);

            var error = Assert.Single(result.Errors);
            Assert.Equal("apiKey", error.Key);
            Assert.Contains("(hidden) contains spaces or line breaks", error.Message);
        }

        [Fact]
        public void Key_of_the_wrong_type_is_shown_as_hidden()
        {
            var result = OptionsLoader.Load("{ \"communityId\": \"c1\", \"apiKey\": true }", ConfigFixtures.NoConvars);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("apiKey (config.json line 1, column", error.Message);
            Assert.Contains("(hidden) is true/false; write text in double quotes", error.Message);
        }

        [Fact]
        public void Summary_says_where_the_key_came_from_but_not_what_it_is()
        {
            var fromConvar = OptionsLoader.Load("{ \"communityId\": \"c1\" }", ConfigFixtures.Convars(("sonoran_apiKey", Key)));
            var fromFile = ConfigFixtures.Load();

            var convarLines = OptionsSummary.Lines(fromConvar);
            var fileLines = OptionsSummary.Lines(fromFile);

            Assert.Contains("API key: set (from convar sonoran_apiKey)", convarLines);
            Assert.Contains("API key: set (from config.json)", fileLines);
            Assert.All(convarLines.Concat(fileLines), line => Assert.DoesNotContain(Key, line));
        }

        [Fact]
        public void Mirror_keys_are_summarised_by_source_only()
        {
            var result = ConfigFixtures.Load(
                "\"mirrors\": { \"tines\": { \"enabled\": true, \"tenantUrl\": \"https://acme.tines.com\", \"recordTypeId\": 4, \"fieldMap\": { \"plate\": \"12\" } } }",
                ("sonoran_mirrors_tines_apiKey", "tines-secret-value-99"));

            var lines = OptionsSummary.Lines(result);

            Assert.Contains(lines, l => l.StartsWith("Mirror tines: on, https://acme.tines.com") && l.EndsWith("API key set (from convar sonoran_mirrors_tines_apiKey)"));
            Assert.All(lines, line => Assert.DoesNotContain("tines-secret-value-99", line));
        }

        [Fact]
        public void Keys_are_handed_over_for_log_redaction_even_when_invalid()
        {
            var result = OptionsLoader.Load("{ \"communityId\": \"c1\", \"apiKey\": \"" + Key + " \" }", ConfigFixtures.Convars(("sonoran_mirrors_quickblox_apiKey", "qb-key-5678")));

            Assert.Contains(Key + " ", result.Secrets);
            Assert.Contains("qb-key-5678", result.Secrets);
        }

        [Fact]
        public void Loader_does_not_throw_for_hostile_input()
        {
            var inputs = new[] { "{", "}", "null", "\"" + Key + "\"", "{\"apiKey\":{\"apiKey\":\"" + Key + "\"}}", new string('[', 5000) };

            foreach (var input in inputs)
            {
                var result = OptionsLoader.Load(input, ConfigFixtures.NoConvars);

                Assert.NotEmpty(result.Errors);
                Assert.All(result.Errors, e => Assert.DoesNotContain(Key, e.Message));
            }
        }
    }
}
