using System.Text.RegularExpressions;
using CitizenFX.Core;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>/911, /311, /panic and /status from players with and without ACE, with cooldowns, and the exact replies.</summary>
    public static class CommandScenarios
    {
        private static readonly Vector3 AtPostal10203 = new Vector3(2 * 200 + 10, 3 * 200 - 5, 30);

        [Scenario]
        public static void A_911_call_reaches_the_cad_with_the_callers_postal_and_the_player_hears_the_call_number(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Jane Citizen", "jane", AtPostal10203);

                var reply = h.Say(p, "/911 Shots fired near the bank", l => l.Contains("received by dispatch"));

                var call = Harness.Call(h.Cad.State(), "Shots fired near the bank");
                h.Expect(call != null, "the call is not in the CAD");
                h.ExpectEqual("Jane Citizen", (string)call["caller"], "caller");
                h.ExpectEqual("Postal 10203", (string)call["location"], "location");
                h.Expect((bool)call["isEmergency"], "the call is not an emergency");
                h.ExpectEqual("Your 911 call was received by dispatch (call #" + (string)call["callId"] + ").", reply, "reply");
                h.Expect(h.Server.ResourceEvents.Any(e => e.Key == "sonoran-fivem:callAccepted"), "other resources were not told (sonoran-fivem:callAccepted)");
            }
        }

        [Scenario]
        public static void A_311_call_is_not_an_emergency(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Sam Noise", "sam", AtPostal10203);

                var reply = h.Say(p, "/311 Loud music next door", l => l.Contains("received by dispatch"));

                var call = Harness.Call(h.Cad.State(), "Loud music next door");
                h.Expect(call != null && !(bool)call["isEmergency"], "the 311 call is missing or an emergency");
                h.ExpectEqual("Your 311 call was received by dispatch (call #" + (string)call["callId"] + ").", reply, "reply");
            }
        }

        [Scenario]
        public static void A_call_command_defined_in_config_is_registered_suggested_and_reaches_the_cad_with_its_metadata(ScenarioContext ctx)
        {
            var setup = new HarnessSetup
            {
                Config = config => config["commands"]["calls"] = JArray.Parse(
                    "[ { \"name\": \"911\", \"emergency\": true }, { \"name\": \"tow\", \"descriptionPrefix\": \"(TOW)\", \"priority\": 3, \"help\": \"Request a tow truck.\" } ]"),
            };
            using (var h = new Harness(ctx, setup))
            {
                h.Start();
                var p = h.Join("Tina Driver", "tina", AtPostal10203);

                var reply = h.Say(p, "/tow Blue sedan in the ditch", l => l.Contains("received by dispatch"));

                var call = Harness.Call(h.Cad.State(), "Blue sedan in the ditch");
                h.Expect(call != null, "the tow call is not in the CAD");
                h.ExpectEqual("(TOW) Blue sedan in the ditch", (string)call["description"], "description");
                h.Expect(!(bool)call["isEmergency"], "the tow call is an emergency");
                h.ExpectEqual("3", (string)call["metaData"]["priority"], "metaData.priority");
                h.ExpectEqual("Your tow call was received by dispatch (call #" + (string)call["callId"] + ").", reply, "reply");
                h.Expect(Harness.Suggestions(p).Any(s => "/tow".Equals(s["name"]) && "Request a tow truck.".Equals(s["help"])), "no chat suggestion for /tow");
                h.Expect(!Harness.Suggestions(p).Any(s => "/311".Equals(s["name"])), "/311 is suggested though the list leaves it out");
                h.Expect(!p.ClientEvents.Any(e => e.Key == "chat:addSuggestion"), "a suggestion was sent as its own event, not in the one list");
            }
        }

        [Scenario]
        public static void A_second_call_within_the_cooldown_is_refused_and_an_empty_call_gets_the_usage(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Eager Caller", "eager");

                h.ExpectEqual("Usage: /911 <what is happening> (an emergency)", h.Say(p, "/911"), "reply to an empty /911");
                h.Say(p, "/911 First call", l => l.Contains("received by dispatch"));
                var second = h.Say(p, "/911 Second call");

                h.Expect(Regex.IsMatch(second, @"^Please wait (59|60) s before using /911 again\.$"), "cooldown reply: " + second);
                h.Expect(Harness.Call(h.Cad.State(), "Second call") == null, "the call inside the cooldown reached the CAD");
            }
        }

        [Scenario]
        public static void Panic_needs_the_ace_and_a_cad_unit(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Cad.AddUnit("unit1", "Officer One");
                h.Start();
                var civilian = h.Join("No Ace", "civ");
                var aceOnly = h.Join("Ace Not Unit", "notunit");
                h.World.GrantAce(aceOnly.Id, "sonoran.unit");

                h.ExpectEqual("You do not have permission to use /panic.", h.Say(civilian, "/panic"), "reply without the ACE");
                h.ExpectEqual("/panic is only for units signed in to the CAD.", h.Say(aceOnly, "/panic"), "reply to a player who is not a unit");
                h.ExpectEqual("You do not have permission to use /status.", h.Say(civilian, "/status BUSY"), "/status without the ACE");
            }
        }

        [Scenario]
        public static void Panic_and_status_from_a_unit_change_the_cad(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Cad.AddUnit("unit1", "Officer One");
                h.Start();
                var officer = h.Join("Officer One", "unit1", AtPostal10203);
                h.World.GrantAce(officer.Id, "sonoran.unit");
                h.WaitUntil(() => h.Console("sonoran status").Any(l => l.Contains("CAD units online 1")), "the roster to list the unit", 30, 500);

                h.ExpectEqual("Panic activated: dispatch has been alerted.", h.Say(officer, "/panic", l => l.StartsWith("Panic")), "panic reply");
                h.WaitCad(s => (bool)Harness.Unit(s, "unit1")["isPanic"], "the unit's panic in the CAD");
                h.Expect(h.Server.ResourceEvents.Any(e => e.Key == "sonoran-fivem:panicChanged"), "other resources were not told (sonoran-fivem:panicChanged)");

                var usage = h.Say(officer, "/status NAPPING");
                h.Expect(usage.StartsWith("Usage: /status <status>. One of: ") && usage.Contains("AVAILABLE"), "reply to an unknown status: " + usage);
                h.ExpectEqual("Your status is now BUSY.", h.Say(officer, "/status busy", l => l.Contains("status is now")), "status reply");
                h.WaitCad(s => (int)Harness.Unit(s, "unit1")["status"] == 1, "the unit's status BUSY (1) in the CAD");
            }
        }

        [Scenario]
        public static void Link_shows_the_code_and_the_cad_page_once_the_cad_made_it_and_has_a_chat_suggestion(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("New Officer", "newofficer");

                var reply = h.Say(p, "/link", l => l.Contains("sonorancad.com/id?code="));

                var code = Regex.Match(reply, @"\(code ([A-Z0-9]+),").Groups[1].Value;
                h.ExpectEqual("To link your Sonoran CAD account, open https://sonorancad.com/id?code=" + code + " and sign in (code " + code
                    + ", valid for 10 min). You will be told here when it is done.", reply, "reply");
                h.Expect(Harness.Suggestions(p).Any(s => "/link".Equals(s["name"])), "no chat suggestion for /link");
                h.Expect(h.Cad.Requests().Any(r => (string)r["path"] == "/v2/general/links" && ((string)r["body"]).Contains("\"communityUserId\":\"newofficer\"")),
                    "the CAD was not asked for a code for the player's license");
            }
        }
    }
}
