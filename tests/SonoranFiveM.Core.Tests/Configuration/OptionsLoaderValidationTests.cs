namespace SonoranFiveM.Core.Tests.Configuration
{
    public class OptionsLoaderValidationTests
    {
        [Fact]
        public void Minimal_config_is_valid_and_keeps_every_default()
        {
            var result = ConfigFixtures.Load();

            Assert.Empty(result.Errors);
            Assert.Equal("my-community", result.Options!.CommunityId);
            Assert.Equal(5, result.Options.Location.IntervalSeconds);
        }

        [Fact]
        public void Values_from_config_json_are_applied()
        {
            var o = ConfigFixtures.LoadValid(
                "\"apiVersion\": \"v1\", \"httpTransport\": \"httpclient\", \"calls\": { \"deleteAfterMinutes\": 45, \"maxAgeMinutes\": 90 }, " +
                "\"commands\": { \"panic\": { \"name\": \"sos\", \"cooldownSeconds\": 10 } }");

            Assert.Equal(ApiVersion.V1, o.ApiVersion);
            Assert.Equal(HttpTransportKind.HttpClient, o.HttpTransport);
            Assert.Equal(90, o.Calls.EffectiveMaxAgeMinutes);
            Assert.Equal("sos", o.Commands.Panic.Name);
            Assert.Equal(10, o.Commands.Panic.CooldownSeconds);
            Assert.Equal("sonoran.unit", o.Commands.Panic.Ace); // untouched keys of a section keep their default
        }

        [Fact]
        public void Vehicle_models_and_heading_offset_are_read_from_the_location_section()
        {
            var o = ConfigFixtures.LoadValid("\"location\": { \"vehicleModels\": { \"mycharger\": \"police3\", \"ems_van\": \"\" }, \"vehicleHeadingOffset\": 90 }");

            Assert.Equal("police3", o.Location.VehicleModels["mycharger"]);
            Assert.Equal("", o.Location.VehicleModels["ems_van"]);
            Assert.Equal(90, o.Location.VehicleHeadingOffset);
        }

        [Fact]
        public void Negative_interval_names_key_line_value_and_fix()
        {
            var result = ConfigFixtures.Load("\"location\": { \"intervalSeconds\": -5 }");

            var error = Assert.Single(result.Errors);
            Assert.Equal("location.intervalSeconds", error.Key);
            Assert.Equal(4, error.Origin.Line);
            Assert.Equal(
                $"location.intervalSeconds (config.json line 4, column {error.Origin.Column}): -5 is not allowed; use a whole number of seconds ≥ 5 (unit locations are limited to 12 per minute)",
                error.Message);
        }

        [Theory]
        [InlineData("\"heartbeat\": { \"intervalSeconds\": 3 }", "heartbeat.intervalSeconds", "≥ 6 (heartbeats are limited to 10 per minute)")]
        [InlineData("\"roster\": { \"pollIntervalSeconds\": 10 }", "roster.pollIntervalSeconds", "≥ 20 (active units are limited to 3 per minute)")]
        [InlineData("\"rateLimitShare\": 1.5", "rateLimitShare", "greater than 0 and at most 1")]
        [InlineData("\"rateLimitShare\": 0", "rateLimitShare", "greater than 0 and at most 1")]
        [InlineData("\"serverId\": 0", "serverId", "usually 1")]
        [InlineData("\"requestTimeoutSeconds\": 0", "requestTimeoutSeconds", "from 1 to 120")]
        [InlineData("\"location\": { \"keepAliveSeconds\": 2 }", "location.keepAliveSeconds", "≥ location.intervalSeconds")]
        [InlineData("\"location\": { \"headingThreshold\": 270 }", "location.headingThreshold", "from 0 to 180")]
        [InlineData("\"calls\": { \"deleteAfterMinutes\": 0 }", "calls.deleteAfterMinutes", "≥ 1")]
        [InlineData("\"outbox\": { \"path\": \"../../server.cfg\" }", "outbox.path", "inside the resource folder")]
        [InlineData("\"commands\": { \"emergency\": { \"name\": \"/911\" } }", "commands.emergency.name", "without the slash")]
        [InlineData("\"commands\": { \"adminAce\": \"\" }", "commands.adminAce", "every player")]
        [InlineData("\"primaryIdentifier\": \"license:\"", "primaryIdentifier", "without the colon")]
        [InlineData("\"location\": { \"vehicleHeadingOffset\": 400 }", "location.vehicleHeadingOffset", "from -360 to 360")]
        [InlineData("\"location\": { \"vehicleModels\": { \"1912215274\": \"police3\" } }", "location.vehicleModels.1912215274", "spawn name")]
        [InlineData("\"location\": { \"vehicleModels\": { \"my car\": \"police3\" } }", "location.vehicleModels.my car", "spawn name")]
        [InlineData("\"location\": { \"vehicleModels\": { \"mycar\": \"1912215274\" } }", "location.vehicleModels.mycar", "needs a model name")]
        public void Out_of_range_values_get_a_message_with_the_fix(string member, string key, string fixFragment)
        {
            var result = ConfigFixtures.Load(member);

            var error = Assert.Single(result.Errors);
            Assert.Equal(key, error.Key);
            Assert.StartsWith(key + " (config.json line", error.Message);
            Assert.Contains(fixFragment, error.Message);
        }

        [Theory]
        [InlineData("ftp://api.example.com")]
        [InlineData("api.sonorancad.com")]
        [InlineData("https://")]
        public void Bad_base_url_is_rejected_with_an_example(string url)
        {
            var result = ConfigFixtures.Load($"\"baseUrl\": \"{url}\"");

            var error = Assert.Single(result.Errors);
            Assert.Contains($"baseUrl (config.json line 4, column", error.Message);
            Assert.Contains($"\"{url}\" is not an absolute http or https URL; use e.g. \"https://api.sonorancad.com\"", error.Message);
        }

        [Fact]
        public void Missing_community_id_and_api_key_each_get_their_own_message()
        {
            var result = OptionsLoader.Load("{}", ConfigFixtures.NoConvars);

            Assert.Equal(2, result.Errors.Count);
            Assert.Equal("communityId", result.Errors[0].Key);
            Assert.StartsWith("communityId is not set; set \"communityId\" in config.json or add set sonoran_communityId", result.Errors[0].Message);
            Assert.Equal("apiKey", result.Errors[1].Key);
            Assert.StartsWith("apiKey is not set; add set sonoran_apiKey \"your-api-key\" to server.cfg", result.Errors[1].Message);
        }

        [Theory]
        [InlineData("\"serverId\": \"2\"", "serverId", "\"2\" is text; write a whole number without quotes, e.g. 1")]
        [InlineData("\"serverId\": 1.5", "serverId", "1.5 is not a whole number; write a whole number without quotes, e.g. 1")]
        [InlineData("\"heartbeat\": { \"enabled\": \"yes\" }", "heartbeat.enabled", "\"yes\" is text; write true or false without quotes, e.g. true")]
        [InlineData("\"apiVersion\": \"v3\"", "apiVersion", "\"v3\" is text; write one of \"v1\", \"v2\", e.g. \"v2\"")]
        [InlineData("\"location\": 5", "location", "5 is a whole number, but this key holds a group of settings")]
        [InlineData("\"commands\": { \"unitStatuses\": [\"AVAILABLE\"] }", "commands.unitStatuses", "is a list; write an object in braces")]
        [InlineData("\"rateLimitShare\": \"half\"", "rateLimitShare", "\"half\" is text; write a number without quotes, e.g. 1.0")]
        public void Wrong_types_get_a_message_naming_the_expected_type(string member, string key, string expected)
        {
            var result = ConfigFixtures.Load(member);

            var error = Assert.Single(result.Errors);
            Assert.Equal(key, error.Key);
            Assert.Contains(expected, error.Message);
        }

        [Fact]
        public void A_key_with_a_wrong_type_keeps_its_default_so_other_problems_still_show()
        {
            var result = ConfigFixtures.Load("\"serverId\": \"two\", \"heartbeat\": { \"intervalSeconds\": 1 }, \"location\": { \"intervalSeconds\": -5 }");

            Assert.Equal(new[] { "serverId", "location.intervalSeconds", "heartbeat.intervalSeconds" }, result.Errors.Select(e => e.Key).ToArray());
            Assert.Null(result.Options);
        }

        [Fact]
        public void Unknown_rate_limit_endpoint_suggests_the_right_name()
        {
            var result = ConfigFixtures.Load("\"rateLimitShares\": { \"unitLocation\": 0.5 }");

            var error = Assert.Single(result.Errors);
            Assert.Equal("rateLimitShares.unitLocation", error.Key);
            Assert.Contains("did you mean \"unitLocations\"?", error.Message);
        }

        [Fact]
        public void Duplicate_command_names_are_rejected()
        {
            var result = ConfigFixtures.Load("\"commands\": { \"nonEmergency\": { \"name\": \"911\" } }");

            var error = Assert.Single(result.Errors);
            Assert.Equal("commands.nonEmergency.name", error.Key);
            Assert.Contains("\"911\" is already used by commands.emergency", error.Message);
        }

        [Fact]
        public void Record_command_must_name_an_existing_template()
        {
            var result = ConfigFixtures.Load(
                "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 7, \"fields\": { \"plate\": \"{arg1}\" } } }, " +
                "\"commands\": [ { \"name\": \"bolo\", \"template\": \"blo\" } ], \"log911Template\": \"calls\" }");

            Assert.Equal(2, result.Errors.Count);
            Assert.Contains(result.Errors, e => e.Key == "records.commands[0].template" && e.Message.Contains("\"blo\" is not a template in records.templates; did you mean \"bolo\"?"));
            Assert.Contains(result.Errors, e => e.Key == "records.log911Template" && e.Message.Contains("\"calls\" is not a template"));
        }

        [Fact]
        public void Template_errors_point_into_the_map_entry()
        {
            var result = ConfigFixtures.Load("\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 0, \"defaultMinutes\": 5000, \"mirrors\": [\"slack\"] } } }");

            Assert.Equal(
                new[] { "records.templates.bolo.recordTypeId", "records.templates.bolo.defaultMinutes", "records.templates.bolo.mirrors[0]" },
                result.Errors.Select(e => e.Key).ToArray());
            Assert.All(result.Errors, e => Assert.Contains("(config.json line 4", e.Message));
        }

        [Fact]
        public void Enabled_tines_mirror_needs_url_key_type_and_fields()
        {
            var result = ConfigFixtures.Load("\"mirrors\": { \"tines\": { \"enabled\": true, \"tenantUrl\": \"tenant.tines.com\" } }");

            Assert.Equal(
                new[] { "mirrors.tines.tenantUrl", "mirrors.tines.apiKey", "mirrors.tines.recordTypeId", "mirrors.tines.fieldMap" },
                result.Errors.Select(e => e.Key).ToArray());
            Assert.Contains("add set sonoran_mirrors_tines_apiKey", result.Errors[1].Message);
        }

        [Fact]
        public void Enabled_quickblox_mirror_takes_its_key_from_the_convar()
        {
            var o = ConfigFixtures.LoadValid(
                "\"mirrors\": { \"quickblox\": { \"enabled\": true, \"className\": \"TempRecord\", \"fieldMap\": { \"plate\": \"plate\" } } }",
                ("sonoran_mirrors_quickblox_apiKey", "qb-server-key-123"));

            Assert.Equal("qb-server-key-123", o.Mirrors.Quickblox.ApiKey);
        }

        [Fact]
        public void Template_mirroring_to_a_disabled_mirror_is_a_warning()
        {
            var result = ConfigFixtures.Load("\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 7, \"fields\": { \"plate\": \"x\" }, \"mirrors\": [\"tines\"] } } }");

            Assert.True(result.IsValid);
            Assert.Contains(result.Warnings, w => w.Message.Contains("mirrors.tines.enabled is false"));
        }

        [Theory]
        [InlineData("\"records\": { \"templates\": { \"bolo\": null } }", "records.templates.bolo")]
        [InlineData("\"records\": { \"commands\": [ null ] }", "records.commands[0]")]
        [InlineData("\"location\": { \"vehicleModels\": { \"police3\": null } }", "location.vehicleModels.police3")]
        public void A_null_entry_in_a_map_or_list_is_reported_and_left_out(string member, string key)
        {
            var result = ConfigFixtures.Load(member);

            var error = Assert.Single(result.Errors);
            Assert.Equal(key, error.Key);
            Assert.Contains("null is null; write ", error.Message);
        }

        [Fact]
        public void Json_null_means_use_the_default()
        {
            var o = ConfigFixtures.LoadValid("\"calls\": { \"maxAgeMinutes\": null, \"deleteAfterMinutes\": 20 }, \"serverId\": null");

            Assert.Equal(20, o.Calls.EffectiveMaxAgeMinutes);
            Assert.Equal(1, o.ServerId);
        }
    }
}
