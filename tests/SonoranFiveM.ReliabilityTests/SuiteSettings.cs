namespace SonoranFiveM.ReliabilityTests
{
    /// <summary>Iteration counts shared by the fuzz properties, sized so the whole suite stays within about 3 minutes in CI.</summary>
    internal static class SuiteSettings
    {
        /// <summary>
        /// Generated cases per property (CsCheck's own default is 100). Set the environment variable CsCheck_Iter for a
        /// longer local run, e.g. <c>CsCheck_Iter=100000 dotnet test tests/SonoranFiveM.ReliabilityTests</c>.
        /// </summary>
        public static readonly long Iterations =
            long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out var iterations) && iterations > 0 ? iterations : 2_000;
    }
}
