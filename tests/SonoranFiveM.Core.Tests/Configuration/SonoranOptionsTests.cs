namespace SonoranFiveM.Core.Tests.Configuration
{
    public class SonoranOptionsTests
    {
        [Fact]
        public void Defaults_match_the_documented_values()
        {
            var o = new SonoranOptions();

            Assert.Equal(1, o.ServerId);
            Assert.Equal(ApiVersion.V2, o.ApiVersion);
            Assert.Equal(CadEnvironment.Production, o.Environment);
            Assert.Equal("license", o.PrimaryIdentifier);
            Assert.Equal(HttpTransportKind.Native, o.HttpTransport);
            Assert.Equal(10, o.RequestTimeoutSeconds);
            Assert.Equal(LogLevel.Info, o.LogLevel);
            Assert.Equal(1.0, o.RateLimitShare);
            Assert.Empty(o.RateLimitShares);

            Assert.True(o.Location.Enabled);
            Assert.Equal(5, o.Location.IntervalSeconds);
            Assert.Equal(2.0, o.Location.DistanceThreshold);
            Assert.Equal(10, o.Location.HeadingThreshold);
            Assert.Equal(60, o.Location.KeepAliveSeconds);
            Assert.True(o.Heartbeat.Enabled);
            Assert.Equal(60, o.Heartbeat.IntervalSeconds);
            Assert.Equal(60, o.Roster.PollIntervalSeconds);

            Assert.Equal(30, o.Calls.DeleteAfterMinutes);
            Assert.Null(o.Calls.MaxAgeMinutes);
            Assert.Equal(30, o.Calls.EffectiveMaxAgeMinutes);
            Assert.Equal(5, o.Calls.ReplyWaitSeconds);

            Assert.Equal(("911", true, "", 60, 500), Shape(o.Commands.Emergency));
            Assert.Equal(("311", true, "", 60, 500), Shape(o.Commands.NonEmergency));
            Assert.Equal(("panic", true, "sonoran.unit", 3, 500), Shape(o.Commands.Panic));
            Assert.Equal(("status", true, "sonoran.unit", 3, 500), Shape(o.Commands.Status));
            Assert.Equal(2, o.Commands.UnitStatuses["AVAILABLE"]);
            Assert.Equal(1, o.Commands.UnitStatuses["BUSY"]);
            Assert.Equal(0, o.Commands.UnitStatuses["UNAVAILABLE"]);
            Assert.Equal(3, o.Commands.UnitStatuses["ENROUTE"]);
            Assert.Equal(4, o.Commands.UnitStatuses["ON_SCENE"]);
            Assert.Equal("sonoran.admin", o.Commands.AdminAce);

            Assert.Equal(5, o.Dispatch.StaleUnitUpdateMinutes);
            Assert.Null(o.Dispatch.MaxQueueLength);
            Assert.Equal("", o.Postals.File);
            Assert.Equal("nearest-postal", o.Postals.Resource);
            Assert.True(o.Streets.AcceptClientReports);
            Assert.Equal(64, o.Streets.MaxLength);
            Assert.Equal("outbox.jsonl", o.Outbox.Path);
            Assert.Equal(10000, o.Outbox.MaxEntries);

            Assert.Empty(o.Records.Templates);
            Assert.Empty(o.Records.Commands);
            Assert.Equal("", o.Records.Log911Template);
            Assert.Equal(1440, o.Records.MaxMinutes);

            Assert.False(o.Mirrors.Tines.Enabled);
            Assert.Equal(400, o.Mirrors.Tines.RatePerMinute);
            Assert.False(o.Mirrors.Quickblox.Enabled);
            Assert.Equal("https://api.quickblox.com", o.Mirrors.Quickblox.ApiUrl);
            Assert.Equal(600, o.Mirrors.Quickblox.RatePerMinute);
        }

        [Fact]
        public void Status_names_are_matched_whatever_their_case()
        {
            var o = new SonoranOptions();

            Assert.Equal(4, o.Commands.UnitStatuses["on_scene"]);
        }

        [Theory]
        [InlineData(CadEnvironment.Production, "", "https://api.sonorancad.com")]
        [InlineData(CadEnvironment.Development, "", "https://staging-api.dev.sonorancad.com")]
        [InlineData(CadEnvironment.Production, "http://127.0.0.1:5080/", "http://127.0.0.1:5080")]
        public void Effective_base_url_follows_environment_unless_overridden(CadEnvironment environment, string baseUrl, string expected)
        {
            var o = new SonoranOptions { Environment = environment, BaseUrl = baseUrl };

            Assert.Equal(expected, o.EffectiveBaseUrl);
        }

        [Fact]
        public void Per_endpoint_share_overrides_the_global_share()
        {
            var o = new SonoranOptions { RateLimitShare = 0.5 };
            o.RateLimitShares["unitLocations"] = 0.25;

            Assert.Equal(0.25, o.RateLimitShareFor(CadEndpoint.UnitLocations));
            Assert.Equal(0.5, o.RateLimitShareFor(CadEndpoint.Heartbeat));
            Assert.Equal(3, o.RequestsPerMinute(CadEndpoint.UnitLocations)); // 12/min × 0.25
            Assert.Equal(5, o.RequestsPerMinute(CadEndpoint.Heartbeat)); // 10/min × 0.5
            Assert.Equal(1, o.RequestsPerMinute(CadEndpoint.ActiveUnits)); // 3/min × 0.5 rounds down, never to zero
        }

        [Fact]
        public void Endpoint_keys_are_the_camel_case_enum_names()
        {
            Assert.Equal("create911Call", SonoranOptions.EndpointKey(CadEndpoint.Create911Call));
            Assert.Equal("unitLocations", SonoranOptions.EndpointKey(CadEndpoint.UnitLocations));
        }

        private static (string, bool, string, int, int) Shape(ChatCommandOptions c) => (c.Name, c.Enabled, c.Ace, c.CooldownSeconds, c.MaxLength);
    }
}
