using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using SonoranFiveM.Core.Commands;

namespace SonoranFiveM.Benchmarks
{
    /// <summary>
    /// Cleaning player text (<see cref="ChatText.Clean"/>) on the main thread: a normal sentence beside the worst inputs
    /// a player can send under the raw cap (<see cref="ChatText.MaxRawLength"/> characters): the nested caret and tilde
    /// attacks that each removed code exposes another, and a cap-long mix of codes, hidden characters and markup.
    /// </summary>
    [MemoryDiagnoser]
    public class ChatTextBenchmarks
    {
        private const int Cap = ChatText.MaxRawLength;

        private readonly string _sentence = "^1Shots fired ~r~near the gas station on Route 68, two suspects fleeing north.";
        private readonly string _caretAttack = new string('^', Cap / 2) + new string('1', Cap / 2);
        private readonly string _tildeAttack = new string('~', Cap / 3) + string.Concat(Enumerable.Repeat("r~", Cap / 3));
        private readonly string _mixed = Repeat("^1red\u200B ~HUD_COLOUR_RED~x\u202E^^11 <b>\t\uD83D\uDE00 ", Cap);
        private readonly string _plain = Repeat("Shots fired near the gas station on Route 68. ", Cap);

        private static string Repeat(string unit, int length)
        {
            var text = new StringBuilder(length + unit.Length);
            while (text.Length < length) text.Append(unit);
            return text.ToString(0, length);
        }

        [Benchmark(Baseline = true)]
        public string Sentence() => ChatText.Clean(_sentence);

        [Benchmark]
        public string CaretAttackAtCap() => ChatText.Clean(_caretAttack);

        [Benchmark]
        public string TildeAttackAtCap() => ChatText.Clean(_tildeAttack);

        [Benchmark]
        public string CodesAndHiddenCharactersAtCap() => ChatText.Clean(_mixed, stripMarkup: true);

        [Benchmark]
        public string PlainTextAtCap() => ChatText.Clean(_plain);
    }
}
