namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    /// <summary>The closing line: all passed only when every check passed; skipped checks are counted, not passed.</summary>
    public class DoctorVerdictTests
    {
        [Fact]
        public async Task Skipped_checks_are_counted_in_the_verdict_and_do_not_fail_the_run()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load());
            var lines = new List<string>();

            var passed = await SonoranFiveM.Core.Diagnostics.Doctor.Doctor.RunAsync(context, lines.Add);

            var skipped = lines.Count(l => l.StartsWith("SKIP"));
            Assert.True(skipped > 0, string.Join("\n", lines));
            Assert.DoesNotContain(lines, l => l.StartsWith("FAIL"));
            Assert.True(passed);
            Assert.Equal("doctor: no check failed; " + skipped + " not checked (SKIP above).", lines.Last());
            Assert.DoesNotContain(SonoranFiveM.Core.Diagnostics.Doctor.Doctor.AllPassed, lines);
        }

        [Fact]
        public async Task A_run_where_every_check_passes_says_so()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load("\"postals\": { \"resource\": \"\" }, \"serverId\": 1"));
            context.Transport = new RecordingTransport
            {
                Default = request => request.Url.Contains("version")
                    ? new HttpResponse(200, "{\"version\":3,\"name\":\"PLUS\"}")
                    : new HttpResponse(200, "[]"),
            };
            var lines = new List<string>();

            var passed = await SonoranFiveM.Core.Diagnostics.Doctor.Doctor.RunAsync(context, lines.Add);

            Assert.True(passed);
            Assert.Equal(SonoranFiveM.Core.Diagnostics.Doctor.Doctor.AllPassed, lines.Last());
        }
    }
}
