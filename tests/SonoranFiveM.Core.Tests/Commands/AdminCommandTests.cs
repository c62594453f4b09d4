namespace SonoranFiveM.Core.Tests.Commands
{
    public class AdminCommandTests
    {
        [Fact]
        public void The_console_may_always_run_it_and_no_ACE_is_asked()
        {
            var asked = new List<string>();
            Assert.True(AdminCommand.IsAllowed(0, "sonoran.admin", ace =>
            {
                asked.Add(ace);
                return false;
            }));
            Assert.Empty(asked);
        }

        [Theory]
        [InlineData("staff.cad", true)]
        [InlineData("sonoran.admin", false)]
        public void A_player_needs_the_configured_admin_ACE(string granted, bool allowed)
        {
            Assert.Equal(allowed, AdminCommand.IsAllowed(12, "staff.cad", ace => ace == granted));
        }

        [Fact]
        public void Without_a_configured_ACE_the_default_is_required_not_nothing()
        {
            Assert.True(AdminCommand.IsAllowed(12, "  ", ace => ace == AdminCommand.DefaultAce));
            Assert.False(AdminCommand.IsAllowed(12, null, ace => ace == "command.sonoran"));
            Assert.False(AdminCommand.IsAllowed(-1, "sonoran.admin", _ => true));
        }
    }
}
