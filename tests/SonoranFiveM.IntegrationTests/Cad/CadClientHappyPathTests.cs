using System.Text.Json;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Emulator.State;
using UnitStatuses = SonoranFiveM.Emulator.State.UnitStatuses;

namespace SonoranFiveM.IntegrationTests.Cad;

/// <summary>Every <c>ICadApi</c> operation, v2 and v1, over real HTTP: the emulated CAD's state changes as intended.</summary>
public sealed class CadClientHappyPathTests
{
    private static EmulatorApi Api(string version) => version == "v2" ? EmulatorApi.CadV2 : EmulatorApi.CadV1;

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task Unit_locations_move_every_unit_in_the_batch_with_one_request(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        h.Emulator.State.AddUnit("license:abc");
        h.Emulator.State.AddUnit("license:def");
        var cad = h.Client(version);

        var result = await cad.UpdateUnitLocationsAsync(new[]
        {
            new UnitLocation("license:abc", "[1234] Alta St / Vespucci Blvd", 101.5f, -202.25f, 30f, 90f, "POLICE"),
            new UnitLocation("license:def", "Mission Row PD", 440f, -980.5f, 30.5f, 180f),
        });

        Assert.True(result.IsAccepted, result.ToString());
        var abc = h.Emulator.State.FindUnit("license:abc")!;
        Assert.Equal("[1234] Alta St / Vespucci Blvd", abc.Location);
        Assert.Equal(101.5, abc.Coordinates!.X);
        Assert.Equal(-202.25, abc.Coordinates.Y);
        if (version == "v2")
        {
            Assert.Equal(30, abc.Coordinates.Z);
            Assert.Equal(90, abc.Coordinates.W);
        }

        Assert.Equal(CadClientHarness.Start, abc.LastLocationUpdate);
        var def = h.Emulator.State.FindUnit("license:def")!;
        Assert.Equal("Mission Row PD", def.Location);
        Assert.Equal(-980.5, def.Coordinates!.Y);
        Assert.Single(await h.SettledRequestsAsync(EndpointNames.UpdateUnitLocations));
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task Heartbeat_reports_the_player_count_for_the_server(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client(version);

        var result = await cad.SendHeartbeatAsync(42);

        Assert.True(result.IsAccepted, result.ToString());
        var beat = h.Emulator.State.Heartbeats[1];
        Assert.Equal(42, beat.PlayerCount);
        Assert.Equal(1, beat.Count);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_911_call_is_created_with_its_fields_and_string_metadata_then_removed(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client(version);
        var metaData = new Dictionary<string, string> { ["x"] = "101.5", ["y"] = "-202.25", ["postal"] = "1234", ["outboxId"] = "ob-17" };

        var created = await cad.Create911CallAsync(new EmergencyCall(true, "Jane Doe", "[1234] Alta St", "Shots fired", 30, metaData));

        Assert.True(created.IsAccepted, created.ToString());
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.Equal(call.CallId, created.Value);
        Assert.True(call.IsEmergency);
        Assert.Equal("Jane Doe", call.Caller);
        Assert.Equal("[1234] Alta St", call.Location);
        Assert.Equal("Shots fired", call.Description);
        Assert.Equal(metaData, call.MetaData);
        Assert.Equal(call.CreatedAt.AddMinutes(30), call.ExpiresAt);
        Assert.Equal(Api(version), call.Via);

        // v2 rejects non-string metaData; v1 would take numbers, so check what went over the wire.
        var body = JsonNode.Parse((await h.SettledRequestsAsync(EndpointNames.Create911Call)).Single().Body)!;
        var sentMeta = (version == "v2" ? body["metaData"] : body["data"]![0]!["metaData"])!.AsObject();
        Assert.Equal(4, sentMeta.Count);
        Assert.All(sentMeta, p => Assert.Equal(JsonValueKind.String, p.Value!.GetValueKind()));

        var removed = await cad.Remove911CallAsync(created.Value);

        Assert.True(removed.IsAccepted, removed.ToString());
        Assert.Empty(h.Emulator.State.Calls);
        Assert.Equal(1, h.Emulator.State.Counters[EmulatorCounters.CallsRemoved]);

        var again = await cad.Remove911CallAsync(created.Value);
        Assert.True(again.IsAccepted, "A call that is already gone counts as removed: " + again);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_311_call_without_expiry_stays_until_removed(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client(version);

        var created = await cad.Create911CallAsync(new EmergencyCall(false, "Bob", "Legion Sq", "Noise complaint", null, new Dictionary<string, string>()));

        Assert.True(created.IsAccepted, created.ToString());
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.False(call.IsEmergency);
        Assert.Null(call.ExpiresAt);
        h.Time.Advance(TimeSpan.FromHours(2));
        Assert.Single(h.Emulator.State.Calls);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task Panic_is_raised_and_cleared_for_that_unit_only(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        h.Emulator.State.AddUnit("license:abc");
        h.Emulator.State.AddUnit("license:def");
        var cad = h.Client(version);

        var raised = await cad.SetUnitPanicAsync("license:abc", true);

        Assert.True(raised.IsAccepted, raised.ToString());
        Assert.True(h.Emulator.State.FindUnit("license:abc")!.IsPanic);
        Assert.False(h.Emulator.State.FindUnit("license:def")!.IsPanic);

        var cleared = await cad.SetUnitPanicAsync("license:abc", false);

        Assert.True(cleared.IsAccepted, cleared.ToString());
        Assert.False(h.Emulator.State.FindUnit("license:abc")!.IsPanic);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task Status_changes_for_that_unit_only(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        h.Emulator.State.AddUnit("license:abc", status: 2);
        h.Emulator.State.AddUnit("license:def", status: 2);
        var cad = h.Client(version);

        var result = await cad.SetUnitStatusAsync("license:abc", 3);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(3, h.Emulator.State.FindUnit("license:abc")!.Status);
        Assert.Equal(2, h.Emulator.State.FindUnit("license:def")!.Status);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_record_is_created_with_deleteAfterMinutes_and_deleted(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client(version);
        var values = new Dictionary<string, string> { ["plate"] = "ABC123", ["reason"] = "Speeding" };

        var created = await cad.CreateRecordsAsync(new[] { RecordRequest.FromTemplate("license:abc", 7, values, 45) });

        Assert.True(created.IsAccepted, created.ToString());
        var record = Assert.Single(h.Emulator.State.Records);
        Assert.Equal(record.Id.ToString(), Assert.Single(created.Value));
        Assert.Equal("license:abc", record.Owner);
        Assert.Equal(7, record.RecordTypeId);
        Assert.Equal(values, record.ReplaceValues);
        Assert.Equal(record.CreatedAt.AddMinutes(45), record.ExpiresAt);
        Assert.Equal(Api(version), record.Via);

        var deleted = await cad.DeleteRecordAsync(created.Value[0]!);

        Assert.True(deleted.IsAccepted, deleted.ToString());
        Assert.Empty(h.Emulator.State.Records);
        Assert.Equal(1, h.Emulator.State.Counters[EmulatorCounters.RecordsDeleted]);

        var again = await cad.DeleteRecordAsync(created.Value[0]!);
        Assert.True(again.IsAccepted, "A record that is already gone counts as deleted: " + again);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_record_with_deleteAfterMinutes_expires_on_the_CAD_clock(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client(version);
        var raw = new JObject { ["name"] = "Warrant", ["type"] = 3, ["sections"] = new JArray() };

        var created = await cad.CreateRecordsAsync(new[] { RecordRequest.Raw("license:abc", raw, 10) });

        Assert.True(created.IsAccepted, created.ToString());
        var record = Assert.Single(h.Emulator.State.Records);
        Assert.Equal("Warrant", JsonNode.Parse(record.RawRecordJson!)!["name"]!.GetValue<string>());
        h.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Empty(h.Emulator.State.Records);
    }

    [Fact]
    public async Task V1_creates_a_batch_of_records_in_one_NEW_RECORD_request_and_returns_their_ids_in_order()
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client("v1", o => o.V1MaxRecordsPerRequest = 3);
        Assert.Equal(3, cad.MaxRecordsPerRequest);
        var batch = new[]
        {
            RecordRequest.FromTemplate("license:a", 7, new Dictionary<string, string> { ["plate"] = "AAA111" }, 30),
            RecordRequest.FromTemplate("license:b", 7, new Dictionary<string, string> { ["plate"] = "BBB222" }, null),
            RecordRequest.Raw("license:c", new JObject { ["name"] = "Bolo", ["type"] = 4 }, 60),
        };

        var created = await cad.CreateRecordsAsync(batch);

        Assert.True(created.IsAccepted, created.ToString());
        var records = h.Emulator.State.Records;
        Assert.Equal(3, records.Count);
        Assert.Equal(records.Select(r => r.Id.ToString()), created.Value);
        Assert.Equal(new[] { "license:a", "license:b", "license:c" }, records.Select(r => r.Owner));
        Assert.Equal(records[0].CreatedAt.AddMinutes(30), records[0].ExpiresAt);
        Assert.Null(records[1].ExpiresAt);
        Assert.Equal(records[2].CreatedAt.AddMinutes(60), records[2].ExpiresAt);
        var request = Assert.Single(await h.SettledRequestsAsync(EndpointNames.CreateRecord));
        Assert.Equal(3, JsonNode.Parse(request.Body)!["data"]!.AsArray().Count);
        Assert.Equal(1, h.Transport.Attempts);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task Active_units_are_read_page_by_page_without_dispatchers_or_offline_units(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        var s = h.Emulator.State;
        s.AddUnit("license:a", name: "Alice", unitNum: "1-A-01", status: 2, apiIds: new[] { "steam:a" });
        s.AddUnit("license:b", name: "Bob", unitNum: "1-A-02", status: 3);
        s.AddUnit("license:c", name: "Carol", status: 2, isDispatch: true);
        s.AddUnit("license:d", name: "Dan", status: UnitStatuses.Offline);
        s.AddUnit("license:e", name: "Eve", unitNum: "1-A-05", status: 4);
        var cad = h.Client(version);

        var first = await cad.GetActiveUnitsAsync(limit: 2, offset: 0);
        var second = await cad.GetActiveUnitsAsync(limit: 2, offset: 2);
        var third = await cad.GetActiveUnitsAsync(limit: 2, offset: 4);

        Assert.True(first.IsAccepted, first.ToString());
        Assert.True(second.IsAccepted, second.ToString());
        Assert.True(third.IsAccepted, third.ToString());
        // v1 joins players by API id (data.apiId1), v2 by communityUserId.
        var alice = version == "v2" ? "license:a" : "steam:a";
        Assert.Equal(new[] { alice, "license:b" }, first.Value.Select(u => u.CommunityUserId));
        Assert.Equal(new[] { 2, 3 }, first.Value.Select(u => u.Status));
        Assert.Equal(new[] { "1-A-01", "1-A-02" }, first.Value.Select(u => u.UnitNumber));
        Assert.Equal("Alice", first.Value[0].Name);
        var eve = Assert.Single(second.Value);
        Assert.Equal("license:e", eve.CommunityUserId);
        Assert.Equal(4, eve.Status);
        Assert.Equal(5, eve.Id);
        Assert.Empty(third.Value);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task Version_reports_the_community_plan(string version)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.PlanVersion = 4);
        var cad = h.Client(version);

        var result = await cad.GetVersionAsync();

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(4, result.Value.Level);
        Assert.Equal("PRO", result.Value.Name);
    }
}
