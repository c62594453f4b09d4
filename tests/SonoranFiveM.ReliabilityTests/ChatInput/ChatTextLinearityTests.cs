namespace SonoranFiveM.ReliabilityTests.ChatInput
{
    /// <summary>
    /// The cleaner's cost is linear in its input, checked by the memory it allocates (a count, not a clock): 16 times
    /// the input may cost at most 16 times (plus a little) what 1 KB costs. The old repeat-until-stable cleaner rebuilt
    /// the whole string once per nesting level: for the nested-code attack 16 KB allocated about 256 times what 1 KB did.
    /// </summary>
    public class ChatTextLinearityTests
    {
        public static TheoryData<string, int> Inputs() => new TheoryData<string, int>
        {
            { "nested caret attack", 0 },
            { "nested tilde attack", 1 },
            { "normal sentence", 2 },
            { "codes and hidden characters", 3 },
        };

        private static string Make(int kind, int length) => kind switch
        {
            0 => new string('^', length / 2) + new string('1', length / 2),
            1 => new string('~', length / 3) + string.Concat(System.Linq.Enumerable.Repeat("r~", length / 3)),
            2 => Repeat("Shots fired near the gas station on Route 68, send help. ", length),
            _ => Repeat("^1red\u200B ~r~x\u202E^^11 <b>\t", length),
        };

        private static string Repeat(string unit, int length)
        {
            var text = new System.Text.StringBuilder(length + unit.Length);
            while (text.Length < length) text.Append(unit);
            return text.ToString(0, length);
        }

        private static long Allocated(string input)
        {
            ChatText.Clean(input); // warm up: JIT and static data are not the input's cost
            var before = GC.GetAllocatedBytesForCurrentThread();
            ChatText.Clean(input, stripMarkup: true);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void Cleaning_16_KB_costs_at_most_about_16_times_cleaning_1_KB(string name, int kind)
        {
            var small = Allocated(Make(kind, 1024));
            var large = Allocated(Make(kind, 16 * 1024));

            Assert.True(large <= 16 * small + 4096, name + ": 1 KB allocated " + small + " B, 16 KB allocated " + large + " B");
            Assert.True(large <= 4 * 16 * 1024 + 4096, name + ": 16 KB allocated " + large + " B, more than four bytes per input byte");
        }
    }
}
