using SonoranFiveM.Core.Composition;

namespace SonoranFiveM.Core.Tests.Composition
{
    public class CommunityUserIdsTests
    {
        [Theory]
        [InlineData("license:abc123", "license", "abc123")]
        [InlineData("LICENSE:abc123", "license", "abc123")]
        [InlineData("discord:42", "discord", "42")]
        [InlineData("abc123", "license", "abc123")]
        [InlineData("license:", "license", null)]
        [InlineData("", "license", null)]
        [InlineData(null, "license", null)]
        public void The_prefix_of_the_primary_identifier_is_stripped(string? identifier, string type, string? expected)
            => Assert.Equal(expected, CommunityUserIds.From(identifier, type));
    }
}
