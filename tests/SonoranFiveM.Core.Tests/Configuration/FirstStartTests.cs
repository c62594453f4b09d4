namespace SonoranFiveM.Core.Tests.Configuration
{
    public class FirstStartTests
    {
        /// <summary>A fresh install: the shipped config.example.json, no config.json, no sonoran_* convars.</summary>
        private static InMemoryResourceFiles FreshInstall()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.example.json"] = File.ReadAllText(ConfigFixtures.RepoFile("config.example.json"));
            return files;
        }

        [Fact]
        public void A_fresh_install_prints_one_message_naming_the_convars_and_the_check_and_no_errors()
        {
            var log = new ListLog();

            var started = ConfigurationStartup.Run(FreshInstall(), ConfigFixtures.NoConvars, log, "my-cad");

            Assert.Null(started.Options);
            Assert.Empty(log.Messages(LogLevel.Error));
            var message = Assert.Single(log.Messages(LogLevel.Warning));
            Assert.Contains("my-cad is installed but not set up yet", message);
            Assert.Contains("set sonoran_communityId \"your-community-id\"", message);
            Assert.Contains("set sonoran_apiKey \"your-api-key\"", message);
            Assert.Contains("set sonoran_serverId 1", message);
            Assert.Contains("above `ensure my-cad`", message);
            Assert.Contains("`" + FirstStart.DoctorCommand + "`", message);
            Assert.Contains("nothing was sent to the CAD", message);
            Assert.Equal(message, started.SetupMessage);
        }

        [Fact]
        public void Without_a_key_other_configuration_errors_are_still_listed_after_the_message()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.json"] = "{ \"serverId\": -1 }";
            var log = new ListLog();

            var started = ConfigurationStartup.Run(files, ConfigFixtures.NoConvars, log);

            Assert.Null(started.Options);
            Assert.Contains("not set up yet", log.Messages(LogLevel.Warning).Single());
            var errors = log.Messages(LogLevel.Error).ToList();
            Assert.Equal(2, errors.Count);
            Assert.Contains("serverId", errors[0]);
            Assert.Contains("did not start: 1 configuration problem(s)", errors[1]);
            Assert.DoesNotContain(errors, e => e.Contains("apiKey") || e.Contains("communityId"));
        }

        [Fact]
        public void With_a_key_but_no_community_id_the_missing_id_is_an_error_not_the_first_start_message()
        {
            var log = new ListLog();

            var started = ConfigurationStartup.Run(FreshInstall(), ConfigFixtures.Convars(("sonoran_apiKey", ConfigFixtures.ApiKey)), log);

            Assert.Null(started.Options);
            Assert.Null(started.SetupMessage);
            Assert.DoesNotContain(log.Lines, l => l.Message.Contains("not set up yet"));
            Assert.Contains(log.Messages(LogLevel.Error), e => e.StartsWith("communityId") && e.Contains("is not set"));
        }

        [Fact]
        public void A_key_another_resource_protects_is_not_taken_for_a_fresh_install()
        {
            var log = new ListLog();

            var started = ConfigurationStartup.Run(FreshInstall(), ConfigFixtures.Convars(("sonoran_communityId", ConfigFixtures.CommunityId)), log,
                apiKeyUnreadable: true);

            Assert.Null(started.SetupMessage);
            Assert.DoesNotContain(log.Lines, l => l.Message.Contains("not set up yet"));
            Assert.Contains(log.Messages(LogLevel.Error), e => e.Contains("did not start"));
        }

        [Fact]
        public void A_key_with_spaces_is_a_wrong_value_not_a_fresh_install()
        {
            var log = new ListLog();

            ConfigurationStartup.Run(FreshInstall(), ConfigFixtures.Convars(("sonoran_communityId", ConfigFixtures.CommunityId), ("sonoran_apiKey", "two words")), log);

            Assert.DoesNotContain(log.Lines, l => l.Message.Contains("not set up yet"));
            Assert.Contains(log.Messages(LogLevel.Error), e => e.StartsWith("apiKey") && e.Contains("contains spaces"));
        }
    }
}
