using SonoranFiveM.Core.Records.Commands;

namespace SonoranFiveM.Core.Tests.Records.Commands
{
    public class ChatTextTests
    {
        [Theory]
        [InlineData("^1red ^2green ^9nine ^0", "red green nine")]
        [InlineData("^*bold^r ^_under^~strike^=both", "bold understrikeboth")]
        [InlineData("^^11nested", "nested")]
        [InlineData("~r~red~s~ ~HUD_COLOUR_BLUE~blue ~n~line", "red blue line")]
        [InlineData("a\r\nb\tc\0d", "a b c d")]
        [InlineData("zero\u200Bwidth \u202Ereversed", "zerowidth reversed")]
        [InlineData("keep ^ caret and ~ tilde and 5^2", "keep ^ caret and ~ tilde and 5")]
        [InlineData(null, "")]
        public void Cleans_player_text(string? input, string expected)
        {
            Assert.Equal(expected, ChatText.Clean(input));
        }
    }
}
