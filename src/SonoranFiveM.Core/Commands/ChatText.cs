using System.Globalization;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// Cleans text a player typed (or a client script sent) before it is shown to anyone or sent to the CAD:
    /// FiveM chat codes (<c>^0</c>–<c>^9</c> colours, <c>^*</c> <c>^_</c> <c>^~</c> <c>^=</c> <c>^r</c> styles) and GTA text
    /// codes (<c>~r~</c>, <c>~n~</c>, <c>~HUD_COLOUR_RED~</c>, <c>~INPUT_CONTEXT~</c>) are removed, invisible format
    /// characters (zero-width, bidi overrides) and unpaired surrogates are dropped, control characters become spaces,
    /// runs of whitespace collapse to one space, and the ends are trimmed. Used by the chat commands, the record commands,
    /// street reports, player names and export values. Cost: linear in the input, two passes.
    /// </summary>
    public static class ChatText
    {
        /// <summary>
        /// The most characters of raw (uncleaned) input any player text may have. Chat commands refuse longer input before
        /// looking at it; <see cref="CleanAndCap"/> reads no further than this.
        /// </summary>
        public const int MaxRawLength = 4096;

        /// <summary>The longest a GTA text code's name may be (<c>~HUD_COLOUR_…~</c>).</summary>
        private const int MaxTildeCodeName = 32;

        public static string Clean(string? text, bool stripMarkup = false)
        {
            if (string.IsNullOrEmpty(text)) return string.Empty;
            var buffer = new char[text!.Length];
            var length = RemoveCodes(text, text.Length, stripMarkup, buffer);
            return CollapseWhitespace(buffer, length);
        }

        /// <summary>
        /// Cleans at most the first <see cref="MaxRawLength"/> characters of <paramref name="text"/> (with markup
        /// <c>&lt;</c> <c>&gt;</c> removed) and cuts the result to <paramref name="maxLength"/>: for every player-controlled
        /// string that is not a command argument (names, street reports, export values).
        /// </summary>
        public static string CleanAndCap(string? text, int maxLength, bool stripMarkup = true)
        {
            if (string.IsNullOrEmpty(text) || maxLength <= 0) return string.Empty;
            var raw = text!.Length <= MaxRawLength ? text.Length : MaxRawLength;
            if (raw < text.Length && char.IsHighSurrogate(text[raw - 1])) raw--;
            var buffer = new char[raw];
            var length = RemoveCodes(text, raw, stripMarkup, buffer);
            return Truncate(CollapseWhitespace(buffer, length), maxLength);
        }

        /// <summary>Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> characters without splitting a surrogate pair.</summary>
        public static string Truncate(string text, int maxLength)
        {
            if (maxLength <= 0) return string.Empty;
            if (text.Length <= maxLength) return text;
            var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
            return text.Substring(0, cut).TrimEnd();
        }

        /// <summary>
        /// Copies the first <paramref name="count"/> characters into <paramref name="output"/> as a stack, dropping format
        /// characters, unpaired surrogates and (when asked) markup, and removing a code as soon as its last character
        /// arrives. Removing one code can join two halves into a new one (<c>^^11</c>, <c>~~r~r~</c>); that new code ends
        /// at the top of the stack too, so it goes when its last character arrives. The stack never holds a whole code,
        /// and each step looks back at most <see cref="MaxTildeCodeName"/> + 1 characters: linear.
        /// </summary>
        private static int RemoveCodes(string text, int count, bool stripMarkup, char[] output)
        {
            var top = 0;
            for (var i = 0; i < count; i++)
            {
                var c = text[i];
                if (char.IsSurrogate(c))
                {
                    // Keep a pair whole; drop a half.
                    if (char.IsHighSurrogate(c) && i + 1 < count && char.IsLowSurrogate(text[i + 1]))
                    {
                        output[top++] = c;
                        output[top++] = text[++i];
                    }

                    continue;
                }

                if (stripMarkup && (c == '<' || c == '>')) continue;
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;

                if (top > 0 && output[top - 1] == '^' && IsCaretCode(c))
                {
                    top--;
                    continue;
                }

                if (c == '~' && TryFindTildeCodeStart(output, top, out var start))
                {
                    top = start;
                    continue;
                }

                output[top++] = c;
            }

            return top;
        }

        private static bool IsCaretCode(char c) => (c >= '0' && c <= '9') || c == '*' || c == '_' || c == '~' || c == '=' || c == 'r';

        /// <summary>Whether the stack ends with <c>~name</c> (1–32 letters, digits or '_'), so that a '~' now closes a code.</summary>
        private static bool TryFindTildeCodeStart(char[] output, int top, out int start)
        {
            start = -1;
            var lowest = top - MaxTildeCodeName - 1;
            for (var j = top - 1; j >= 0 && j >= lowest; j--)
            {
                var c = output[j];
                if (c == '~')
                {
                    if (j == top - 1) return false;
                    start = j;
                    return true;
                }

                if (!IsCodeNameChar(c)) return false;
            }

            return false;
        }

        private static bool IsCodeNameChar(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';

        private static string CollapseWhitespace(char[] text, int length)
        {
            var write = 0;
            var pendingSpace = false;
            for (var read = 0; read < length; read++)
            {
                var c = text[read];
                if (char.IsControl(c) || char.IsWhiteSpace(c))
                {
                    pendingSpace = write > 0;
                    continue;
                }

                if (pendingSpace) text[write++] = ' ';
                pendingSpace = false;
                text[write++] = c;
            }

            return new string(text, 0, write);
        }
    }
}
