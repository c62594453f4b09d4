using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public class OneSyncCheckTests
    {
        [Theory]
        [InlineData("on", true)]
        [InlineData("legacy", true)]
        [InlineData("off", false)]
        [InlineData(null, false)]
        [InlineData("  ", false)]
        public void Anything_but_off_or_unset_reads_positions(string? value, bool on) => Assert.Equal(on, OneSyncCheck.IsOn(value));

        [Fact]
        public async Task OneSync_off_with_locations_on_fails_with_the_server_cfg_line()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load(), new ServerFacts("r") { OneSync = "off" });
            var (lines, _) = await DoctorFixtures.RunAsync(new OneSyncCheck(), context);
            Assert.StartsWith("FAIL  onesync          onesync is off", lines[0]);
            Assert.Contains("set onesync on", lines[1]);
        }

        [Fact]
        public async Task OneSync_on_passes_and_off_passes_when_locations_are_off()
        {
            var (on, _) = await DoctorFixtures.RunAsync(new OneSyncCheck(), DoctorFixtures.Context(DoctorFixtures.Load(), new ServerFacts("r") { OneSync = "on" }));
            Assert.StartsWith("PASS  onesync          onesync is on", Assert.Single(on));

            var noLocations = DoctorFixtures.Context(DoctorFixtures.Load("\"location\": { \"enabled\": false }"), new ServerFacts("r"));
            var (off, _) = await DoctorFixtures.RunAsync(new OneSyncCheck(), noLocations);
            Assert.StartsWith("PASS", Assert.Single(off));
        }
    }
}
