using System.Text;

namespace SonoranFiveM.ReliabilityTests.ChatInput
{
    /// <summary>Generators of what a hostile client can type or send: any UTF-16, nested chat and GTA codes, up to 100 KB.</summary>
    internal static class HostileText
    {
        private static readonly string[] Pieces =
        {
            "^", "~", "^1", "^^11", "^*", "^r", "~r~", "~~r~r~", "~HUD_COLOUR_RED~", "~INPUT_CONTEXT~", "~" + new string('A', 33) + "~",
            "<", ">", "<script>", "\0", "\u0007", "\n", "\r\n", "\t", " ", "  ",
            "\u200B", "\u200D", "\u202E", "\u202D", "\u2066", "\uFEFF", "\u00AD",
            "\uD800", "\uDC00", "\U0001F600", "\U0001F468\u200D\U0001F469",
            "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "e\u0301", "Shots fired", "ABC123", "911",
        };

        /// <summary>One short piece: a code, a hostile character, a word, or any UTF-16 code unit.</summary>
        private static readonly Gen<string> Piece = Gen.Frequency(
            (4, (IGen<string>)Gen.OneOf(Pieces)),
            (2, Gen.Char.Select(c => c.ToString())),
            (1, Gen.Int[1, 300].Select(n => new string('^', n) + new string('1', n))));

        private static readonly Gen<string> Short = Piece.Array[0, 60].Select(p => string.Concat(p));

        /// <summary>A piece repeated up to 100 KB.</summary>
        private static readonly Gen<string> Huge = Gen.Select(Piece, Gen.Int[1_000, 100_000], (piece, length) =>
        {
            var text = new StringBuilder(length + piece.Length);
            while (text.Length < length) text.Append(piece.Length == 0 ? "^" : piece);
            return text.ToString();
        });

        /// <summary>Mostly short hostile text, sometimes up to 100 KB.</summary>
        public static readonly Gen<string> Any = Gen.Frequency((9, Short), (1, Huge));
    }
}
