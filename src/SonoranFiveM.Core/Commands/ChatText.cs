using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// Cleans text a player typed (or a client script sent) before it is shown to anyone or sent to the CAD:
    /// FiveM chat codes (<c>^0</c>–<c>^9</c> colours, <c>^*</c> <c>^_</c> <c>^~</c> <c>^=</c> <c>^r</c> styles) and GTA text
    /// codes (<c>~r~</c>, <c>~n~</c>, <c>~HUD_COLOUR_RED~</c>, <c>~INPUT_CONTEXT~</c>) are removed, invisible format
    /// characters (zero-width, bidi overrides) are dropped, control characters become spaces, runs of whitespace
    /// collapse to one space, and the ends are trimmed. Used by the chat commands, the record commands and street reports.
    /// </summary>
    public static class ChatText
    {
        private static readonly Regex Codes = new Regex(@"\^[0-9*_~=r]|~[A-Za-z0-9_]{1,32}~", RegexOptions.CultureInvariant);

        public static string Clean(string? text, bool stripMarkup = false)
        {
            if (string.IsNullOrEmpty(text)) return string.Empty;

            // Format characters go first so that one hidden inside a code ("^\u200B1") cannot keep it alive.
            var visible = new StringBuilder(text!.Length);
            foreach (var c in text)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) visible.Append(c);
            }

            // Removing one code can join two halves into a new one ("^^11"), so repeat until nothing matches.
            var current = visible.ToString();
            string previous;
            do
            {
                previous = current;
                current = Codes.Replace(current, string.Empty);
            }
            while (current.Length != previous.Length);

            var clean = new StringBuilder(current.Length);
            var pendingSpace = false;
            foreach (var c in current)
            {
                if (char.IsControl(c) || char.IsWhiteSpace(c))
                {
                    pendingSpace = clean.Length > 0;
                    continue;
                }
                if (stripMarkup && (c == '<' || c == '>')) continue;
                if (pendingSpace) clean.Append(' ');
                pendingSpace = false;
                clean.Append(c);
            }
            return clean.ToString();
        }

        /// <summary>Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> characters without splitting a surrogate pair.</summary>
        public static string Truncate(string text, int maxLength)
        {
            if (maxLength <= 0) return string.Empty;
            if (text.Length <= maxLength) return text;
            var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
            return text.Substring(0, cut).TrimEnd();
        }
    }
}
