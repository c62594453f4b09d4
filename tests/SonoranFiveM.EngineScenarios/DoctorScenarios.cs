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
                h.WaitUntil(() => h.Server.Console.Skip(before).Any(l => l.Contains("doctor: all checks passed") || l.Contains("doctor: some checks FAILED") || l.Contains("doctor: no check failed")),
                    "the doctor's verdict", 40);

                var lines = h.Server.Console.Skip(before).ToList();
                var all = string.Join(" | ", lines);
                h.Expect(lines.Count(l => l.Contains("doctor is already running")) == 1, "the second doctor was not told one runs: " + all);
                foreach (var check in new[] { "config", "convar permission", "api key", "server id", "onesync", "postals", "outbox" })
                {
                    h.Expect(lines.Any(l => l.Contains("PASS  " + check + " ")), "no PASS line for " + check + ": " + all);
                }

                h.Expect(lines.Any(l => l.Contains("new-postals.json: 400 postals")), "the postal check did not read the nearest-postal file: " + all);
                // The hub bridge needs Node, which this scenario does not run: a hub still connecting is a SKIP, and a
                // SKIP is counted in the verdict, never called a pass.
                var skipped = lines.Count(l => l.Contains("SKIP  "));
                h.Expect(lines.Any(l => l.Contains(skipped == 0 ? "doctor: all checks passed" : "doctor: no check failed; " + skipped + " not checked (SKIP above).")),
                    "the doctor did not pass, or called a skipped check passed: " + all);
                h.Expect(!lines.Any(l => l.Contains(h.Cad.ApiKey)), "a doctor line shows the API key");
            }
        }

        [Scenario]
        public static void An_admin_in_game_gets_the_doctor_lines_in_chat_and_a_player_without_the_ace_gets_none(ScenarioContext ctx)
        {
            var setup = new HarnessSetup();
            setup.Convars["onesync"] = "off";
            using (var h = new Harness(ctx, setup))
            {
                h.Start();
                var player = h.Join("Curious", "curious");
                h.ExpectEqual("You do not have permission to use sonoran.", h.Say(player, "/sonoran doctor"), "reply to a player without sonoran.admin");

                var admin = h.Join("Admin", "admin");
                h.World.GrantAce(admin.Id, "sonoran.admin");
                var before = admin.Chat.Count;
                h.Say(admin, "/sonoran doctor", l => l.Contains("doctor: some checks FAILED"), 40);

                var chat = admin.Chat.Skip(before).ToList();
                var all = string.Join(" | ", chat);
                // Chat lines are cleaned like every chat reply, so the console's column padding collapses to one space.
                h.Expect(chat.Any(l => l.Contains("FAIL onesync")) && chat.Any(l => l.Contains("fix: set `set onesync on`")), "the OneSync FAIL and its fix did not reach the admin's chat: " + all);
                h.Expect(chat.Any(l => l.Contains("PASS api key")), "no api key line in chat: " + all);
                h.Expect(h.Server.Console.Any(l => l.Contains("FAIL  onesync")), "the doctor lines were not printed to the console too");
                h.Expect(!chat.Any(l => l.Contains(h.Cad.ApiKey)), "a doctor line in chat shows the API key");
            }
        }
    }
}
