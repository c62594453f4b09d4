namespace SonoranFiveM.IntegrationTests.Emulator;

public sealed class InspectionTests
{
    [Fact]
    public async Task State_endpoint_shows_state_and_counters_but_never_a_key()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("license:aaa");
        await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", new { isEmergency = true, caller = "a", location = "b", description = "c" });
        await h.V1Async("/general/get_version", "GET_VERSION", new JsonArray());

        var response = await h.Http.GetAsync("/_emulator/state");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(text)!;
        Assert.Equal(EmulatorHarness.CommunityId, (string)json["communityId"]!);
        Assert.Single(json["units"]!.AsArray());
        Assert.Single(json["calls"]!.AsArray());
        Assert.Equal(1, (int)json["counters"]!["calls.created"]!);
        Assert.DoesNotContain(EmulatorHarness.ApiKey, text);
        Assert.DoesNotContain(h.Emulator.Options.TinesApiKey, text);
        Assert.DoesNotContain(h.Emulator.Options.QuickBloxApiKey, text);
    }

    [Fact]
    public async Task Request_log_masks_keys_in_headers_and_v1_bodies()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.V2Async("GET", "/v2/general/version");
        await h.V1Async("/general/get_version", "GET_VERSION", new JsonArray());

        var entries = h.Emulator.Requests.Entries;
        Assert.Equal(new[] { EndpointNames.GetVersion, EndpointNames.GetVersion }, entries.Select(e => e.Endpoint).ToArray());
        Assert.Equal(new[] { EmulatorApi.CadV2, EmulatorApi.CadV1 }, entries.Select(e => e.Api).ToArray());
        Assert.Equal("Bearer ***", entries[0].Headers["Authorization"]);
        Assert.Equal(h.Time.GetUtcNow(), entries[0].Time);
        Assert.Contains("\"key\":\"***\"", entries[1].Body);

        var text = await (await h.Http.GetAsync("/_emulator/requests")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(EmulatorHarness.ApiKey, text);
        Assert.Equal(2, JsonNode.Parse(text)!.AsArray().Count);
    }
}
