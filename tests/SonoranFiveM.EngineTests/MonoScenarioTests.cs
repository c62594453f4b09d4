using SonoranFiveM.EngineTests.Support;
using Xunit.Abstractions;

namespace SonoranFiveM.EngineTests
{
    /// <summary>Every end-to-end scenario under Mono, FXServer's runtime, over the built resource/ payload.</summary>
    public class MonoScenarioTests
    {
        private readonly ITestOutputHelper _output;

        public MonoScenarioTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [MonoTheory]
        [MemberData(nameof(DotNetScenarioTests.Names), MemberType = typeof(DotNetScenarioTests))]
        public Task Scenario_passes_on_mono(string scenario) => RunAsync(scenario);

        [MonoTheory(Node = true)]
        [MemberData(nameof(DotNetScenarioTests.NodeNames), MemberType = typeof(DotNetScenarioTests))]
        public Task Hub_scenario_passes_on_mono(string scenario) => RunAsync(scenario);

        private async Task RunAsync(string scenario)
        {
            await using var cad = await EmulatorCad.StartAsync();
            var work = TestPaths.NewWorkFolder(scenario);
            try
            {
                var (passed, output) = await MonoScenarioHost.RunAsync(scenario, cad, work, TimeSpan.FromMinutes(4));
                _output.WriteLine(output);
                Assert.True(passed, output);
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
