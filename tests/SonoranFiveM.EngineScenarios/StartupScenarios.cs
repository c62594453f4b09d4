namespace SonoranFiveM.EngineScenarios
{
    /// <summary>Start-up and reload off the main thread, and the API key convar protected by Sonoran's official resource.</summary>
    public static class StartupScenarios
    {
        public const string StartingReply = "The CAD link is starting; please try again in a few seconds.";

        public static string ApiKeyMessage =
            "sonoran_apiKey reads \"protection_initialized\": another resource (Sonoran's official integration) protects it. "
            + "Add the line `add_convar_permission sonoran-fivem read sonoran_apiKey` to server.cfg after `set sonoran_apiKey`, then restart sonoran-fivem.";

        [Scenario]
        public static void Start_and_reload_run_off_the_main_thread_and_commands_answer_starting_until_ready(ScenarioContext ctx)
        {
            // 10,000 postals (the most a postal map may hold): parsing and indexing them takes long enough to catch the
            // resource before it is ready.
            using (var h = new Harness(ctx, new HarnessSetup { PostalsPerSide = 100, PostalSpacing = 60 }))
            {
                var p = h.Join("Early Caller", "early");
                h.Server.StartResource();
                var early = p.Chat.Count;
                // The first chance a player has: right after the tick that registered the command.
                h.WaitUntil(() => h.Server.Run(() =>
                {
                    if (!h.Server.HasCommand("911")) return false;
                    h.Server.Chat(p.Id, "/911 Too early");
                    return true;
                }), "the /911 command to be registered", 20, 1);
                h.ExpectEqual(StartingReply, h.NextChat(p, early, null, 20, "the starting reply"), "reply before the resource is ready");

                h.WaitConsole(Harness.ReadyLine, "the resource to be ready", 60);
                h.Expect(h.Server.Console.Any(l => l.Contains("postal map: 10000 postals")), "the big postal map was not loaded");
                h.Say(p, "/911 In time", l => l.Contains("received by dispatch"));
                h.Console("sonoran reload", l => l.Any(x => x.Contains("reloaded.")), 60);
                foreach (var line in h.Callbacks().Report()) ctx.Log("start and reload with 10,000 postals: " + line);
            }
        }

        [Scenario]
        public static void A_protected_api_key_is_named_with_the_fix_at_start_and_in_sonoran_status(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx, new HarnessSetup { ApiKeyProtected = true }))
            {
                h.Start(waitReady: false);
                h.WaitConsole(ApiKeyMessage, "the protected-key message at start");
                h.Expect(h.Console("sonoran status").Contains("[sonoran-fivem] " + ApiKeyMessage), "sonoran status does not say how to grant the key while starting");

                h.WaitConsole("did not start", "the start to give up after reading the key again", 30);
                var status = h.Console("sonoran status");
                h.Expect(status.Any(l => l.Contains("not running")) && status.Contains("[sonoran-fivem] " + ApiKeyMessage), "sonoran status after giving up: " + string.Join(" | ", status));
                h.Expect(h.Cad.Requests().Count == 0, "a request reached the CAD with the placeholder key");
            }
        }

        [Scenario]
        public static void A_protected_api_key_granted_after_the_start_is_read_again_and_used(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx, new HarnessSetup { ApiKeyProtected = true }))
            {
                h.Start(waitReady: false);
                h.WaitConsole(ApiKeyMessage, "the protected-key message at start");

                // add_convar_permission from a later exec of server.cfg.
                h.World.AddConvarPermission(Harness.Resource, "sonoran_apiKey");

                h.WaitConsole(Harness.ReadyLine, "the resource to start with the key", 30);
                var p = h.Join("Caller", "caller");
                h.Say(p, "/911 With the granted key", l => l.Contains("received by dispatch"));
            }
        }
    }
}
