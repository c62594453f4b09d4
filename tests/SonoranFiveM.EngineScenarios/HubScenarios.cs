using CitizenFX.Core;
using FxServerDouble;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>
    /// The live map over the CAD's WebSocket hub: the shipped resource/sonoran-hub.js runs on the double's JS runtime (Node)
    /// and talks to the emulator's <c>/apiWsHub</c>, as FXServer's Node runtime does on a real server.
    /// </summary>
    public static class HubScenarios
    {
        private const string Officer = "hubunit1";

        private static Harness Start(ScenarioContext ctx)
        {
            var h = new Harness(ctx, new HarnessSetup { HubBridge = true });
            try
            {
                h.Cad.AddUnit(Officer, "Officer Hub");
                h.Start();
                WaitHub(h, "authenticated", "the hub to authenticate");
                return h;
            }
            catch
            {
                h.Dispose();
                throw;
            }
        }

        /// <summary>The officer joins, is seen on the roster, and drives a long route.</summary>
        private static SimPlayer Drive(Harness h)
        {
            var officer = h.Join("Officer Hub", Officer, new Vector3(0, 0, 30));
            h.WaitUntil(() => h.Console("sonoran status").Any(l => l.Contains("CAD units online 1, tracked 1")), "the officer to be tracked", 30, 200);
            h.World.EnterNewVehicle(officer.Id, "police3");
            h.World.Drive(officer.Id, new[] { new Vector3(0, 0, 30), new Vector3(3000, 0, 30), new Vector3(3000, 3000, 30) }, 20);
            return officer;
        }

        private static string HubLine(Harness h) => h.Console("sonoran status", lines => lines.Any(l => l.Contains("location hub:")))
            .First(l => l.Contains("location hub:"));

        /// <summary>Waits for the status command's hub state, e.g. "authenticated" or "down" (followed by its reason, if any).</summary>
        private static void WaitHub(Harness h, string state, string what, int seconds = 20)
            => h.WaitUntil(() => { var line = HubLine(h); return line.Contains("location hub: " + state + ",") || line.Contains("location hub: " + state + " ("); }, what, seconds, 200);

        private static long Counter(JObject state, string name) => (long?)state["counters"]?[name] ?? 0;

        private static int HttpLocationRequests(Harness h) => h.Cad.Requests().Count(r => (string)r["endpoint"] == "updateUnitLocations");

        private static string Text(object value) => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);

        private static double X(JObject state) => (double?)Harness.Unit(state, Officer)?["coordinates"]?["x"] ?? double.NaN;

        [Scenario(NeedsNode = true)]
        public static void Locations_stream_over_the_hub_and_not_over_HTTP_while_it_is_up(ScenarioContext ctx)
        {
            using (var h = Start(ctx))
            {
                Drive(h);
                var first = h.WaitCad(s => Counter(s, "hub.unitLocation") > 0 && X(s) > 0, "the officer's position through the hub", 20);
                // 110 m at 20 m/s is longer than one HTTP batch interval (5 s): HTTP would have sent by now if it carried locations.
                var later = h.WaitCad(s => Counter(s, "hub.unitLocation") >= Counter(first, "hub.unitLocation") + 5 && X(s) > X(first) + 110,
                    "the hub to carry the moving officer over 110 m", 30);
                h.Expect(Counter(later, "hub.limitErrors") == 0, "the hub answered limit errors: " + Counter(later, "hub.limitErrors"));
                h.Expect(HttpLocationRequests(h) == 0, "HTTP location batches were sent while the hub was up: " + HttpLocationRequests(h));
                var line = HubLine(h);
                h.Expect(line.Contains("location hub: authenticated,") && !line.Contains("HTTP carries"), "status: " + line);
                h.Expect(h.Server.Console.All(l => !l.Contains(h.Cad.ApiKey)), "the API key reached the console");
            }
        }

        [Scenario(NeedsNode = true)]
        public static void A_hub_outage_falls_back_to_HTTP_and_the_hub_comes_back_by_itself(ScenarioContext ctx)
        {
            using (var h = Start(ctx))
            {
                Drive(h);
                h.WaitCad(s => Counter(s, "hub.unitLocation") > 0 && X(s) > 0, "the officer's position through the hub", 20);

                h.Cad.Post("/_emulator/hub/faults", new JObject { ["down"] = true });
                WaitHub(h, "down", "the drop to be noticed");
                var before = X(h.Cad.State());
                h.WaitUntil(() => HttpLocationRequests(h) > 0, "an HTTP location batch during the outage", 20, 200);
                h.WaitCad(s => X(s) > before, "the officer's position through HTTP", 20);

                h.Cad.Post("/_emulator/hub/faults", new JObject { ["down"] = false });
                WaitHub(h, "authenticated", "the hub to come back by itself", 40);
                var back = h.Cad.State();
                h.WaitCad(s => Counter(s, "hub.unitLocation") > Counter(back, "hub.unitLocation") + 2 && X(s) > X(back),
                    "the hub to carry the officer again", 20);
                var line = HubLine(h);
                h.Expect(!line.Contains("HTTP carries") && !line.Contains("drops 0"), "status after the outage: " + line);
            }
        }

        [Scenario(NeedsNode = true)]
        public static void Push_events_from_the_CAD_reach_the_game(ScenarioContext ctx)
        {
            using (var h = Start(ctx))
            {
                var officer = Drive(h);

                var chat = officer.Chat.Count;
                h.Cad.Post("/_emulator/cad", new JObject
                {
                    ["action"] = "attach", ["communityUserId"] = Officer, ["callId"] = 42, ["title"] = "Shots fired", ["postal"] = "305",
                    ["address"] = "Alta St", ["description"] = "Two suspects on foot", ["units"] = new JArray(Officer),
                });
                var line = h.NextChat(officer, chat, l => l.Contains("Attached to call"), 10, "the attach chat line");
                h.ExpectEqual("Attached to call #42: Shots fired (postal 305) - Two suspects on foot", line, "chat line");
                h.WaitUntil(() => h.Server.ResourceEvents.Any(e => e.Key == "sonoran-fivem:unitAttached" && Text(e.Value[0]) == "42" && Text(e.Value[1]) == Officer),
                    "sonoran-fivem:unitAttached (42, the officer)", 10);
                h.Expect(h.Server.ResourceEvents.Any(e => e.Key == "sonoran-fivem:callCreated" && Text(e.Value[0]) == "42"), "no sonoran-fivem:callCreated for call 42");

                h.Cad.Post("/_emulator/cad", new JObject { ["action"] = "status", ["communityUserId"] = Officer, ["status"] = 3 });
                h.WaitUntil(() => h.Server.ResourceEvents.Any(e => e.Key == "sonoran-fivem:statusChanged" && Text(e.Value[0]) == Officer && Text(e.Value[1]) == "3"),
                    "sonoran-fivem:statusChanged (the officer, 3)", 10);
            }
        }
    
        [Scenario(NeedsNode = true)]
        public static void Another_resource_cannot_drive_the_hub_bridge(ScenarioContext ctx)
        {
            using (var h = Start(ctx))
            {
                // Another resource asks the bridge to connect to a URL of its choosing (it would send the API key there);
                // then the resource itself sends a request the bridge answers at once. The bridge handles events in order,
                // so once the second is answered the first was ignored.
                h.Server.TriggerServerEvent("sonoran-fivem:hub:connect", 9001L, "http://127.0.0.1:9/apiWsHub", h.Cad.CommunityId, 1L);
                h.Server.Run(() =>
                {
                    BaseScript.TriggerEvent("sonoran-fivem:hub:send", 9002L, "not json");
                    return 0;
                });
                h.WaitUntil(() => Results(h, "9002").Any(), "the bridge's answer to the resource's own request", 10);
                h.ExpectEqual("rejected", Text(Results(h, "9002").First()[1]), "outcome of a send with malformed updates");
                // Obeying it would first have closed the resource's own session (synchronously, so before the answer above).
                h.Expect(!h.Server.ResourceEvents.Any(e => e.Key == "sonoran-fivem:hub:closed"), "another resource's connect request closed the hub session");
                h.Expect(!Results(h, "9001").Any(), "the bridge answered another resource's connect request");
                WaitHub(h, "authenticated", "the resource's own hub session to stay up", 5);
            }
        }

        private static System.Collections.Generic.IEnumerable<object[]> Results(Harness h, string requestId)
            => h.Server.ResourceEvents.Where(e => e.Key == "sonoran-fivem:hub:result" && Text(e.Value[0]) == requestId).Select(e => e.Value);
    }
}
