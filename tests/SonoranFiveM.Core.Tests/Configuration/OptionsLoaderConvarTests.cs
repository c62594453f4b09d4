namespace SonoranFiveM.Core.Tests.Configuration
{
    public class OptionsLoaderConvarTests
    {
        [Fact]
        public void Convar_names_flatten_nested_keys_with_underscores()
        {
            Assert.Equal("sonoran_location_intervalSeconds", ConvarNames.For("location.intervalSeconds"));
            Assert.Equal("sonoran_commands_emergency_name", ConvarNames.For("commands.emergency.name"));
        }

        [Fact]
        public void Scalar_convar_wins_over_config_json()
        {
            var o = ConfigFixtures.LoadValid("\"serverId\": 2", ("sonoran_serverId", "3"), ("sonoran_environment", "development"));

            Assert.Equal(3, o.ServerId);
            Assert.Equal(CadEnvironment.Development, o.Environment);
            Assert.Equal("https://staging-api.dev.sonorancad.com", o.EffectiveBaseUrl);
        }

        [Fact]
        public void Nested_convars_override_sections()
        {
            var o = ConfigFixtures.LoadValid("",
                ("sonoran_location_intervalSeconds", "10"),
                ("sonoran_commands_emergency_name", "call911"),
                ("sonoran_mirrors_quickblox_apiUrl", "https://qb.example.com"));

            Assert.Equal(10, o.Location.IntervalSeconds);
            Assert.Equal("call911", o.Commands.Emergency.Name);
            Assert.Equal("https://qb.example.com", o.Mirrors.Quickblox.ApiUrl);
        }

        [Theory]
        [InlineData("false", false)]
        [InlineData("0", false)]
        [InlineData("true", true)]
        [InlineData("1", true)]
        public void Bool_convars_accept_true_false_and_one_zero(string text, bool expected)
        {
            var o = ConfigFixtures.LoadValid("\"heartbeat\": { \"enabled\": " + (!expected ? "true" : "false") + " }", ("sonoran_heartbeat_enabled", text));

            Assert.Equal(expected, o.Heartbeat.Enabled);
        }

        [Fact]
        public void Number_convars_use_a_dot_for_decimals()
        {
            var o = ConfigFixtures.LoadValid("", ("sonoran_rateLimitShare", "0.5"), ("sonoran_location_distanceThreshold", "3.25"), ("sonoran_logLevel", "DEBUG"));

            Assert.Equal(0.5, o.RateLimitShare);
            Assert.Equal(3.25, o.Location.DistanceThreshold);
            Assert.Equal(LogLevel.Debug, o.LogLevel);
        }

        [Fact]
        public void Config_can_come_from_convars_alone()
        {
            var result = OptionsLoader.Load(null, ConfigFixtures.Convars(("sonoran_communityId", "c1"), ("sonoran_apiKey", ConfigFixtures.ApiKey)));

            Assert.True(result.IsValid);
            Assert.Equal("c1", result.Options!.CommunityId);
            Assert.Equal(ConfigFixtures.ApiKey, result.Options.ApiKey);
            Assert.Equal(OptionSource.Convar, result.OriginOf("apiKey").Source);
        }

        [Fact]
        public void Empty_convar_counts_as_not_set()
        {
            var o = ConfigFixtures.LoadValid("\"serverId\": 4", ("sonoran_serverId", ""), ("sonoran_apiKey", "  "));

            Assert.Equal(4, o.ServerId);
            Assert.Equal(ConfigFixtures.ApiKey, o.ApiKey);
        }

        [Fact]
        public void Invalid_number_text_names_the_convar_and_the_fix()
        {
            var result = ConfigFixtures.Load("", ("sonoran_location_intervalSeconds", "ten"));

            var error = Assert.Single(result.Errors);
            Assert.Equal("location.intervalSeconds", error.Key);
            Assert.Equal(
                "location.intervalSeconds (convar sonoran_location_intervalSeconds): \"ten\" is not a whole number; set it to a whole number, e.g. set sonoran_location_intervalSeconds 5",
                error.Message);
            Assert.Null(result.Options);
        }

        [Fact]
        public void Invalid_bool_and_enum_text_list_what_is_accepted()
        {
            var result = ConfigFixtures.Load("", ("sonoran_heartbeat_enabled", "maybe"), ("sonoran_apiVersion", "v3"));

            Assert.Equal(2, result.Errors.Count);
            Assert.Contains(result.Errors, e => e.Message.Contains("sonoran_heartbeat_enabled") && e.Message.Contains("\"maybe\" is not true or false"));
            Assert.Contains(result.Errors, e => e.Message.Contains("sonoran_apiVersion") && e.Message.Contains("\"v3\" is not one of v1, v2"));
        }

        [Fact]
        public void Convar_values_are_validated_like_file_values()
        {
            var result = ConfigFixtures.Load("", ("sonoran_location_intervalSeconds", "2"));

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("location.intervalSeconds (convar sonoran_location_intervalSeconds): 2 is not allowed; use a whole number of seconds ≥ 5", error.Message);
        }

        [Fact]
        public void Map_convar_replaces_the_map_with_its_json()
        {
            var o = ConfigFixtures.LoadValid("",
                ("sonoran_commands_unitStatuses", "{\"AVAILABLE\": 2, \"TRAFFIC_STOP\": 6}"),
                ("sonoran_rateLimitShares", "{\"unitLocations\": 0.5}"));

            Assert.Equal(2, o.Commands.UnitStatuses.Count);
            Assert.Equal(6, o.Commands.UnitStatuses["traffic_stop"]);
            Assert.Equal(0.5, o.RateLimitShares["unitLocations"]);
        }

        [Fact]
        public void List_convar_with_objects_is_bound_and_validated()
        {
            var o = ConfigFixtures.LoadValid(
                "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 7, \"fields\": { \"plate\": \"{arg1}\" } } } }",
                ("sonoran_records_commands", "[{\"name\": \"bolo\", \"template\": \"bolo\", \"arguments\": [\"plate\"]}]"));

            var command = Assert.Single(o.Records.Commands);
            Assert.Equal("bolo", command.Name);
            Assert.Equal(30, command.CooldownSeconds);
            Assert.Equal(new[] { "plate" }, command.Arguments);
        }

        [Fact]
        public void Map_convar_with_broken_json_says_so()
        {
            var result = ConfigFixtures.Load("", ("sonoran_commands_unitStatuses", "{AVAILABLE: 2"));

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("commands.unitStatuses (convar sonoran_commands_unitStatuses): \"{AVAILABLE: 2\" is not valid JSON", error.Message);
            Assert.Contains("set it to a JSON object", error.Message);
        }
    }
}
