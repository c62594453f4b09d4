using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.EngineTests.Support;
using Xunit.Abstractions;

namespace SonoranFiveM.EngineTests
{
    /// <summary>Every end-to-end scenario on .NET: the double in this process, the adapter loaded from its build output.</summary>
    public class DotNetScenarioTests
    {
        private readonly ITestOutputHelper _output;

        public DotNetScenarioTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public static IEnumerable<object[]> Names => Scenarios.Names.Where(n => !Scenarios.NeedsNode(n)).Select(n => new object[] { n });

        /// <summary>The scenarios that run the hub bridge (resource/sonoran-hub.js) on the double's JS runtime.</summary>
        public static IEnumerable<object[]> NodeNames => Scenarios.Names.Where(Scenarios.NeedsNode).Select(n => new object[] { n });

        [Fact]
        public void There_are_at_least_twenty_scenarios() => Assert.True(Scenarios.Names.Count >= 20, Scenarios.Names.Count + " scenarios");

        [Theory]
        [MemberData(nameof(Names))]
        public Task Scenario_passes_on_dotnet(string scenario) => RunAsync(scenario);

        [NodeTheory]
        [MemberData(nameof(NodeNames))]
        public Task Hub_scenario_passes_on_dotnet(string scenario) => RunAsync(scenario);

        private async Task RunAsync(string scenario)
        {
            await using var cad = await EmulatorCad.StartAsync();
            var work = TestPaths.NewWorkFolder(scenario);
            try
            {
                var failure = Scenarios.Run(scenario, new ScenarioContext(cad, TestPaths.AdapterPayload, TestPaths.ConfigExample, work, _output.WriteLine));
                Assert.True(failure == null, failure);
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
