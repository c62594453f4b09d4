using System.Net.Http;
using System.Text.Json;
using System.Threading;
using SonoranFiveM.Emulator.Faults;
using SonoranFiveM.Emulator.State;

namespace SonoranFiveM.IntegrationTests.Emulator;

public sealed class FaultTests
{
    private static readonly object Call = new { isEmergency = true, caller = "a", location = "b", description = "c" };

    [Fact]
    public async Task Server_errors_answer_500_or_503_before_the_handler_runs()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add("5xx:1"));
        var response = await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call);

        Assert.Contains((int)response.StatusCode, new[] { 500, 503 });
        Assert.Empty(h.Emulator.State.Calls);
        Assert.Equal("5xx", h.Emulator.Requests.Entries.Last().Fault);
        Assert.Equal(1, h.Emulator.State.Counters[EmulatorCounters.FaultPrefix + "5xx"]);
    }

    [Fact]
    public async Task Fault_rates_are_reproducible_with_the_same_seed()
    {
        async Task<string> RunAsync()
        {
            await using var h = await EmulatorHarness.StartAsync(o =>
            {
                o.Faults.Add("5xx:0.5");
                o.RandomSeed = 7;
                o.RateLimitsEnabled = false;
            });
            var statuses = new int[20];
            for (var i = 0; i < statuses.Length; i++) statuses[i] = (int)(await h.V2Async("GET", "/v2/general/version")).StatusCode;
            return string.Join(",", statuses);
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains("200", first);
        Assert.True(first.Contains("500") || first.Contains("503"));
    }

    [Fact]
    public async Task Latency_holds_the_answer_until_the_emulator_clock_has_moved()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add("latency:800"));
        var pending = h.V2Async("GET", "/v2/general/version");
        await h.Emulator.Requests.WaitForHeldAsync(n => n == 1);

        h.Time.Advance(TimeSpan.FromMilliseconds(799));
        Assert.False(pending.IsCompleted);
        Assert.Equal(1, h.Emulator.Requests.Held);

        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.OK, (await pending).StatusCode);
    }

    [Fact]
    public async Task Hang_holds_the_request_until_the_emulator_stops()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add("hang"));
        var pending = h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call);
        await h.Emulator.Requests.WaitForHeldAsync(n => n == 1);
        Assert.False(pending.IsCompleted);

        await h.Emulator.StopAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => pending);
        var entry = h.Emulator.Requests.Entries.Single();
        Assert.Equal("hang", entry.Fault);
        Assert.Equal(0, entry.Status);
        Assert.Empty(h.Emulator.State.Calls);
    }

    [Fact]
    public async Task Hang_is_released_when_the_client_gives_up()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add("hang:1"));
        using var giveUp = new CancellationTokenSource();
        var pending = h.Http.GetAsync("/v2/general/version", giveUp.Token);
        await h.Emulator.Requests.WaitForHeldAsync(n => n == 1);

        giveUp.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        await h.Emulator.Requests.WaitForInFlightAsync(n => n == 0);
        Assert.Equal(0, h.Emulator.Requests.Entries.Single().Status);
    }

    [Fact]
    public async Task Drop_aborts_the_connection_without_an_answer()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add("drop:1"));

        await Assert.ThrowsAsync<HttpRequestException>(() => h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call));
        await h.Emulator.Requests.WaitForInFlightAsync(n => n == 0);
        Assert.Empty(h.Emulator.State.Calls);
        Assert.Equal("drop", h.Emulator.Requests.Entries.Single().Fault);
    }

    [Fact]
    public async Task Malformed_answers_2xx_with_truncated_json_after_the_change_happened()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add("malformed:1"));
        var response = await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("{", text);
        Assert.ThrowsAny<JsonException>(() => JsonNode.Parse(text));
        Assert.Single(h.Emulator.State.Calls);
        Assert.Equal("malformed", h.Emulator.Requests.Entries.Single().Fault);
    }

    [Fact]
    public async Task Outage_window_answers_503_between_its_bounds_on_the_emulator_clock()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add("outage:120-300"));
        Assert.Equal(HttpStatusCode.OK, (await h.V2Async("GET", "/v2/general/version")).StatusCode);

        h.Time.Advance(TimeSpan.FromSeconds(130));
        var during = await h.V2Async("GET", "/v2/general/version");
        var v1During = await h.V1Async("/general/get_version", "GET_VERSION", new JsonArray());

        h.Time.Advance(TimeSpan.FromSeconds(171));
        var after = await h.V2Async("GET", "/v2/general/version");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, v1During.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Rate_limit_storm_answers_429_without_retry_after_even_with_limits_off()
    {
        await using var h = await EmulatorHarness.StartAsync(o =>
        {
            o.Faults.Add("429storm");
            o.RateLimitsEnabled = false;
        });
        var cad = await h.V2Async("GET", "/v2/general/version");
        var tines = await h.SendAsync("GET", "/api/v1/records/1", "Bearer " + h.Emulator.Options.TinesApiKey);

        Assert.Equal((HttpStatusCode)429, cad.StatusCode);
        Assert.False(cad.Headers.Contains("Retry-After"));
        Assert.Equal("API rate limit exceeded", (string)(await EmulatorHarness.ReadJsonAsync(cad))["message"]!);
        Assert.Equal((HttpStatusCode)429, tines.StatusCode);
    }

    [Fact]
    public async Task Rate_limit_storm_with_seconds_sends_that_retry_after()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add("429storm:40"));
        var cad = await h.V2Async("GET", "/v2/general/version");

        Assert.Equal((HttpStatusCode)429, cad.StatusCode);
        Assert.Equal("40", Assert.Single(cad.Headers.GetValues("Retry-After")));
        Assert.Equal("429storm:40", h.Emulator.Faults.Current.ToString());
    }

    [Fact]
    public async Task Faults_change_at_run_time_and_never_touch_the_inspection_routes()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Apply("notenabled,5xx:1");
        Assert.Equal("5xx:1,notenabled", h.Emulator.Faults.Current.ToString());
        Assert.Equal(HttpStatusCode.OK, (await h.Http.GetAsync("/_emulator/state")).StatusCode);

        h.Emulator.Faults.Set("notenabled");
        var v2 = await h.V2Async("GET", "/v2/general/version");
        var v1 = await h.V1Async("/general/get_version", "GET_VERSION", new JsonArray());
        Assert.Equal(HttpStatusCode.Forbidden, v2.StatusCode);
        Assert.Equal("API IS NOT ENABLED FOR THIS COMMUNITY", await v1.Content.ReadAsStringAsync());

        h.Emulator.Faults.Clear();
        Assert.Equal(HttpStatusCode.OK, (await h.V2Async("GET", "/v2/general/version")).StatusCode);
        Assert.True(h.Emulator.Faults.Current.IsEmpty);
    }

    [Fact]
    public void Profile_parses_every_kind_and_prints_canonically()
    {
        var profile = FaultProfile.Parse(new[] { "5xx:0.2, latency:800", "hang:0.1,drop:0.1", "malformed:0.1,outage:120-300,429storm,notenabled" });

        Assert.Equal(0.2, profile.ServerErrorRate);
        Assert.Equal(TimeSpan.FromMilliseconds(800), profile.Latency);
        Assert.Equal(0.1, profile.HangRate);
        Assert.Equal(0.1, profile.DropRate);
        Assert.Equal(0.1, profile.MalformedRate);
        Assert.Equal(new OutageWindow(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(300)), Assert.Single(profile.Outages));
        Assert.True(profile.RateLimitStorm);
        Assert.True(profile.NotEnabled);
        Assert.Equal("5xx:0.2,latency:800,hang:0.1,drop:0.1,malformed:0.1,outage:120-300,429storm,notenabled", profile.ToString());
        Assert.Equal(1.0, FaultProfile.Parse("hang").HangRate);
        Assert.True(FaultProfile.Parse("5xx:1,none").IsEmpty);
    }

    [Theory]
    [InlineData("5xx:2")]
    [InlineData("latency")]
    [InlineData("latency:fast")]
    [InlineData("outage:300-120")]
    [InlineData("outage:5")]
    [InlineData("explode")]
    [InlineData("429storm:soon")]
    [InlineData("429storm:-1")]
    public void Profile_rejects_bad_tokens_naming_them(string token)
    {
        var error = Assert.Throws<FormatException>(() => FaultProfile.Parse(token));
        Assert.Contains(token, error.Message);
    }
}
