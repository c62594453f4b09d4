using System.Text.RegularExpressions;

namespace SonoranFiveM.IntegrationTests.Emulator;

public sealed class QuickBloxTests
{
    [Fact]
    public async Task Create_get_delete_round_trip()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var auth = "ApiKey " + h.Emulator.Options.QuickBloxApiKey;

        var created = await h.SendAsync("POST", "/data/CadRecord.json", auth, new JsonObject { ["plate"] = "ABC123", ["ttl_minutes"] = 30 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var record = await EmulatorHarness.ReadJsonAsync(created);
        var id = (string)record["_id"]!;
        Assert.Matches(new Regex("^[0-9a-f]{24}$"), id);
        Assert.Equal("ABC123", (string)record["plate"]!);
        Assert.Equal(h.Time.GetUtcNow().ToUnixTimeSeconds(), (long)record["created_at"]!);
        Assert.Equal("owner", (string)record["permissions"]!["delete"]!["access"]!);
        Assert.Equal("CadRecord", Assert.Single(h.Emulator.State.QuickBloxRecords).ClassName);

        var got = await h.SendAsync("GET", $"/data/CadRecord/{id}.json", auth);
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        var list = await EmulatorHarness.ReadJsonAsync(got);
        Assert.Equal(id, (string)list["items"]![0]!["_id"]!);

        var deleted = await h.SendAsync("DELETE", $"/data/CadRecord/{id}.json", auth);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Empty(h.Emulator.State.QuickBloxRecords);
        var missing = await h.SendAsync("GET", $"/data/CadRecord/{id}.json", auth);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.NotNull((await EmulatorHarness.ReadJsonAsync(missing))["errors"]);
        Assert.Equal(HttpStatusCode.NotFound, (await h.SendAsync("DELETE", $"/data/CadRecord/{id}.json", auth)).StatusCode);
    }

    [Fact]
    public async Task Multi_create_takes_an_index_keyed_object_and_rejects_an_array()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var auth = "ApiKey " + h.Emulator.Options.QuickBloxApiKey;

        var multi = await h.SendAsync("POST", "/data/CadRecord/multi.json", auth, new JsonObject
        {
            ["record"] = new JsonObject { ["0"] = new JsonObject { ["plate"] = "A" }, ["1"] = new JsonObject { ["plate"] = "B" } },
        });
        var array = await h.SendAsync("POST", "/data/CadRecord/multi.json", auth, new JsonObject
        {
            ["record"] = new JsonArray(new JsonObject { ["plate"] = "C" }),
        });

        Assert.Equal(HttpStatusCode.Created, multi.StatusCode);
        var json = await EmulatorHarness.ReadJsonAsync(multi);
        Assert.Equal("CadRecord", (string)json["class_name"]!);
        Assert.Equal(new[] { "A", "B" }, json["items"]!.AsArray().Select(i => (string)i!["plate"]!).ToArray());
        Assert.Equal((HttpStatusCode)422, array.StatusCode);
        Assert.Equal(2, h.Emulator.State.QuickBloxRecords.Count);
    }

    [Fact]
    public async Task Reserved_fields_are_422()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.SendAsync("POST", "/data/CadRecord.json", "ApiKey " + h.Emulator.Options.QuickBloxApiKey,
            new JsonObject { ["_id"] = "x", ["plate"] = "A" });
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("_id", (await EmulatorHarness.ReadJsonAsync(response))["errors"]![0]!.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer emulator-quickblox-key")]
    [InlineData("ApiKey wrong")]
    public async Task Bad_or_missing_key_is_401_errors(string? authorization)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.SendAsync("POST", "/data/CadRecord.json", authorization, new JsonObject { ["plate"] = "A" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotNull((await EmulatorHarness.ReadJsonAsync(response))["errors"]);
    }

    [Fact]
    public async Task Per_second_limit_is_429()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.QuickBloxRequestsPerSecond = 1);
        var auth = "ApiKey " + h.Emulator.Options.QuickBloxApiKey;
        Assert.Equal(HttpStatusCode.Created, (await h.SendAsync("POST", "/data/C.json", auth, new JsonObject { ["a"] = 1 })).StatusCode);
        Assert.Equal((HttpStatusCode)429, (await h.SendAsync("POST", "/data/C.json", auth, new JsonObject { ["a"] = 2 })).StatusCode);
        h.Time.Advance(System.TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Created, (await h.SendAsync("POST", "/data/C.json", auth, new JsonObject { ["a"] = 3 })).StatusCode);
    }
}
