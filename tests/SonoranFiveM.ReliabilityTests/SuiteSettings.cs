using CsCheck;

namespace SonoranFiveM.ReliabilityTests
{
    /// <summary>Iteration counts shared by the fuzz properties, sized so the whole suite stays within about 3 minutes in CI.</summary>
    internal static class SuiteSettings
    {
        /// <summary>Generated cases per property; CsCheck's own default is 100. Override with CsCheck_Iter for a longer local run.</summary>
        public const long Iterations = 2_000;
    }
}
