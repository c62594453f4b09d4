using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public class ConfigCheckTests
    {
        [Fact]
        public async Task A_refused_setting_fails_with_the_loaders_message_and_stops_the_run()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load("\"serverId\": \"one\""));
            var lines = new List<string>();

            var passed = await SonoranFiveM.Core.Diagnostics.Doctor.Doctor.RunAsync(context, lines.Add);

            Assert.False(passed);
            Assert.StartsWith("FAIL  config", lines[0]);
            Assert.Contains("serverId", lines[0]);
            Assert.Contains("fix: edit config.json", lines[1]);
            Assert.Equal(SonoranFiveM.Core.Diagnostics.Doctor.Doctor.NeedsConfig, lines[lines.Count - 1]);
        }

        [Fact]
        public async Task A_valid_configuration_passes_and_lists_its_warnings()
        {
            var (lines, run) = await DoctorFixtures.RunAsync(new ConfigCheck(), DoctorFixtures.Context(DoctorFixtures.Load("\"serverID\": 2")));

            Assert.StartsWith("PASS  config           valid (config.json); 1 warning(s)", lines[0]);
            Assert.StartsWith("      warning: ", lines[1]);
            Assert.False(run.Stopped);
        }

        [Fact]
        public async Task An_unreadable_configuration_fails_with_the_hosts_fix()
        {
            var context = new DoctorContext(null, "config.json", new SonoranFiveM.Core.Diagnostics.SecretRedactor(), ".")
            {
                ConfigError = "config.json could not be read: denied",
                ConfigErrorFix = "make the file readable",
            };
            var (lines, run) = await DoctorFixtures.RunAsync(new ConfigCheck(), context);

            Assert.Equal("FAIL  config           config.json could not be read: denied", lines[0]);
            Assert.EndsWith("fix: make the file readable", lines[1]);
            Assert.True(run.Stopped);
        }
    }
}
