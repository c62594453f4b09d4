using System.Globalization;
using Newtonsoft.Json;

namespace SonoranFiveM.ReliabilityTests.Loaders
{
    /// <summary>Generators for what a careless owner or an attacker puts where the loaders expect numbers and text.</summary>
    internal static class HostileText
    {
        /// <summary>JSON number literals at and beyond every limit: 64-bit, double range, huge digit runs, exponents.</summary>
        public static readonly Gen<string> Number = Gen.OneOf(
            Gen.OneOf(new[]
            {
                "0", "-0", "1", "-1", "0.5", "1e-400", "1e308", "1.7976931348623157e308", "1e400", "-1e400", "18446744073709551616",
                "-18446744073709551617", "9223372036854775808", "2147483648", "-2147483649", "99999999999", "1e16", "1e200", "-1e200",
                "NaN", "Infinity", "-Infinity", "123456789012345678901234567890123456789012345678901234567890",
            }),
            Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
            Gen.Double.Where(d => !double.IsNaN(d) && !double.IsInfinity(d)).Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
            Gen.Int[1, 400].Select(n => new string('9', n)),
            Gen.Int[-20, 20].Select(Gen.Int[-400, 400], (m, e) => m + "e" + e));

        /// <summary>Text with control characters, surrogates (also unpaired), RTL and zero-width marks, quotes and format codes.</summary>
        public static readonly Gen<string> Text = Gen.OneOf(
            Gen.String[Gen.Char, 0, 40],
            Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_."], 0, 20],
            Gen.OneOf(new[] { "", " ", "\0", "\u202E", "\u200B", "\uD800", "\uDC00x", "^1~r~", "\"", "\\", "v1", "v2", "on", "off", "true", "null", "{", "[" }),
            Gen.Int[1, 20_000].Select(n => new string('x', n)));

        /// <summary>A JSON value: any of the above as a literal, a quoted string, or a small nested list or object.</summary>
        public static readonly Gen<string> Value = Gen.Recursive<string>((depth, value) => depth >= 3
            ? Scalar
            : Gen.Frequency(
                (6, Scalar),
                (1, value.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
                (1, Gen.Select(Text, value).Array[0, 4].Select(members => "{" + string.Join(",", members.Select(m => JsonConvert.ToString(m.Item1) + ":" + m.Item2)) + "}"))));

        private static Gen<string> Scalar => Gen.OneOf(
            Number,
            Text.Select(t => JsonConvert.ToString(t)),
            Gen.OneOf(new[] { "true", "false", "null" }));

        /// <summary>Cuts, flips or pads a document the way an interrupted save or a bad editor would.</summary>
        public static Gen<string> Damaged(string document) => Gen.Frequency(
            (6, Gen.Const(document)),
            (1, Gen.Int[0, Math.Max(0, document.Length)].Select(cut => document.Substring(0, cut))),
            (1, Gen.Int[0, Math.Max(0, document.Length - 1)].Select(Gen.Char, (at, c) => document.Length == 0 ? document : document.Substring(0, at) + c + document.Substring(at + 1))),
            (1, Gen.Int[1, 70].Select(depth => new string('[', depth) + document + new string(']', depth))));
    }
}
