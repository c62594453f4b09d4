using SonoranFiveM.Emulator.State;

namespace SonoranFiveM.IntegrationTests.Emulator;

public sealed class ExpiryTests
{
    [Fact]
    public async Task A_911_call_with_delete_after_minutes_disappears_when_due_by_the_fake_clock()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.V2Async("POST", "/v2/emergency/servers/1/calls/911",
            new { isEmergency = true, caller = "a", location = "b", description = "c", deleteAfterMinutes = 15 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.Equal(h.Time.GetUtcNow().AddMinutes(15), call.ExpiresAt);

        h.Time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Single(h.Emulator.State.Calls);

        h.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(h.Emulator.State.Calls);
        Assert.Equal(1, h.Emulator.State.Counters[EmulatorCounters.CallsExpired]);
        var removeLate = await h.V2Async("DELETE", $"/v2/emergency/servers/1/calls/911/{call.CallId}");
        Assert.Equal(HttpStatusCode.NotFound, removeLate.StatusCode);
    }

    [Fact]
    public async Task A_v1_record_with_delete_after_minutes_expires_and_a_permanent_one_stays()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.V1Async("/general/new_record", "NEW_RECORD", new JsonArray(
            new JsonObject { ["user"] = "u", ["useDictionary"] = true, ["recordTypeId"] = 7, ["replaceValues"] = new JsonObject(), ["deleteAfterMinutes"] = 30 },
            new JsonObject { ["user"] = "u", ["useDictionary"] = true, ["recordTypeId"] = 7, ["replaceValues"] = new JsonObject() }));
        Assert.Equal(2, h.Emulator.State.Records.Count);

        h.Time.Advance(TimeSpan.FromMinutes(30));

        var left = Assert.Single(h.Emulator.State.Records);
        Assert.Null(left.ExpiresAt);
        Assert.Equal(1, h.Emulator.State.Counters[EmulatorCounters.RecordsExpired]);
    }
}
