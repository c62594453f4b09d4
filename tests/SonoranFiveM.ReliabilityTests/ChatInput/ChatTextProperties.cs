using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SonoranFiveM.ReliabilityTests.ChatInput
{
    public class ChatTextProperties
    {
        private static readonly Regex Code = new Regex(@"\^[0-9*_~=r]|~[A-Za-z0-9_]{1,32}~", RegexOptions.CultureInvariant);

        /// <summary>The cleaner before it became one linear pass: the reference for its outputs on normal text.</summary>
        private static string RepeatUntilStable(string text)
        {
            var visible = new StringBuilder();
            foreach (var c in text)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) visible.Append(c);
            }

            var current = visible.ToString();
            string previous;
            do
            {
                previous = current;
                current = Code.Replace(current, string.Empty);
            }
            while (current.Length != previous.Length);

            var clean = new StringBuilder();
            var pendingSpace = false;
            foreach (var c in current)
            {
                if (char.IsControl(c) || char.IsWhiteSpace(c))
                {
                    pendingSpace = clean.Length > 0;
                    continue;
                }

                if (pendingSpace) clean.Append(' ');
                pendingSpace = false;
                clean.Append(c);
            }

            return clean.ToString();
        }

        /// <summary>
        /// Normal chat: words, codes, codes glued to words ("^1red", "~r~Red~s~", "^^11") and lone carets and tildes
        /// ("5^2", "a~b"), separated by spaces, tabs or newlines. Where codes overlap across what the old cleaner removed
        /// in one sweep ("^^^^1~r~", "~~r~r~a~b") the two may differ; both leave no code, which the next property checks
        /// on any input.
        /// </summary>
        [Fact]
        public void On_normal_chat_the_one_pass_cleaner_matches_the_old_repeat_until_stable_one()
        {
            var code = Gen.OneOf("^1", "^7", "^*", "^_", "^r", "^^11", "~r~", "~s~", "~HUD_COLOUR_RED~", "~~r~r~");
            var word = Gen.OneOf("Shots", "fired", "ABC123", "\u05E9\u05DC\u05D5\u05DD", "x\u200By", "e\u0301");
            var alone = Gen.OneOf("^", "~", "5^2", "a~b", "~~", "^^");
            var token = Gen.Frequency((3, (IGen<string>)word), (1, code), (1, alone), (2, Gen.Select(code, word, (c, w) => c + w)), (1, Gen.Select(word, code, (w, c) => w + c)));
            var separator = Gen.OneOf(" ", "  ", "\t", "\n", " \u0007 ");
            var text = Gen.Select(token, separator, (t, sep) => t + sep).Array[0, 30].Select(p => string.Concat(p));
            text.Sample(t => ChatText.Clean(t) == RepeatUntilStable(t), iter: SuiteSettings.Iterations);
        }

        [Fact]
        public void Whatever_the_input_the_output_holds_no_code_no_control_or_format_character_and_no_broken_surrogate()
        {
            HostileText.Any.Sample(text =>
            {
                foreach (var markup in new[] { false, true })
                {
                    var clean = ChatText.Clean(text, markup);
                    Assert.False(Code.IsMatch(clean), "a code survived in: " + clean);
                    Assert.True(clean.Length <= text.Length);
                    Assert.Equal(clean.Trim(), clean);
                    Assert.DoesNotContain("  ", clean);
                    for (var i = 0; i < clean.Length; i++)
                    {
                        var c = clean[i];
                        Assert.False(char.IsControl(c));
                        Assert.NotEqual(UnicodeCategory.Format, CharUnicodeInfo.GetUnicodeCategory(c));
                        if (char.IsHighSurrogate(c)) Assert.True(i + 1 < clean.Length && char.IsLowSurrogate(clean[++i]));
                        else Assert.False(char.IsLowSurrogate(c));
                        if (markup) Assert.True(c != '<' && c != '>');
                    }
                }

                var capped = ChatText.CleanAndCap(text, 64);
                Assert.True(capped.Length <= 64);
                Assert.False(Code.IsMatch(capped));
            }, iter: SuiteSettings.Iterations);
        }
    }
}
