using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public class CadCheckTests
    {
        [Fact]
        public async Task An_accepted_key_passes_reachable_key_and_plan()
        {
            var transport = new RecordingTransport().Reply(200, "{\"version\":3,\"name\":\"PLUS\"}");
            var context = DoctorFixtures.Context(DoctorFixtures.Load());
            context.Transport = transport;

            var (lines, run) = await DoctorFixtures.RunAsync(new CadCheck(), context);

            Assert.StartsWith("PASS  api reachable", lines[0]);
            Assert.StartsWith("PASS  api key          accepted; plan 3 - PLUS", lines[1]);
            Assert.StartsWith("PASS  plan", lines[2]);
            Assert.Equal(3, run.Plan!.Level);
            Assert.EndsWith("/v2/general/version", transport.Single.Url);
        }

        [Fact]
        public async Task A_refused_key_fails_with_the_key_setting_and_never_prints_the_key()
        {
            var transport = new RecordingTransport().Reply(401, "{\"message\":\"Invalid API key " + DoctorFixtures.Key + "\"}");
            var context = DoctorFixtures.Context(DoctorFixtures.Load());
            context.Transport = transport;
            context.KeySetting = "the protected convar sonoran_apiKey";

            var (lines, run) = await DoctorFixtures.RunAsync(new CadCheck(), context);

            Assert.StartsWith("PASS  api reachable", lines[0]);
            Assert.StartsWith("FAIL  api key", lines[1]);
            Assert.Contains("HTTP 401", lines[1]);
            Assert.Contains("fix: set the protected convar sonoran_apiKey to the community API key", lines[2]);
            Assert.Null(run.Plan);
            Assert.DoesNotContain(DoctorFixtures.Key, string.Join("\n", lines));
        }

        [Fact]
        public async Task No_answer_fails_reachable_with_the_address_fix()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load());
            context.Transport = new RecordingTransport().ReplyNoResponse("connection refused");

            var (lines, _) = await DoctorFixtures.RunAsync(new CadCheck(), context);

            Assert.StartsWith("FAIL  api reachable", lines[0]);
            Assert.Contains("baseUrl", lines[1]);
        }

        [Fact]
        public async Task Without_a_version_permit_nothing_is_sent_and_it_says_skip()
        {
            var transport = new RecordingTransport();
            var context = DoctorFixtures.Context(DoctorFixtures.Load());
            context.Transport = transport;
            context.VersionPermit = () => false;

            var (lines, run) = await DoctorFixtures.RunAsync(new CadCheck(), context);

            Assert.StartsWith("SKIP  api key", Assert.Single(lines));
            Assert.Empty(transport.Requests);
            Assert.False(run.Failed);
        }

        [Fact]
        public async Task Without_a_transport_it_says_why()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load());
            context.NoTransportReason = "not running";
            var (lines, _) = await DoctorFixtures.RunAsync(new CadCheck(), context);
            Assert.Equal("SKIP  api key          not running", Assert.Single(lines));
        }

        [Fact]
        public async Task A_standard_plan_is_too_little_when_locations_are_on()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load());
            context.Transport = new RecordingTransport().Reply(200, "{\"version\":2,\"name\":\"STANDARD\"}");
            var (lines, _) = await DoctorFixtures.RunAsync(new CadCheck(), context);
            Assert.Contains(lines, l => l.StartsWith("FAIL  plan ", StringComparison.Ordinal) && l.Contains("STANDARD is below PLUS", StringComparison.Ordinal));
        }
    }
}
