namespace SonoranFiveM.IntegrationTests.Emulator;

public sealed class V1RouteTests
{
    [Fact]
    public async Task Unit_location_updates_units_by_api_id()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("license:aaa", apiIds: new[] { "steam:110000100000001" });

        var response = await h.V1Async("/emergency/unit_location", "UNIT_LOCATION", new JsonArray(
            new JsonObject { ["apiId"] = "steam:110000100000001", ["location"] = "Vinewood", ["coordinates"] = new JsonObject { ["x"] = 1.5, ["y"] = -2.5 } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UNIT LOCATION UPDATED", await response.Content.ReadAsStringAsync());
        var unit = h.Emulator.State.FindUnit("license:aaa")!;
        Assert.Equal("Vinewood", unit.Location);
        Assert.Equal(-2.5, unit.Coordinates!.Y);
        Assert.Equal(h.Time.GetUtcNow(), unit.LastLocationUpdate);
    }

    [Fact]
    public async Task Unit_panic_and_status()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("license:aaa");

        var panic = await h.V1Async("/emergency/unit_panic", "UNIT_PANIC", new JsonArray(new JsonObject { ["apiId"] = "license:aaa", ["isPanic"] = true }));
        var status = await h.V1Async("/emergency/unit_status", "UNIT_STATUS", new JsonArray(new JsonObject { ["apiId"] = "license:aaa", ["status"] = 4, ["serverId"] = 1 }));

        Assert.Equal("UNIT PANIC UPDATED", await panic.Content.ReadAsStringAsync());
        Assert.Equal("UNIT STATUS UPDATED", await status.Content.ReadAsStringAsync());
        var unit = h.Emulator.State.FindUnit("license:aaa")!;
        Assert.True(unit.IsPanic);
        Assert.Equal(4, unit.Status);
    }

    [Fact]
    public async Task Call_911_answers_the_id_as_text_and_remove_911_deletes_it()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var created = await h.V1Async("/emergency/call_911", "CALL_911", new JsonArray(new JsonObject
        {
            ["serverId"] = 1, ["isEmergency"] = true, ["caller"] = "Bob", ["location"] = "Legion Square",
            ["description"] = "Fight", ["metaData"] = new JsonObject { ["x"] = 100.5, ["y"] = 200, ["postal"] = "101" },
            ["deleteAfterMinutes"] = 10,
        }));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var text = await created.Content.ReadAsStringAsync();
        Assert.StartsWith("EMERGENCY CALL ADDED ID: ", text);
        var callId = int.Parse(text["EMERGENCY CALL ADDED ID: ".Length..]);
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.Equal(callId, call.CallId);
        Assert.Equal("100.5", call.MetaData["x"]);
        Assert.Equal(EmulatorApi.CadV1, call.Via);

        var removed = await h.V1Async("/emergency/remove_911", "REMOVE_911", new JsonArray(new JsonObject { ["serverId"] = 1, ["callId"] = callId }));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(h.Emulator.State.Calls);
        var again = await h.V1Async("/emergency/remove_911", "REMOVE_911", new JsonArray(new JsonObject { ["serverId"] = 1, ["callId"] = callId }));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Call_911_with_missing_fields_is_400_text()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V1Async("/emergency/call_911", "CALL_911", new JsonArray(new JsonObject { ["serverId"] = 1, ["caller"] = "Bob" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("INVALID DATA", await response.Content.ReadAsStringAsync());
        Assert.Empty(h.Emulator.State.Calls);
    }

    [Fact]
    public async Task New_record_takes_several_records_in_one_data_array_and_remove_record_deletes_one()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V1Async("/general/new_record", "NEW_RECORD", new JsonArray(
            new JsonObject { ["user"] = "STEAM:1234", ["useDictionary"] = true, ["recordTypeId"] = 7, ["replaceValues"] = new JsonObject { ["first"] = "Brian" }, ["deleteAfterMinutes"] = 30 },
            new JsonObject { ["user"] = "STEAM:1234", ["useDictionary"] = true, ["recordTypeId"] = 7, ["replaceValues"] = new JsonObject { ["first"] = "Anna" } },
            new JsonObject { ["user"] = "STEAM:5678", ["record"] = new JsonObject { ["type"] = 3, ["name"] = "BOLO" } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = (await EmulatorHarness.ReadJsonAsync(response)).AsArray();
        Assert.Equal(3, created.Count);
        Assert.Equal(3, h.Emulator.State.Records.Count);
        Assert.Equal(new[] { "STEAM:1234", "STEAM:1234", "STEAM:5678" }, h.Emulator.State.Records.Select(r => r.Owner).ToArray());

        var id = (int)created[0]!["id"]!;
        var removed = await h.V1Async("/general/remove_record", "REMOVE_RECORD", new JsonArray(new JsonObject { ["id"] = id }));
        Assert.Equal($"REMOVED RECORD {id}", await removed.Content.ReadAsStringAsync());
        Assert.Equal(2, h.Emulator.State.Records.Count);
    }

    [Fact]
    public async Task New_record_with_one_item_answers_one_record_object()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V1Async("/general/new_record", "NEW_RECORD", new JsonArray(
            new JsonObject { ["user"] = "STEAM:1", ["useDictionary"] = true, ["recordTypeId"] = 7, ["replaceValues"] = new JsonObject { ["first"] = "A" } }));
        var json = await EmulatorHarness.ReadJsonAsync(response);
        Assert.IsType<JsonObject>(json);
        Assert.Equal(7, (int)json["recordTypeId"]!);
    }

    [Fact]
    public async Task Heartbeat_takes_the_legacy_object_payload()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V1Async("/general/heartbeat", "HEARTBEAT",
            new JsonObject { ["serverId"] = 1, ["playerCount"] = 12, ["coreVersion"] = "1.0", ["plugins"] = new JsonArray() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(12, h.Emulator.State.Heartbeats[1].PlayerCount);
    }

    [Fact]
    public async Task Get_active_units_answers_a_json_array_and_get_version_the_plan_number()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("license:aaa");
        h.Emulator.State.AddUnit("license:bbb");

        var units = await h.V1Async("/emergency/get_active_units", "GET_ACTIVE_UNITS",
            new JsonArray(new JsonObject { ["serverId"] = 1, ["onlyUnits"] = true, ["includeOffline"] = false, ["limit"] = 1, ["offset"] = 1 }));
        var version = await h.V1Async("/general/get_version", "GET_VERSION", new JsonArray());

        var array = (await EmulatorHarness.ReadJsonAsync(units)).AsArray();
        Assert.Equal("license:bbb", (string)Assert.Single(array)!["data"]!["communityUserId"]!);
        Assert.Equal("3", await version.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/emergency/911_call")]
    [InlineData("/general/unit_location")]
    [InlineData("/nothing/here")]
    public async Task Unknown_route_answers_200_backend_service_reached(string route)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V1Async(route, "911_CALL", new JsonArray(), key: "wrong");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Backend Service Reached", await response.Content.ReadAsStringAsync());
        Assert.Equal(EndpointNames.V1Unknown, h.Emulator.Requests.Entries.Last().Endpoint);
    }
}
