using FxServerDouble;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>sonoran status | reload | flush, resource stop and restart, txAdmin shutdown.</summary>
    public static class LifecycleScenarios
    {
        [Scenario]
        public static void Console_status_reload_and_flush(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Caller", "caller");

                var status = h.Console("sonoran status");
                h.Expect(status.Any(l => l.Contains("Sonoran CAD") && l.Contains(ctx.Cad.BaseUrl)), "status has no CAD line: " + string.Join(" | ", status));
                h.Expect(status.Any(l => l.Contains("outbox")), "status has no outbox line");
                h.Expect(!status.Any(l => l.Contains(ctx.Cad.ApiKey)), "status shows the API key");

                h.Console("sonoran flush", l => l.Any(x => x.Contains("flushed")));
                h.Console("sonoran reload", l => l.Any(x => x.Contains("reloaded.")), 30);
                h.Say(p, "/911 After the reload", l => l.Contains("received by dispatch"));
                h.Expect(h.Console("sonoran nonsense").Any(l => l.Contains("usage: sonoran status | reload | flush")), "no usage line for an unknown verb");
            }
        }

        [Scenario]
        public static void Players_need_the_admin_ace_for_the_sonoran_console_command(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Curious", "curious");

                var reply = h.Say(p, "/sonoran reload");

                h.ExpectEqual("You do not have permission to use sonoran.", reply, "reply to a player without sonoran.admin");
                h.Expect(!h.Server.Console.Any(l => l.Contains("reloaded")), "a player reloaded the resource");

                var admin = h.Join("Admin", "admin");
                h.World.GrantAce(admin.Id, "sonoran.admin");
                var status = h.Say(admin, "/sonoran status");
                h.Expect(status.StartsWith("sonoran-fivem ", StringComparison.Ordinal) && status.Contains("; Sonoran CAD "), "a player with sonoran.admin got no status: " + status);
            }
        }

        [Scenario]
        public static void Work_pending_at_resource_stop_is_kept_and_replayed_by_the_restart(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Caller", "caller");
                h.Cad.SetFaults("5xx");
                h.Say(p, "/911 Call during the outage", l => l.Contains("queued"));

                h.Server.StopResource();
                h.Expect(h.Server.Console.Any(l => l.Contains("kept in the outbox for the next start")), "the stop did not keep the call in the outbox");
                h.Expect(File.ReadAllText(Path.Combine(h.ResourceFolder, "outbox.jsonl")).Contains("Call during the outage"), "the outbox file does not hold the call");

                h.Cad.SetFaults("none");
                h.Start();
                h.WaitConsole("restored from the outbox", "the restart to replay the outbox");
                h.WaitCad(s => Harness.Call(s, "Call during the outage") != null, "the replayed call in the CAD", 60);
            }
        }

        [Scenario]
        public static void A_txadmin_shutdown_sends_what_it_can_and_keeps_the_rest(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Caller", "caller");
                h.Cad.SetFaults("5xx");
                h.Say(p, "/911 Call before the shutdown", l => l.Contains("queued"));

                h.Server.TriggerServerEvent("txAdmin:events:serverShuttingDown", LuaValues.Table("delay", 3000L, "author", "admin", "message", "restart"));

                h.WaitConsole("kept in the outbox for the next start", "the shutdown to keep the call", 20);
                h.Expect(File.ReadAllText(Path.Combine(h.ResourceFolder, "outbox.jsonl")).Contains("Call before the shutdown"), "the outbox file does not hold the call");
            }
        }
    }
}
