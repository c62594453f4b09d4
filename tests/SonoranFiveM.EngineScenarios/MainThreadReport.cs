using System.Diagnostics;
using System.Globalization;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>
    /// The main-thread report for docs/performance.md (a report, not an assertion on time): a server with
    /// <c>players</c> players, a quarter of them CAD units driving, measured at start and then for <c>seconds</c> of
    /// steady state. Fails only when the world does not work (units missing from the CAD map, FXServer misuse). With
    /// <c>hub</c>, the shipped hub bridge runs beside the adapter, so units are sampled every 250 ms as on a live server.
    /// </summary>
    public static class MainThreadReport
    {
        public static void Run(ScenarioContext ctx, int players, int seconds, bool hub = false)
        {
            using (var h = new Harness(ctx, new HarnessSetup { HubBridge = hub }))
            {
                WorldScenarios.AddUnits(h, players);
                h.Start();
                var label = players + " players" + (hub ? " (hub)" : "");
                ctx.Log(label + ", start: " + string.Join("; ", h.Callbacks().Report()));

                h.Callbacks().Reset();
                var joined = WorldScenarios.Populate(h, players);
                WorldScenarios.DriveUnits(h, joined);
                var units = joined.Where((p, i) => i % 4 == 0).Select(p => p.Identifier("license").Substring("license:".Length)).ToList();
                h.WaitCad(s => units.All(u => OnMap(Harness.Unit(s, u))), "all " + units.Count + " units on the CAD map", 120);
                ctx.Log(label + ", joining and first locations: " + string.Join("; ", h.Callbacks().Report()));

                h.Callbacks().Reset();
                var watch = Stopwatch.StartNew();
                h.WaitUntil(() => watch.Elapsed.TotalSeconds >= seconds, "the measuring window", seconds + 10, 500);
                foreach (var line in h.Callbacks().Report()) ctx.Log(label + ", steady state " + seconds.ToString(CultureInfo.InvariantCulture) + " s: " + line);
            }
        }

        private static bool OnMap(JObject unit) => unit != null && !string.IsNullOrEmpty((string)unit["location"]);
    }
}
