using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public class CheckLineTests
    {
        [Fact]
        public void A_pass_is_one_line_with_the_name_in_a_column()
        {
            var text = Assert.Single(CheckLine.Pass("api key", "accepted").Format());
            Assert.Equal("PASS  api key          accepted", text);
        }

        [Fact]
        public void A_fail_has_its_fix_on_the_next_line_under_the_detail()
        {
            var lines = CheckLine.Fail("server id", "7 is unknown", "set serverId").Format().ToList();
            Assert.Equal(2, lines.Count);
            Assert.Equal("FAIL  server id        7 is unknown", lines[0]);
            Assert.Equal("                       fix: set serverId", lines[1]);
        }

        [Fact]
        public void Notes_follow_the_line()
        {
            var lines = CheckLine.Pass("config", "valid", new[] { "warning: x" }).Format().ToList();
            Assert.Equal("      warning: x", lines[1]);
            Assert.StartsWith("SKIP  hub ", Assert.Single(CheckLine.Skip("hub", "http").Format()));
        }
    }
}
