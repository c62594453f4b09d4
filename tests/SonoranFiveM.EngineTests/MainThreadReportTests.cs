using SonoranFiveM.EngineTests.Support;
using Xunit.Abstractions;

namespace SonoranFiveM.EngineTests
{
    /// <summary>
    /// The main-thread report of docs/performance.md, at 64 and 2,048 players, on .NET and on Mono, without and with the hub bridge (sampling every 1 s or 250 ms). Minutes long, so it
    /// runs only when asked: <c>SONORAN_ENGINE_REPORT=1 dotnet test tests/SonoranFiveM.EngineTests --filter MainThreadReport</c>.
    /// It fails when the world does not work; the figures are printed, never asserted.
    /// </summary>
    public class MainThreadReportTests
    {
        private const int Seconds = 60;
        private readonly ITestOutputHelper _output;

        public MainThreadReportTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [ReportTheory]
        [InlineData(64, false)]
        [InlineData(2048, false)]
        [InlineData(64, true)]
        [InlineData(2048, true)]
        public async Task Report_on_dotnet(int players, bool hub)
        {
            await using var cad = await EmulatorCad.StartAsync();
            var work = TestPaths.NewWorkFolder("report-" + players);
            try
            {
                var failure = Scenarios.Guard(() => MainThreadReport.Run(new ScenarioContext(cad, TestPaths.AdapterPayload, TestPaths.ConfigExample, work, _output.WriteLine), players, Seconds, hub));
                Assert.True(failure == null, failure);
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }

        [MonoReportTheory]
        [InlineData(64, false)]
        [InlineData(2048, false)]
        [InlineData(64, true)]
        [InlineData(2048, true)]
        public async Task Report_on_mono(int players, bool hub)
        {
            await using var cad = await EmulatorCad.StartAsync();
            var work = TestPaths.NewWorkFolder("report-mono-" + players);
            try
            {
                var (passed, output) = await MonoScenarioHost.RunAsync("report:" + players + ":" + Seconds + (hub ? ":hub" : ""), cad, work, TimeSpan.FromMinutes(8));
                _output.WriteLine(output);
                Assert.True(passed, output);
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }

        private class ReportTheoryAttribute : TheoryAttribute
        {
            public ReportTheoryAttribute()
            {
                if (Environment.GetEnvironmentVariable("SONORAN_ENGINE_REPORT") != "1") Skip = "the main-thread report runs on request: set SONORAN_ENGINE_REPORT=1";
            }
        }

        private sealed class MonoReportTheoryAttribute : ReportTheoryAttribute
        {
            public MonoReportTheoryAttribute()
            {
                if (Skip != null) return;
                if (!(Tool.Exists("mono") && Tool.Exists("mcs"))) Skip = "Mono is not installed (apt-get install mono-devel)";
                else if (!File.Exists(Path.Combine(TestPaths.ResourcePayload, "SonoranFiveM.Server.net.dll"))) Skip = "resource/ is not built: run `dotnet build -c Release src/SonoranFiveM.Server` first";
            }
        }
    }
}
