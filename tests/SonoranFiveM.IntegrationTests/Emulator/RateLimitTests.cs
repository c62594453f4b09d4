using SonoranFiveM.Emulator.RateLimiting;

namespace SonoranFiveM.IntegrationTests.Emulator;

public sealed class RateLimitTests
{
    private static readonly object Call = new { isEmergency = true, caller = "a", location = "b", description = "c" };

    [Fact]
    public async Task Eleventh_911_call_in_a_minute_is_429_gateway_json_with_retry_after_then_allowed_after_60s()
    {
        await using var h = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call)).StatusCode);
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var limited = await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call);

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal("application/json", limited.Content.Headers.ContentType!.MediaType);
        var body = await EmulatorHarness.ReadJsonAsync(limited);
        Assert.Equal("API rate limit exceeded", (string)body["message"]!);
        Assert.False(string.IsNullOrEmpty((string?)body["request_id"]));
        // The first call was 10 s ago: its slot frees in 50 s.
        Assert.Equal("50", string.Join(",", limited.Headers.GetValues("Retry-After")));
        Assert.Equal(10, h.Emulator.State.Calls.Count);

        h.Time.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(HttpStatusCode.OK, (await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call)).StatusCode);
        Assert.Equal((HttpStatusCode)429, (await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call)).StatusCode);
        h.Time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.OK, (await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call)).StatusCode);
    }

    [Fact]
    public async Task Retry_after_can_be_switched_off()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.SendRetryAfter = false);
        for (var i = 0; i < 10; i++) await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call);

        var limited = await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", Call);

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.False(limited.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task V1_and_v2_forms_share_one_limit_per_endpoint_and_v1_gets_429_too()
    {
        await using var h = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await h.V2Async("GET", "/v2/emergency/servers/1/units")).StatusCode);

        var v1 = await h.V1Async("/emergency/get_active_units", "GET_ACTIVE_UNITS", new JsonArray(new JsonObject { ["serverId"] = 1 }));
        var otherEndpoint = await h.V2Async("GET", "/v2/general/version");

        Assert.Equal((HttpStatusCode)429, v1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherEndpoint.StatusCode);
    }

    [Theory]
    [InlineData(EndpointNames.UpdateUnitLocations, 12)]
    [InlineData(EndpointNames.Heartbeat, 10)]
    [InlineData(EndpointNames.Create911Call, 10)]
    [InlineData(EndpointNames.Remove911Call, 10)]
    [InlineData(EndpointNames.SetUnitPanic, 20)]
    [InlineData(EndpointNames.SetUnitStatus, 30)]
    [InlineData(EndpointNames.CreateRecord, 30)]
    [InlineData(EndpointNames.DeleteRecord, 10)]
    [InlineData(EndpointNames.GetActiveUnits, 3)]
    [InlineData(EndpointNames.GetVersion, 10)]
    public void Documented_limits_per_minute(string endpoint, int limit) =>
        Assert.Equal(limit, EndpointLimits.CadPerMinute[endpoint]);

    [Fact]
    public async Task Heartbeat_limit_is_enforced_at_its_documented_value()
    {
        await using var h = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await h.V2Async("POST", "/v2/general/servers/1/heartbeat", new { playerCount = i })).StatusCode);
        }

        Assert.Equal((HttpStatusCode)429, (await h.V2Async("POST", "/v2/general/servers/1/heartbeat", new { playerCount = 1 })).StatusCode);
    }

    [Fact]
    public async Task Rate_limits_can_be_switched_off_at_start_and_at_run_time()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.RateLimitsEnabled = false);
        for (var i = 0; i < 12; i++) Assert.Equal(HttpStatusCode.OK, (await h.V2Async("GET", "/v2/general/version")).StatusCode);

        h.Emulator.RateLimits.Enabled = true;
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await h.V2Async("GET", "/v2/general/version")).StatusCode);
        Assert.Equal((HttpStatusCode)429, (await h.V2Async("GET", "/v2/general/version")).StatusCode);
    }

    [Fact]
    public void Sliding_window_counter_frees_slots_as_they_age_out()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var counter = new SlidingWindowCounter(2, TimeSpan.FromSeconds(60));

        Assert.True(counter.TryAcquire(start, out _));
        Assert.True(counter.TryAcquire(start.AddSeconds(30), out _));
        Assert.False(counter.TryAcquire(start.AddSeconds(45), out var wait));
        Assert.Equal(TimeSpan.FromSeconds(15), wait);
        Assert.True(counter.TryAcquire(start.AddSeconds(60), out _));
        Assert.Equal(2, counter.CountAt(start.AddSeconds(60)));
        Assert.Equal(1, counter.CountAt(start.AddSeconds(90)));
    }
}
