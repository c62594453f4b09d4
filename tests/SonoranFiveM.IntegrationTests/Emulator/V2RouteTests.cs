namespace SonoranFiveM.IntegrationTests.Emulator;

public sealed class V2RouteTests
{
    [Fact]
    public async Task Update_unit_locations_moves_known_units_and_stamps_the_emulator_time()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("license:aaa", name: "Officer A");
        h.Emulator.State.AddUnit("license:bbb");

        var response = await h.V2Async("PATCH", "/v2/emergency/servers/1/unit-locations", new JsonObject
        {
            ["updates"] = new JsonArray(
                new JsonObject
                {
                    ["communityUserId"] = "license:aaa",
                    ["location"] = "Mission Row",
                    ["coordinates"] = new JsonObject { ["x"] = 441.2, ["y"] = -981.9, ["z"] = 30.7, ["w"] = 90.0 },
                },
                new JsonObject { ["communityUserId"] = "license:nobody", ["location"] = "Nowhere" }),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int)(await EmulatorHarness.ReadJsonAsync(response))["updated"]!);
        var unit = h.Emulator.State.FindUnit("license:aaa")!;
        Assert.Equal("Mission Row", unit.Location);
        Assert.Equal(441.2, unit.Coordinates!.X);
        Assert.Equal(90.0, unit.Coordinates.W);
        Assert.Equal(h.Time.GetUtcNow(), unit.LastLocationUpdate);
        Assert.Null(h.Emulator.State.FindUnit("license:bbb")!.LastLocationUpdate);
        Assert.Equal(1, h.Emulator.State.Counters["locations.unknownUnit"]);
    }

    [Fact]
    public async Task Update_unit_locations_rejects_flat_coordinates_and_missing_updates()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var flat = await h.V2Async("PATCH", "/v2/emergency/servers/1/unit-locations", new JsonObject
        {
            ["updates"] = new JsonArray(new JsonObject { ["communityUserId"] = "u", ["x"] = 1.0, ["y"] = 2.0 }),
        });
        var missing = await h.V2Async("PATCH", "/v2/emergency/servers/1/unit-locations", new JsonObject { ["update"] = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, flat.StatusCode);
        Assert.Equal("application/problem+json", flat.Content.Headers.ContentType!.MediaType);
        Assert.Contains("coordinates", (string)(await EmulatorHarness.ReadJsonAsync(flat))["detail"]!);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task Heartbeat_is_recorded_per_server()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V2Async("POST", "/v2/general/servers/1/heartbeat", new { playerCount = 42 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await EmulatorHarness.ReadJsonAsync(response);
        Assert.Equal(1, (int)json["serverId"]!);
        Assert.Equal(42, (int)json["playerCount"]!);
        Assert.Equal("2026-03-01T12:00:00Z", (string)json["receivedAtUtc"]!);
        Assert.Equal(42, h.Emulator.State.Heartbeats[1].PlayerCount);
        Assert.Equal(HttpStatusCode.BadRequest, (await h.V2Async("POST", "/v2/general/servers/1/heartbeat", new { players = 1 })).StatusCode);
    }

    [Fact]
    public async Task Create_911_call_stores_it_and_answers_the_call_id()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", new JsonObject
        {
            ["isEmergency"] = true,
            ["caller"] = "Jane Doe",
            ["location"] = "Innocence Blvd",
            ["description"] = "Shots fired",
            ["metaData"] = new JsonObject { ["x"] = "425.1", ["y"] = "-979.2", ["postal"] = "9001" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await EmulatorHarness.ReadJsonAsync(response);
        var callId = (int)json["callId"]!;
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.Equal(callId, call.CallId);
        Assert.Equal("Shots fired", call.Description);
        Assert.Equal("9001", call.MetaData["postal"]);
        Assert.Null(call.ExpiresAt);
    }

    [Theory]
    [InlineData("{\"isEmergency\":true,\"caller\":\"a\",\"location\":\"b\",\"description\":\"c\",\"metaData\":{\"x\":425.1}}", "metaData.x")]
    [InlineData("{\"caller\":\"a\",\"location\":\"b\",\"description\":\"c\"}", "isEmergency")]
    [InlineData("{\"isEmergency\":true,\"location\":\"b\",\"description\":\"c\"}", "caller")]
    [InlineData("{\"isEmergency\":true,\"caller\":\"a\",\"location\":\"b\",\"description\":\"c\",\"deleteAfterMinutes\":\"15\"}", "deleteAfterMinutes")]
    [InlineData("not json", "JSON")]
    public async Task Create_911_call_rejects_bad_bodies_with_problem_json(string body, string mentioned)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await EmulatorHarness.ReadJsonAsync(response);
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Contains(mentioned, (string)problem["detail"]!);
        Assert.Empty(h.Emulator.State.Calls);
    }

    [Fact]
    public async Task Remove_911_call_deletes_it_and_404s_an_unknown_one()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var created = await EmulatorHarness.ReadJsonAsync(await h.V2Async("POST", "/v2/emergency/servers/1/calls/911",
            new { isEmergency = false, caller = "a", location = "b", description = "c" }));
        var callId = (int)created["callId"]!;

        var removed = await h.V2Async("DELETE", $"/v2/emergency/servers/1/calls/911/{callId}");
        var again = await h.V2Async("DELETE", $"/v2/emergency/servers/1/calls/911/{callId}");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var json = await EmulatorHarness.ReadJsonAsync(removed);
        Assert.Equal(callId, (int)json["callId"]!);
        Assert.Equal(1, (int)json["serverId"]!);
        Assert.Empty(h.Emulator.State.Calls);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Set_unit_panic_by_community_user_ids_array()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("license:aaa");
        h.Emulator.State.AddUnit("license:bbb");

        var response = await h.V2Async("PATCH", "/v2/emergency/servers/1/units/panic",
            new JsonObject { ["communityUserIds"] = new JsonArray("license:aaa", "license:bbb"), ["isPanic"] = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await EmulatorHarness.ReadJsonAsync(response);
        Assert.Equal(2, (int)json["updated"]!);
        Assert.True((bool)json["isPanic"]!);
        Assert.All(h.Emulator.State.Units, u => Assert.True(u.IsPanic));
    }

    [Fact]
    public async Task Set_unit_panic_rejects_community_user_ids_as_a_string()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("player-1234");
        var response = await h.V2Async("PATCH", "/v2/emergency/servers/1/units/panic",
            new JsonObject { ["communityUserIds"] = "player-1234", ["isPanic"] = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("array", (string)(await EmulatorHarness.ReadJsonAsync(response))["detail"]!);
        Assert.False(h.Emulator.State.FindUnit("player-1234")!.IsPanic);
    }

    [Fact]
    public async Task Set_unit_status_answers_the_status_name()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("license:aaa");

        var response = await h.V2Async("PATCH", "/v2/emergency/servers/1/units/status",
            new JsonObject { ["communityUserId"] = "license:aaa", ["status"] = 3 });
        var bad = await h.V2Async("PATCH", "/v2/emergency/servers/1/units/status",
            new JsonObject { ["communityUserId"] = "license:aaa", ["status"] = 7 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await EmulatorHarness.ReadJsonAsync(response);
        Assert.Equal(1, (int)json["updated"]!);
        Assert.Equal("ENROUTE", (string)json["status"]!);
        Assert.Equal(3, h.Emulator.State.FindUnit("license:aaa")!.Status);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Create_record_by_dictionary_and_raw_forms_then_delete()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var dictionary = await h.V2Async("POST", "/v2/general/records", new JsonObject
        {
            ["communityUserId"] = "license:aaa",
            ["useDictionary"] = true,
            ["recordTypeId"] = 12,
            ["replaceValues"] = new JsonObject { ["plate"] = "ABC123" },
            ["deleteAfterMinutes"] = 30,
        });
        var raw = await h.V2Async("POST", "/v2/general/records", new JsonObject
        {
            ["communityUserId"] = "license:aaa",
            ["record"] = new JsonObject { ["type"] = 9, ["name"] = "Incident Report", ["sections"] = new JsonArray() },
        });

        Assert.Equal(HttpStatusCode.OK, dictionary.StatusCode);
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        var first = await EmulatorHarness.ReadJsonAsync(dictionary);
        Assert.Equal(12, (int)first["recordTypeId"]!);
        Assert.Equal("Incident Report", (string)(await EmulatorHarness.ReadJsonAsync(raw))["name"]!);
        Assert.Equal(2, h.Emulator.State.Records.Count);
        var id = (int)first["id"]!;
        Assert.Equal("ABC123", h.Emulator.State.FindRecord(id)!.ReplaceValues!["plate"]);

        var deleted = await h.V2Async("DELETE", $"/v2/general/records/{id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(id, (int)(await EmulatorHarness.ReadJsonAsync(deleted))["recordId"]!);
        Assert.Null(h.Emulator.State.FindRecord(id));
        Assert.Equal(HttpStatusCode.NotFound, (await h.V2Async("DELETE", $"/v2/general/records/{id}")).StatusCode);
    }

    [Fact]
    public async Task Create_record_rejects_two_alternative_targets_and_a_missing_form()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var twoTargets = await h.V2Async("POST", "/v2/general/records", new JsonObject
        {
            ["roblox"] = 1, ["discord"] = "d", ["useDictionary"] = true, ["recordTypeId"] = 1, ["replaceValues"] = new JsonObject(),
        });
        var noForm = await h.V2Async("POST", "/v2/general/records", new JsonObject { ["communityUserId"] = "u" });

        Assert.Equal(HttpStatusCode.BadRequest, twoTargets.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noForm.StatusCode);
        Assert.Empty(h.Emulator.State.Records);
    }

    [Fact]
    public async Task Get_active_units_pages_and_filters()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.RateLimitsEnabled = false);
        for (var i = 0; i < 5; i++) h.Emulator.State.AddUnit($"license:{i}", unitNum: $"A-{i}");
        h.Emulator.State.AddUnit("license:dispatch", isDispatch: true);
        h.Emulator.State.AddUnit("license:off", status: 100);

        var page = await h.V2Async("GET", "/v2/emergency/servers/1/units?includeOffline=false&onlyUnits=true&limit=2&offset=1");
        var all = await h.V2Async("GET", "/v2/emergency/servers/1/units?includeOffline=true&onlyUnits=false&limit=100&offset=0");
        var badLimit = await h.V2Async("GET", "/v2/emergency/servers/1/units?limit=500");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var units = (await EmulatorHarness.ReadJsonAsync(page)).AsArray();
        Assert.Equal(new[] { "license:1", "license:2" }, units.Select(u => (string)u!["data"]!["communityUserId"]!).ToArray());
        Assert.Equal("A-1", (string)units[0]!["data"]!["unitNum"]!);
        Assert.Equal(7, (await EmulatorHarness.ReadJsonAsync(all)).AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
    }

    [Fact]
    public async Task Get_version_answers_the_plan()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.PlanVersion = 4);
        var json = await EmulatorHarness.ReadJsonAsync(await h.V2Async("GET", "/v2/general/version"));
        Assert.Equal(4, (int)json["version"]!);
        Assert.Equal("PRO", (string)json["name"]!);
    }

    [Fact]
    public async Task Unknown_server_id_is_404_problem_json()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.ServerIds.Add(2));
        var unknown = await h.V2Async("POST", "/v2/general/servers/7/heartbeat", new { playerCount = 1 });
        var second = await h.V2Async("POST", "/v2/general/servers/2/heartbeat", new { playerCount = 1 });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
        Assert.Contains("7", (string)(await EmulatorHarness.ReadJsonAsync(unknown))["detail"]!);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

}
