using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Tests.Configuration;

namespace SonoranFiveM.Core.Tests.Composition
{
    public class OptionsMappingTests
    {
        private static SonoranOptions Options(string extra = "") => ConfigFixtures.LoadValid(extra);

        [Fact]
        public void The_CAD_client_targets_the_configured_server_and_leaves_retries_to_the_lanes()
        {
            var client = OptionsMapping.CadClient(Options("\"apiVersion\": \"v1\", \"serverId\": 3, \"requestTimeoutSeconds\": 7"));

            Assert.Equal("v1", client.ApiVersion);
            Assert.Equal(3, client.ServerId);
            Assert.Equal("https://api.sonorancad.com", client.BaseUrl);
            Assert.Equal(TimeSpan.FromSeconds(7), client.Resilience.AttemptTimeout);
        }

        [Fact]
        public void Rate_limit_shares_stale_age_and_queue_length_reach_the_lanes()
        {
            var dispatcher = OptionsMapping.Dispatcher(Options(
                "\"rateLimitShare\": 0.5, \"rateLimitShares\": { \"unitLocations\": 0.25 }, \"dispatch\": { \"staleUnitUpdateMinutes\": 3, \"maxQueueLength\": 50 }"));

            Assert.Equal(0.25, dispatcher.Lane(CadEndpoint.UnitLocations).Share);
            Assert.Equal(0.5, dispatcher.Lane(CadEndpoint.Create911Call).Share);
            Assert.Equal(5, dispatcher.Lane(CadEndpoint.Create911Call).PermitsPerWindow(CadEndpoint.Create911Call));
            Assert.Equal(TimeSpan.FromMinutes(3), dispatcher.Lane(CadEndpoint.UnitPanic).MaxAge);
            Assert.Equal(50, dispatcher.Lane(CadEndpoint.Create911Call).Capacity);
        }

        [Fact]
        public void Without_max_queue_length_each_lane_keeps_the_bound_the_readme_gives()
        {
            var dispatcher = OptionsMapping.Dispatcher(Options());

            // docs/dispatch.md, "Lane table (defaults)": the applied bounds used to be 1000 everywhere.
            Assert.Equal(500, dispatcher.Lane(CadEndpoint.Create911Call).Capacity);
            Assert.Equal(500, dispatcher.Lane(CadEndpoint.Remove911Call).Capacity);
            Assert.Equal(2000, dispatcher.Lane(CadEndpoint.CreateRecord).Capacity);
            Assert.Equal(5000, dispatcher.Lane(CadEndpoint.DeleteRecord).Capacity);
            Assert.Equal(1024, dispatcher.Lane(CadEndpoint.UnitPanic).Capacity);
            Assert.Equal(1024, dispatcher.Lane(CadEndpoint.UnitStatus).Capacity);
        }

        [Fact]
        public void The_outbox_journal_lives_under_the_resource_folder()
        {
            var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "res");
            Assert.Equal(System.IO.Path.Combine(folder, "outbox.jsonl"), OptionsMapping.Outbox(Options(), folder).Path);
            Assert.Equal(System.IO.Path.Combine(folder, "data/cad.jsonl"), OptionsMapping.Outbox(Options("\"outbox\": { \"path\": \"data/cad.jsonl\" }"), folder).Path);
        }

        [Fact]
        public void Command_names_aces_and_status_names_come_from_the_config()
        {
            var commands = OptionsMapping.Commands(Options(
                "\"commands\": { \"emergency\": { \"name\": \"call911\", \"cooldownSeconds\": 90 }, \"unitStatuses\": { \"BUSY\": 1, \"TRAFFIC_STOP\": 6 } }"));

            Assert.Equal("call911", commands.Calls[0].Command.Name);
            Assert.Equal(90, commands.Calls[0].Command.CooldownSeconds);
            Assert.True(commands.Calls[0].Emergency);
            Assert.Equal("sonoran.unit", commands.Panic.Ace);
            Assert.Equal(6, commands.StatusCodes["traffic_stop"]);
        }
    }
}
