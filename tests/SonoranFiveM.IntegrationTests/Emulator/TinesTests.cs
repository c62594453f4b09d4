namespace SonoranFiveM.IntegrationTests.Emulator;

public sealed class TinesTests
{
    private static JsonObject Record() => new()
    {
        ["record_type_id"] = "1097",
        ["field_values"] = new JsonArray(
            new JsonObject { ["field_id"] = "5999", ["value"] = "john@example.com" },
            new JsonObject { ["field_id"] = 5996, ["value"] = "High" }),
        ["case_ids"] = new JsonArray("14", 19),
    };

    [Fact]
    public async Task Create_get_delete_round_trip()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var auth = "Bearer " + h.Emulator.Options.TinesApiKey;

        var created = await h.SendAsync("POST", "/api/v1/records", auth, Record());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await EmulatorHarness.ReadJsonAsync(created);
        var id = (long)json["id"]!;
        Assert.Equal(1097, (long)json["record_type"]!["id"]!);
        Assert.Equal("5999", (string)json["records"]![0]!["field_id"]!);
        Assert.Equal("john@example.com", (string)json["records"]![0]!["value"]!);
        Assert.Equal(new long[] { 14, 19 }, json["case_ids"]!.AsArray().GetValues<long>());
        Assert.Equal("2026-03-01T12:00:00Z", (string)json["created_at"]!);
        Assert.Equal(id, (long)json["result"]!["id"]!);
        Assert.Single(h.Emulator.State.TinesRecords);

        var got = await h.SendAsync("GET", $"/api/v1/records/{id}", auth);
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal(id, (long)(await EmulatorHarness.ReadJsonAsync(got))["id"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await h.SendAsync("GET", $"/api/v1/records/{id}?record_type_id=1", auth)).StatusCode);

        var deleted = await h.SendAsync("DELETE", $"/api/v1/records/{id}", auth);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await deleted.Content.ReadAsStringAsync());
        Assert.Empty(h.Emulator.State.TinesRecords);
        Assert.Equal(HttpStatusCode.NotFound, (await h.SendAsync("GET", $"/api/v1/records/{id}", auth)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await h.SendAsync("DELETE", $"/api/v1/records/{id}", auth)).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer emulator-api-key")]
    [InlineData("ApiKey emulator-tines-key")]
    public async Task Bad_or_missing_key_is_401(string? authorization)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.SendAsync("POST", "/api/v1/records", authorization, Record());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(h.Emulator.State.TinesRecords);
    }

    [Fact]
    public async Task Bad_body_is_400()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.SendAsync("POST", "/api/v1/records", "Bearer " + h.Emulator.Options.TinesApiKey,
            new JsonObject { ["record_type_id"] = "1", ["field_values"] = new JsonArray(new JsonObject { ["value"] = "x" }) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field_id", (string)(await EmulatorHarness.ReadJsonAsync(response))["error"]!);
    }

    [Fact]
    public async Task Records_limit_per_minute_is_enforced()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.TinesRecordsPerMinute = 2);
        var auth = "Bearer " + h.Emulator.Options.TinesApiKey;
        Assert.Equal(HttpStatusCode.NotFound, (await h.SendAsync("GET", "/api/v1/records/1", auth)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await h.SendAsync("POST", "/api/v1/records", auth, Record())).StatusCode);

        var limited = await h.SendAsync("POST", "/api/v1/records", auth, Record());

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }
}
