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
        public void The_nested_caret_attack_cleans_to_nothing_in_one_pass()
        {
            // "^^^…111…": each "^1" removed exposes another. The old repeat-until-stable regex took ~0.6 s at 8,000
            // characters, 44 s at 64,000; this input is the raw cap.
            const int n = ChatText.MaxRawLength / 2;
            Assert.Equal(string.Empty, ChatText.Clean(new string('^', n) + new string('1', n)));
            Assert.Equal("x", ChatText.Clean(new string('~', 200) + string.Concat(Enumerable.Repeat("r~", 200)) + "x"));
        }

        [Theory]
        [InlineData("^<1red", "red")]
        [InlineData("~r<b>~x", "x")]
        public void Removing_markup_cannot_join_a_code(string input, string expected) =>
            Assert.Equal(expected, ChatText.Clean(input, stripMarkup: true));

        [Fact]
        public void Unpaired_surrogates_are_dropped_and_pairs_kept()
        {
            Assert.Equal("ab\U0001F600c", ChatText.Clean("a\uD800b\U0001F600\uDC00c"));
        }

        [Fact]
        public void CleanAndCap_reads_at_most_the_raw_cap_and_cuts_to_the_limit()
        {
            Assert.Equal("John Doe", ChatText.CleanAndCap("^2John ~b~<Doe>", 64));
            Assert.Equal("abc", ChatText.CleanAndCap("abcdef", 3));
            Assert.Equal(string.Empty, ChatText.CleanAndCap(null, 3));

            // Beyond the raw cap nothing is read: a code whose closing half lies past it is never formed.
            var text = new string('a', ChatText.MaxRawLength - 1) + "^1";
            Assert.Equal(ChatText.MaxRawLength - 1 + 1, ChatText.CleanAndCap(text, int.MaxValue).Length);
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
