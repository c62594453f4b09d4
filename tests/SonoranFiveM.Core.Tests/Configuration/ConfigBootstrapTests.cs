namespace SonoranFiveM.Core.Tests.Configuration
{
    public class ConfigBootstrapTests
    {
        [Fact]
        public void Missing_config_is_copied_from_the_example_and_announced()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.example.json"] = "{ \"serverId\": 1 }";

            var result = ConfigBootstrap.Prepare(files);

            Assert.True(result.Created);
            Assert.True(result.CanStart);
            Assert.Equal("{ \"serverId\": 1 }", files.Files["config.json"]);
            Assert.Equal("{ \"serverId\": 1 }", result.ConfigJson);
            Assert.StartsWith("config.json was missing, so config.example.json was copied to config.json;", result.Message);
            Assert.Equal(LogLevel.Info, result.Level);
        }

        [Fact]
        public void Its_text_form_leaves_out_the_config_which_may_hold_the_api_key()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.json"] = "{ \"apiKey\": \"bootstrap-secret-4417\" }";

            var text = ConfigBootstrap.Prepare(files).ToString();

            Assert.DoesNotContain("bootstrap-secret-4417", text);
            Assert.Contains("CanStart = True", text);
        }

        [Fact]
        public void Existing_config_is_never_overwritten()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.json"] = "{ \"serverId\": 7 }";
            files.Files["config.example.json"] = "{ \"serverId\": 1 }";

            var result = ConfigBootstrap.Prepare(files);

            Assert.False(result.Created);
            Assert.Equal("{ \"serverId\": 7 }", files.Files["config.json"]);
            Assert.Equal("{ \"serverId\": 7 }", result.ConfigJson);
            Assert.Null(result.Message);
        }

        [Fact]
        public void Doubled_extension_stops_start_and_says_how_to_fix_it()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.json.json"] = "{ \"communityId\": \"c1\" }";
            files.Files["config.example.json"] = "{}";

            var result = ConfigBootstrap.Prepare(files);

            Assert.False(result.CanStart);
            Assert.False(result.Created);
            Assert.False(files.Files.ContainsKey("config.json"));
            Assert.Equal(LogLevel.Error, result.Level);
            Assert.Contains("Rename config.json.json to config.json", result.Message);
        }

        [Fact]
        public void Doubled_extension_next_to_a_real_config_is_a_warning()
        {
            var files = new InMemoryResourceFiles();
            files.Files["config.json"] = "{}";
            files.Files["config.json.json"] = "{}";

            var result = ConfigBootstrap.Prepare(files);

            Assert.True(result.CanStart);
            Assert.Equal(LogLevel.Warning, result.Level);
            Assert.StartsWith("config.json.json is ignored", result.Message);
        }

        [Fact]
        public void Unwritable_folder_starts_with_the_example_settings_and_says_so()
        {
            var files = new InMemoryResourceFiles { ReadOnly = true };
            files.Files["config.example.json"] = "{ \"serverId\": 1 }";

            var result = ConfigBootstrap.Prepare(files);

            Assert.False(result.Created);
            Assert.True(result.CanStart);
            Assert.Equal("{ \"serverId\": 1 }", result.ConfigJson);
            Assert.Contains("could not be created (Access to the path is denied)", result.Message);
        }

        [Fact]
        public void No_files_at_all_falls_back_to_convars()
        {
            var result = ConfigBootstrap.Prepare(new InMemoryResourceFiles());

            Assert.True(result.CanStart);
            Assert.Null(result.ConfigJson);
            Assert.Contains("only sonoran_* convars are used", result.Message);
        }
    }
}
