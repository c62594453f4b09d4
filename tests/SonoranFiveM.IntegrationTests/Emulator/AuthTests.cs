namespace SonoranFiveM.IntegrationTests.Emulator;

public sealed class AuthTests
{
    [Theory]
    [InlineData(null, "Missing Authorization header.")]
    [InlineData("Basic dGVzdA==", "Authorization header must use the Bearer scheme.")]
    [InlineData("Bearer not-the-key", "Invalid API key.")]
    public async Task V2_auth_failures_are_401_problem_json(string? authorization, string detail)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V2Async("POST", "/v2/emergency/servers/1/calls/911",
            new { isEmergency = true, caller = "a", location = "b", description = "c" }, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await EmulatorHarness.ReadJsonAsync(response);
        Assert.Equal(401, (int)problem["status"]!);
        Assert.Equal("Unauthorized", (string)problem["title"]!);
        Assert.Equal(detail, (string)problem["detail"]!);
        Assert.Equal("/v2/emergency/servers/1/calls/911", (string)problem["instance"]!);
        Assert.Empty(h.Emulator.State.Calls);
    }

    [Theory]
    [InlineData(EmulatorHarness.CommunityId, "wrong-key", "INVALID API KEY")]
    [InlineData("other-community", EmulatorHarness.ApiKey, "INVALID COMMUNITY ID")]
    public async Task V1_auth_failures_are_400_text(string id, string key, string text)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V1Async("/general/get_version", "GET_VERSION", new JsonArray(), key, id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task V1_type_that_does_not_match_the_route_is_invalid_request_type()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V1Async("/general/get_version", "GET_VERSIONS", new JsonArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID REQUEST TYPE", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_not_enabled_option_answers_both_versions()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.ApiEnabled = false);
        var v1 = await h.V1Async("/general/get_version", "GET_VERSION", new JsonArray());
        var v2 = await h.V2Async("GET", "/v2/general/version");

        Assert.Equal(HttpStatusCode.BadRequest, v1.StatusCode);
        Assert.Equal("API IS NOT ENABLED FOR THIS COMMUNITY", await v1.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, v2.StatusCode);
        Assert.Contains("not enabled", (string)(await EmulatorHarness.ReadJsonAsync(v2))["detail"]!);
    }
}
