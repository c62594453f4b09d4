namespace SonoranFiveM.EngineScenarios
{
    /// <summary>Start-up from server.cfg convars and config.json.</summary>
    public static class StartScenarios
    {
        [Scenario]
        public static void Starts_from_convars_and_writes_config_json_from_the_example(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Expect(!File.Exists(Path.Combine(h.ResourceFolder, "config.json")), "config.json exists before the first start");
                h.Start();

                h.Expect(File.ReadAllText(Path.Combine(h.ResourceFolder, "config.json")) == File.ReadAllText(ctx.ConfigExample),
                    "config.json is not a copy of config.example.json");
                h.WaitConsole("connected to Sonoran CAD", "the connect line");
                h.Expect(h.Server.Console.Any(l => l.Contains("connected to Sonoran CAD") && l.Contains(ctx.Cad.BaseUrl)), "the connect line does not name the convar's base URL");
                h.Expect(h.Server.Console.Any(l => l.Contains("postal map: 400 postals from nearest-postal/new-postals.json")), "the postal map from nearest-postal was not loaded");
                h.Expect(!h.Server.Console.Any(l => l.Contains(ctx.Cad.ApiKey)), "the API key reached the console");
                h.WaitUntil(() => h.Cad.Requests().Count > 0, "the roster poll to reach the CAD");
            }
        }

        [Scenario]
        public static void A_fresh_install_without_a_key_says_once_what_to_set_and_prints_no_errors(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx, new HarnessSetup { NoKey = true }))
            {
                h.Start(waitReady: false);
                h.WaitConsole("not set up yet", "the first-start message");

                var setup = h.Server.Console.Where(l => l.Contains("not set up yet")).ToList();
                h.Expect(setup.Count == 1, setup.Count + " first-start messages");
                foreach (var text in new[] { "set sonoran_communityId", "set sonoran_apiKey", "set sonoran_serverId", "ensure sonoran-fivem", "`sonoran doctor`" })
                {
                    h.Expect(setup[0].Contains(text), "the first-start message does not say '" + text + "': " + setup[0]);
                }

                var status = h.Console("sonoran status");
                h.Expect(status.Any(l => l.Contains("not running")) && status.Any(l => l.Contains("set sonoran_apiKey")),
                    "sonoran status does not repeat what to set: " + string.Join(" | ", status));
                var errors = h.Server.Console.Where(l => l.Contains("ERROR")).ToList();
                h.Expect(errors.Count == 0, "errors on a first start: " + string.Join(" | ", errors));
                h.Expect(h.Cad.Requests().Count == 0, "a request reached the CAD without a key");
            }
        }

        [Scenario]
        public static void A_bad_configuration_does_not_start_and_says_which_key(ScenarioContext ctx)
        {
            var setup = new HarnessSetup();
            setup.Convars["sonoran_apiVersion"] = "v9";
            using (var h = new Harness(ctx, setup))
            {
                h.Start(waitReady: false);
                h.WaitConsole("did not start", "the start to fail");
                h.Expect(h.Server.Console.Any(l => l.Contains("apiVersion") && l.Contains("v9")), "the error does not name apiVersion and its value");

                var status = h.Console("sonoran status");
                h.Expect(status.Any(l => l.Contains("not running")), "sonoran status does not say it is not running: " + string.Join(" | ", status));
                h.Expect(h.Cad.Requests().Count == 0, "a request reached the CAD although the configuration is bad");
            }
        }
    }
}
