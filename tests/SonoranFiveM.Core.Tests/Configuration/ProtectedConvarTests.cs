namespace SonoranFiveM.Core.Tests.Configuration
{
    public class ProtectedConvarTests
    {
        [Theory]
        [InlineData("protection_initialized", true)]
        [InlineData(" protection_initialized ", true)]
        [InlineData("real-key", false)]
        [InlineData("", false)]
        [InlineData(null, false)]
        public void Only_the_placeholder_counts_as_protected(string? value, bool expected) => Assert.Equal(expected, ProtectedConvar.IsPlaceholder(value));

        [Fact]
        public void The_message_gives_the_exact_server_cfg_line_for_this_resource()
        {
            var message = ProtectedConvar.ApiKeyMessage("my-cad");

            Assert.Contains("`add_convar_permission my-cad read sonoran_apiKey`", message);
            Assert.Contains("then restart my-cad.", message);
            Assert.StartsWith("sonoran_apiKey reads \"protection_initialized\"", message);
        }
    }
}
