using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>
    /// The main-thread report for docs/performance.md (a report, not an assertion on time): a server with
    /// <c>players</c> players, a quarter of them CAD units driving, measured at start and then for <c>seconds</c> of
    /// steady state. Fails only when the world does not work (units missing from the CAD map, FXServer misuse).
    /// </summary>
    public static class MainThreadReport
    {
        public static void Run(ScenarioContext ctx, int players, int seconds)
        {
            using (var h = new Harness(ctx))
            {
                WorldScenarios.AddUnits(h, players);
                h.Start();
                ctx.Log(players + " players, start: " + string.Join("; ", h.Callbacks().Report()));

                h.Callbacks().Reset();
                var joined = WorldScenarios.Populate(h, players);
                WorldScenarios.DriveUnits(h, joined);
                var units = joined.Where((p, i) => i % 4 == 0).Select(p => p.Identifier("license").Substring("license:".Length)).ToList();
                h.WaitCad(s => units.All(u => OnMap(Harness.Unit(s, u))), "all " + units.Count + " units on the CAD map", 120);
                ctx.Log(players + " players, joining and first locations: " + string.Join("; ", h.Callbacks().Report()));

                h.Callbacks().Reset();
                var watch = Stopwatch.StartNew();
                h.WaitUntil(() => watch.Elapsed.TotalSeconds >= seconds, "the measuring window", seconds + 10, 500);
                foreach (var line in h.Callbacks().Report()) ctx.Log(players + " players, steady state " + seconds.ToString(CultureInfo.InvariantCulture) + " s: " + line);
            }
        }

        private static bool OnMap(JObject unit) => unit != null && !string.IsNullOrEmpty((string)unit["location"]);
    }
}
