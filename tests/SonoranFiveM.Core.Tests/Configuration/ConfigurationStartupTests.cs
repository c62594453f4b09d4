namespace SonoranFiveM.Core.Tests.Configuration
{
    public class ConfigurationStartupTests
    {
        [Fact]
        public void A_valid_config_starts_and_logs_a_summary_without_the_key()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.json"] = ConfigFixtures.Json();
            var log = new ListLog();

            var started = ConfigurationStartup.Run(files, ConfigFixtures.NoConvars, log);

            Assert.NotNull(started.Options);
            Assert.NotEmpty(log.Messages(LogLevel.Info));
            Assert.DoesNotContain(log.Lines, l => l.Message.Contains(ConfigFixtures.ApiKey));
        }

        [Fact]
        public void An_invalid_config_logs_every_error_and_does_not_start()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.json"] = ConfigFixtures.Json("\"serverId\": -1, \"location\": { \"intervalSeconds\": 1 }");
            var log = new ListLog();

            var started = ConfigurationStartup.Run(files, ConfigFixtures.NoConvars, log);

            Assert.Null(started.Options);
            var errors = log.Messages(LogLevel.Error).ToList();
            Assert.Contains(errors, e => e.Contains("serverId"));
            Assert.Contains(errors, e => e.Contains("location.intervalSeconds"));
            Assert.Contains(errors, e => e.Contains("did not start"));
            Assert.DoesNotContain(log.Lines, l => l.Message.Contains(ConfigFixtures.ApiKey));
        }

        [Fact]
        public void The_returned_log_masks_the_key_from_then_on()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.json"] = ConfigFixtures.Json();
            var log = new ListLog();

            var started = ConfigurationStartup.Run(files, ConfigFixtures.NoConvars, log);
            started.Log.Write(LogLevel.Error, "CAD said: bad key " + ConfigFixtures.ApiKey);

            Assert.Equal("CAD said: bad key (hidden)", log.Lines.Last().Message);
        }

        [Fact]
        public void A_missing_config_is_created_from_the_example_and_said_so()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.example.json"] = ConfigFixtures.Json();
            var log = new ListLog();

            var started = ConfigurationStartup.Run(files, ConfigFixtures.NoConvars, log);

            Assert.True(files.Files.ContainsKey("config.json"));
            Assert.Contains(log.Lines, l => l.Message.Contains("config.json"));
            Assert.NotNull(started.Options);
        }
    }
}
