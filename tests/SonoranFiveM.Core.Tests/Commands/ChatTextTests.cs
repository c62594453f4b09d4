using SonoranFiveM.Core.Commands;

namespace SonoranFiveM.Core.Tests.Commands
{
    public class ChatTextTests
    {
        [Theory]
        [InlineData("^1Shots ^7fired", "Shots fired")]
        [InlineData("~r~Red~s~ car ~INPUT_CONTEXT~ here", "Red car here")]
        [InlineData("^^11nested^", "nested^")]
        [InlineData("~~r~r~x", "x")]
        [InlineData("^*bold^_under^~strike^=both^rreset", "boldunderstrikebothreset")]
        [InlineData("line one\nline\ttwo\r\n\u0007", "line one line two")]
        [InlineData("   spaced    out   ", "spaced out")]
        [InlineData("price ~ 5 ^ 2", "price ~ 5 ^ 2")]
        [InlineData(null, "")]
        public void Removes_codes_and_control_characters(string? input, string expected) =>
            Assert.Equal(expected, ChatText.Clean(input));

        [Theory]
        [InlineData("^1red ^2green ^9nine ^0", "red green nine")]
        [InlineData("^*bold^r ^_under^~strike^=both", "bold understrikeboth")]
        [InlineData("^^11nested", "nested")]
        [InlineData("~r~red~s~ ~HUD_COLOUR_BLUE~blue ~n~line", "red blue line")]
        [InlineData("a\r\nb\tc\0d", "a b c d")]
        [InlineData("zero\u200Bwidth \u202Ereversed", "zerowidth reversed")]
        [InlineData("keep ^ caret and ~ tilde and 5^2", "keep ^ caret and ~ tilde and 5")]
        public void Cleans_player_text(string? input, string expected)
        {
            Assert.Equal(expected, ChatText.Clean(input));
        }

        [Fact]
        public void Markup_brackets_go_only_when_asked()
        {
            Assert.Equal("<b>Main St</b>", ChatText.Clean("<b>Main St</b>"));
            Assert.Equal("bMain St/b", ChatText.Clean("<b>Main St</b>", stripMarkup: true));
        }

        [Fact]
        public void Truncation_never_splits_a_surrogate_pair()
        {
            Assert.Equal("abc", ChatText.Truncate("abcdef", 3));
            Assert.Equal("ab", ChatText.Truncate("ab\U0001F600", 3));
            Assert.Equal("ab\U0001F600", ChatText.Truncate("ab\U0001F600", 4));
            Assert.Equal("short", ChatText.Truncate("short", 64));
        }
    }
}
