using System.Linq;

namespace SonoranFiveM.EngineScenarios
{
    public static class DoctorScenarios
    {
        [Scenario]
        public static void Sonoran_doctor_prints_each_check_in_the_console_and_a_second_one_is_told_one_runs(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var before = h.Server.Console.Count;
                h.Server.ExecuteCommand(0, "sonoran doctor");
                h.Server.ExecuteCommand(0, "sonoran doctor");
                h.WaitUntil(() => h.Server.Console.Skip(before).Any(l => l.Contains("doctor: all checks passed") || l.Contains("doctor: some checks FAILED")),
                    "the doctor's verdict", 40);

                var lines = h.Server.Console.Skip(before).ToList();
                var all = string.Join(" | ", lines);
                h.Expect(lines.Count(l => l.Contains("doctor is already running")) == 1, "the second doctor was not told one runs: " + all);
                foreach (var check in new[] { "config", "convar permission", "api key", "server id", "onesync", "postals", "outbox" })
                {
                    h.Expect(lines.Any(l => l.Contains("PASS  " + check + " ")), "no PASS line for " + check + ": " + all);
                }

                h.Expect(lines.Any(l => l.Contains("new-postals.json: 400 postals")), "the postal check did not read the nearest-postal file: " + all);
                h.Expect(lines.Any(l => l.Contains("doctor: all checks passed")), "the doctor did not pass: " + all);
                h.Expect(!lines.Any(l => l.Contains(h.Cad.ApiKey)), "a doctor line shows the API key");
            }
        }
    }
}
