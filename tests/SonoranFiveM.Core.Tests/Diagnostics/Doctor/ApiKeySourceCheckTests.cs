using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public class ApiKeySourceCheckTests
    {
        private static readonly ServerFacts Server = new ServerFacts("my-cad");

        [Fact]
        public async Task A_key_from_the_convar_passes()
        {
            var (lines, _) = await DoctorFixtures.RunAsync(new ApiKeySourceCheck(), DoctorFixtures.Context(DoctorFixtures.Load(), Server));
            var line = Assert.Single(lines);
            Assert.StartsWith("PASS  convar permission the API key is read from the convar sonoran_apiKey, not from config.json", line);
            // FXServer gives no way to ask whether a convar is protected, so the line does not claim it is.
            Assert.Contains("whether the convar is protected cannot be seen from here", line);
        }

        [Fact]
        public async Task A_key_in_config_json_fails_with_the_server_cfg_lines()
        {
            var loaded = DoctorFixtures.Load("\"apiKey\": \"" + DoctorFixtures.Key + "\"", convarKey: null);
            var (lines, run) = await DoctorFixtures.RunAsync(new ApiKeySourceCheck(), DoctorFixtures.Context(loaded, Server));

            Assert.StartsWith("FAIL  convar permission the API key is in config.json", lines[0]);
            Assert.Contains("set sonoran_apiKey \"your-api-key\"", lines[1]);
            Assert.Contains("add_convar_permission my-cad read sonoran_apiKey", lines[1]);
            Assert.True(run.Failed);
            Assert.DoesNotContain(DoctorFixtures.Key, string.Join("\n", lines));
        }

        [Fact]
        public async Task A_protected_key_this_resource_may_not_read_fails_with_the_grant()
        {
            var facts = new ServerFacts("my-cad") { ApiKeyPlaceholder = true };
            var (lines, _) = await DoctorFixtures.RunAsync(new ApiKeySourceCheck(), DoctorFixtures.Context(DoctorFixtures.Load(convarKey: null), facts));

            Assert.StartsWith("FAIL  convar permission sonoran_apiKey reads \"protection_initialized\"", lines[0]);
            Assert.Contains(ProtectedConvar.PermissionLine("my-cad"), lines[1]);
        }

        [Fact]
        public async Task No_key_at_all_fails_and_the_cli_has_no_such_line()
        {
            var (lines, _) = await DoctorFixtures.RunAsync(new ApiKeySourceCheck(), DoctorFixtures.Context(DoctorFixtures.Load(convarKey: null), Server));
            Assert.StartsWith("FAIL  convar permission no API key is set", lines[0]);

            var (cli, _) = await DoctorFixtures.RunAsync(new ApiKeySourceCheck(), DoctorFixtures.Context(DoctorFixtures.Load()));
            Assert.Empty(cli);
        }
    }
}
