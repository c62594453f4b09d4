using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SonoranFiveM.Core.Records.Commands
{
    /// <summary>
    /// Cleans player-typed text: removes FiveM chat colour/format codes (<c>^0</c>–<c>^9</c>, <c>^*</c>, <c>^_</c>,
    /// <c>^~</c>, <c>^=</c>, <c>^r</c>) and GTA text codes (<c>~r~</c>, <c>~HUD_COLOUR_RED~</c>, …), turns control
    /// characters into spaces, drops invisible format characters (zero-width, bidi overrides) and collapses whitespace.
    /// </summary>
    public static class ChatText
    {
        private static readonly Regex ChatCodes = new Regex(@"\^[0-9*_~=r]", RegexOptions.CultureInvariant);
        private static readonly Regex GameCodes = new Regex(@"~[A-Za-z_]{1,32}~", RegexOptions.CultureInvariant);
        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.CultureInvariant);

        public static string Clean(string? text)
        {
            if (string.IsNullOrEmpty(text)) return string.Empty;

            var visible = new StringBuilder(text!.Length);
            foreach (var c in text)
            {
                if (char.IsControl(c)) visible.Append(' ');
                else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) visible.Append(c);
            }

            // Repeat: removing "^1" from "^^11" leaves a new "^1".
            var cleaned = visible.ToString();
            string previous;
            do
            {
                previous = cleaned;
                cleaned = GameCodes.Replace(ChatCodes.Replace(cleaned, string.Empty), string.Empty);
            }
            while (cleaned != previous);

            return Spaces.Replace(cleaned, " ").Trim();
        }
    }
}
