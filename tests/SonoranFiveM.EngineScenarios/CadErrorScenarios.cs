namespace SonoranFiveM.EngineScenarios
{
    /// <summary>CAD errors on FXServer's native HTTP path: 401, 5xx, 429 and timeouts, as FXServer reports them.</summary>
    public static class CadErrorScenarios
    {
        [Scenario]
        public static void A_rejected_api_key_pauses_the_lanes_with_the_owner_message_and_holds_calls(ScenarioContext ctx)
        {
            var setup = new HarnessSetup();
            setup.Convars["sonoran_apiKey"] = "not-the-community-key";
            using (var h = new Harness(ctx, setup))
            {
                h.Start();
                var p = h.Join("Caller", "caller");

                var reply = h.Say(p, "/911 Help with a wrong key", l => l.Contains("queued") || l.Contains("refused") || l.Contains("not sent"));

                h.ExpectEqual("Your 911 call is queued — the server's CAD connection needs attention from staff; it will be sent once that is fixed.", reply, "reply while the key is rejected");
                var status = h.Console("sonoran status", l => l.Any(x => x.Contains("PAUSED")));
                h.Expect(status.Any(l => l.Contains("PAUSED") && l.Contains("API key")), "sonoran status does not say the lanes are paused for the API key: " + string.Join(" | ", status));
                h.Expect(!h.Server.Console.Any(l => l.Contains("not-the-community-key")), "the rejected key reached the console");
                h.Expect(Harness.Call(h.Cad.State(), "Help with a wrong key") == null, "the call was accepted with a wrong key");
            }
        }

        [Scenario]
        public static void Server_errors_are_retried_and_the_call_is_delivered_when_the_cad_recovers(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Caller", "caller");
                h.Cad.SetFaults("5xx");

                var queued = h.Say(p, "/911 Fire in the kitchen", l => l.Contains("queued"));
                h.Expect(queued.StartsWith("Your 911 call is queued"), "reply during the outage: " + queued);
                h.WaitUntil(() => h.Cad.Requests().Any(r => (int)r["status"] >= 500 && ((string)r["path"]).Contains("call")), "a 5xx answer to the call");
                h.Cad.SetFaults("none");

                var received = h.NextChat(p, 0, l => l.Contains("received by dispatch"), 90, "the call delivered after the outage");
                h.Expect(Harness.Call(h.Cad.State(), "Fire in the kitchen") != null, "the call is not in the CAD: " + received);
            }
        }

        [Scenario]
        public static void A_cad_that_does_not_answer_times_out_as_fxserver_reports_it_and_the_call_follows(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Caller", "caller");
                h.Cad.SetFaults("hang");

                var reply = h.Say(p, "/911 Nobody answers", l => l.Contains("queued"), 30);
                h.Expect(reply.StartsWith("Your 911 call is queued"), "reply while the CAD hangs: " + reply);
                h.WaitUntil(() => h.Console("sonoran status").Any(l => l.Contains("Timeout was reached")), "the timeout FXServer reports in sonoran status", 40, 500);
                h.Cad.SetFaults("none");

                h.NextChat(p, 0, l => l.Contains("received by dispatch"), 90, "the call delivered after the timeout");
                h.Expect(Harness.Call(h.Cad.State(), "Nobody answers") != null, "the call is not in the CAD");
            }
        }

        [Scenario]
        public static void Rate_limited_answers_hold_the_call_until_the_cad_accepts_it(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Caller", "caller");
                h.Cad.SetFaults("429storm");

                var reply = h.Say(p, "/911 Rate limited call", l => l.Contains("queued"), 30);
                h.Expect(reply.StartsWith("Your 911 call is queued"), "reply while rate limited: " + reply);
                h.WaitUntil(() => h.Cad.Requests().Any(r => (int)r["status"] == 429 && ((string)r["path"]).Contains("call")), "a 429 answer to the call");
                h.Cad.SetFaults("none");

                h.NextChat(p, 0, l => l.Contains("received by dispatch"), 90, "the call delivered after the 429s");
            }
        }

        [Scenario]
        public static void A_429_with_Retry_After_holds_the_lane_for_that_long_and_shows_the_CADs_message(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Caller", "caller");
                // 40 s: longer than the 15 s the lane waits when a 429 comes without Retry-After.
                h.Cad.SetFaults("429storm:40");

                h.Say(p, "/911 Rate limited with a hint", l => l.Contains("queued"), 30);
                h.WaitUntil(() => h.Cad.Requests().Any(r => (int)r["status"] == 429 && ((string)r["path"]).Contains("call")), "a 429 answer to the call");
                var status = h.Console("sonoran status", l => l.Any(x => x.Contains("next send in")));
                var lane = status.FirstOrDefault(l => l.Contains("next send in") && l.Contains("911"));
                h.Expect(lane != null, "no 911 lane line waiting for its next send: " + string.Join(" | ", status));
                var seconds = int.Parse(System.Text.RegularExpressions.Regex.Match(lane, @"next send in (\d+) s").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                h.Expect(seconds > 15 && seconds <= 40, "the lane waits " + seconds + " s, not the CAD's Retry-After of 40 s: " + lane);
                h.Expect(lane.Contains("API rate limit exceeded") && !lane.Contains("HTTP 429:"), "the last error is not the CAD's own message: " + lane);
            }
        }
    }
}
