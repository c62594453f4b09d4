namespace SonoranFiveM.Core.Tests.Configuration
{
    public class OptionsLoaderJsonTests
    {
        [Fact]
        public void Missing_comma_reports_line_and_column()
        {
            var json = "{\n  \"communityId\": \"c1\"\n  \"serverId\": 2\n}";

            var result = OptionsLoader.Load(json, ConfigFixtures.NoConvars);

            var error = Assert.Single(result.Errors);
            Assert.Equal(3, error.Origin.Line);
            Assert.Equal(2, error.Origin.Column);
            Assert.StartsWith("config.json line 3, column 2: the file is not valid JSON (", error.Message);
            Assert.Contains("a missing comma or quote is the usual cause", error.Message);
            Assert.DoesNotContain("Path '", error.Message);
            Assert.Null(result.Options);
        }

        [Fact]
        public void Unterminated_string_reports_its_line()
        {
            var json = "{\n  \"communityId\": \"c1\",\n  \"postals\": { \"file\": \"new-postals.json }\n}";

            var result = OptionsLoader.Load(json, ConfigFixtures.NoConvars);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("config.json line ", error.Message);
            Assert.Contains("not valid JSON", error.Message);
        }

        [Fact]
        public void Top_level_list_is_not_a_config()
        {
            var result = OptionsLoader.Load("[1, 2]", ConfigFixtures.NoConvars);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("config.json line 1, column 1: the file is not valid JSON", error.Message);
        }

        [Fact]
        public void Duplicate_key_is_reported_instead_of_silently_taking_the_last()
        {
            var json = "{\n  \"communityId\": \"c1\",\n  \"serverId\": 2,\n  \"serverId\": 3\n}";

            var result = OptionsLoader.Load(json, ConfigFixtures.NoConvars);

            var error = Assert.Single(result.Errors);
            Assert.Equal(4, error.Origin.Line);
            Assert.Contains("serverId", error.Message);
        }

        [Fact]
        public void Convar_errors_are_still_reported_next_to_a_json_syntax_error()
        {
            var result = OptionsLoader.Load("{ \"communityId\": ", ConfigFixtures.Convars(("sonoran_serverId", "one")));

            Assert.Equal(2, result.Errors.Count);
            Assert.Contains(result.Errors, e => e.Key == "serverId" && e.Message.Contains("sonoran_serverId"));
        }

        [Fact]
        public void Value_positions_point_at_the_value()
        {
            var result = ConfigFixtures.Load("\"location\": { \"intervalSeconds\": -5 }");

            var error = Assert.Single(result.Errors);
            Assert.Equal(4, error.Origin.Line);
            Assert.Equal(37, error.Origin.Column);
        }

        [Fact]
        public void Misspelled_key_is_a_warning_with_a_suggestion()
        {
            var result = ConfigFixtures.Load("\"location\": { \"intervalSecond\": 10 }, \"comunityId\": \"x\"");

            Assert.True(result.IsValid);
            Assert.Contains(result.Warnings, w => w.Key == "location.intervalSecond"
                && w.Message.StartsWith("location.intervalSecond (config.json line 4, column")
                && w.Message.EndsWith("unknown key, ignored; did you mean \"intervalSeconds\"?"));
            Assert.Contains(result.Warnings, w => w.Key == "comunityId" && w.Message.EndsWith("did you mean \"communityId\"?"));
            Assert.Equal(5, result.Options!.Location.IntervalSeconds);
        }

        [Fact]
        public void Wrong_case_key_is_suggested_in_the_right_case()
        {
            var result = ConfigFixtures.Load("\"ServerID\": 3");

            var warning = Assert.Single(result.Warnings, w => w.Key == "ServerID");
            Assert.EndsWith("did you mean \"serverId\"?", warning.Message);
        }

        [Fact]
        public void Unrelated_unknown_key_points_to_the_example_file()
        {
            var result = ConfigFixtures.Load("\"discordWebhook\": \"https://example.com\"");

            var warning = Assert.Single(result.Warnings, w => w.Key == "discordWebhook");
            Assert.EndsWith("unknown key, ignored; check the spelling against config.example.json", warning.Message);
        }

        [Fact]
        public void Underscore_keys_are_notes_and_not_warned_about()
        {
            var result = ConfigFixtures.Load("\"_note\": \"staging server\", \"location\": { \"_why\": \"slow\" }");

            Assert.DoesNotContain(result.Warnings, w => w.Key.Contains("_"));
        }

        [Fact]
        public void Date_like_text_stays_the_text_the_owner_wrote()
        {
            var o = ConfigFixtures.LoadValid("\"postals\": { \"file\": \"2024-01-01T00:00:00\" }");

            Assert.Equal("2024-01-01T00:00:00", o.Postals.File);
        }

        [Fact]
        public void A_setting_in_the_wrong_case_inside_a_section_is_warned_about_and_ignored()
        {
            var result = ConfigFixtures.Load("\"location\": { \"IntervalSeconds\": 30 }");

            Assert.Contains(result.Warnings, w => w.Key == "location.IntervalSeconds" && w.Message.EndsWith("did you mean \"intervalSeconds\"?"));
            Assert.Equal(5, result.Options!.Location.IntervalSeconds);
        }

        [Fact]
        public void A_map_in_config_json_replaces_the_default_and_keeps_its_case_rules()
        {
            var o = ConfigFixtures.LoadValid("\"commands\": { \"unitStatuses\": { \"AVAILABLE\": 2, \"TRAFFIC_STOP\": 6 } }");

            Assert.Equal(2, o.Commands.UnitStatuses.Count);
            Assert.Equal(6, o.Commands.UnitStatuses["traffic_stop"]);
        }

        [Fact]
        public void Empty_file_uses_defaults_and_convars_with_a_warning()
        {
            var result = OptionsLoader.Load("  \n", ConfigFixtures.Convars(("sonoran_communityId", "c1"), ("sonoran_apiKey", ConfigFixtures.ApiKey)));

            Assert.True(result.IsValid);
            Assert.Contains(result.Warnings, w => w.Message.StartsWith("config.json is empty"));
        }
    }
}
