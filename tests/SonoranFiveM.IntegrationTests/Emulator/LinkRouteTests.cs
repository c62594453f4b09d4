namespace SonoranFiveM.IntegrationTests.Emulator;

/// <summary>The emulator's account-link routes follow the v2 OpenAPI (createCommunityLink, checkCommunityLink) and the 30/min limit.</summary>
public sealed class LinkRouteTests
{
    [Fact]
    public async Task A_code_is_made_checked_and_verified_as_the_website_would()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var created = await EmulatorHarness.ReadJsonAsync(await h.V2Async("POST", "/v2/general/links", new { communityUserId = "abc" }));
        var code = (string)created["code"]!;
        Assert.Matches("^[A-Z2-9]{4}$", code);
        Assert.Equal("abc", (string)created["communityUserId"]!);
        Assert.Equal(600, (int)created["expiresInSeconds"]!);
        Assert.Equal(h.Time.GetUtcNow().AddSeconds(600), DateTimeOffset.Parse((string)created["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Guid.TryParse((string)created["communityUuid"]!, out _));

        var before = await EmulatorHarness.ReadJsonAsync(await h.V2Async("POST", "/v2/general/links/check", new { communityUserId = "abc" }));
        Assert.False((bool)before["linked"]!);
        Assert.Null(before["accountUuid"]);

        Assert.Equal(HttpStatusCode.OK, (await h.SendAsync("POST", "/_emulator/links/verify", null, new { code })).StatusCode);
        var after = await EmulatorHarness.ReadJsonAsync(await h.V2Async("POST", "/v2/general/links/check", new { communityUserId = "abc" }));
        Assert.True((bool)after["linked"]!);
        Assert.True(Guid.TryParse((string)after["accountUuid"]!, out _));

        // A code works once.
        Assert.Equal(HttpStatusCode.NotFound, (await h.SendAsync("POST", "/_emulator/links/verify", null, new { code })).StatusCode);
    }

    [Fact]
    public async Task An_expired_or_replaced_code_cannot_be_verified()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var first = (string)(await EmulatorHarness.ReadJsonAsync(await h.V2Async("POST", "/v2/general/links", new { communityUserId = "abc" })))["code"]!;
        var second = (string)(await EmulatorHarness.ReadJsonAsync(await h.V2Async("POST", "/v2/general/links", new { communityUserId = "abc" })))["code"]!;
        Assert.Equal(HttpStatusCode.NotFound, (await h.SendAsync("POST", "/_emulator/links/verify", null, new { code = first })).StatusCode);

        h.Time.Advance(TimeSpan.FromSeconds(600));
        Assert.Equal(HttpStatusCode.NotFound, (await h.SendAsync("POST", "/_emulator/links/verify", null, new { code = second })).StatusCode);
    }

    [Theory]
    [InlineData("/v2/general/links")]
    [InlineData("/v2/general/links/check")]
    public async Task Both_routes_need_the_bearer_key_and_a_community_user_id_and_allow_30_a_minute(string path)
    {
        await using var h = await EmulatorHarness.StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.V2Async("POST", path, new { communityUserId = "abc" }, authorization: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.V2Async("POST", path, new { communityUserId = "abc" }, authorization: "Bearer wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await h.V2Async("POST", path, new { communityUserId = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await h.V2Async("POST", path, new { communityUserId = new string('x', 256) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await h.V2Async("POST", path, new { communityUserId = 5 })).StatusCode);

        h.Emulator.ResetRateLimits();
        for (var i = 0; i < 30; i++) Assert.Equal(HttpStatusCode.OK, (await h.V2Async("POST", path, new { communityUserId = "abc" })).StatusCode);
        Assert.Equal((HttpStatusCode)429, (await h.V2Async("POST", path, new { communityUserId = "abc" })).StatusCode);
    }
}
