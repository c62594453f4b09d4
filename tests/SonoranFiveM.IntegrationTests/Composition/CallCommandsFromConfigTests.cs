using static SonoranFiveM.IntegrationTests.Composition.IntegrationHarness;

namespace SonoranFiveM.IntegrationTests.Composition;

/// <summary>Call commands from <c>commands.calls</c> and the panic call, through the real core over HTTP to the emulator.</summary>
public class CallCommandsFromConfigTests
{
    private const string TowConfig =
        "\"commands\": { \"calls\": [ { \"name\": \"911\", \"emergency\": true }, "
        + "{ \"name\": \"tow\", \"emergency\": false, \"descriptionPrefix\": \"(TOW)\", \"priority\": 3, \"code\": \"10-50\", \"recordTemplate\": \"towlog\" } ] }, "
        + "\"records\": { \"templates\": { \"towlog\": { \"recordTypeId\": 9, \"defaultMinutes\": 30, \"fields\": { \"what\": \"{description}\", \"who\": \"{caller}\" } } } }";

    [Fact]
    public async Task A_custom_tow_call_reaches_the_CAD_with_its_flag_prefix_and_metadata_and_is_logged_to_its_template()
    {
        await using var h = await IntegrationHarness.StartAsync(TowConfig);
        Assert.Equal(new[] { "911", "tow", "panic", "status", "link" }, h.Integration.CommandNames);
        Assert.Equal(h.Integration.CommandNames, ChatCommandNames.Of(h.Integration.Options));

        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("tow", "blue sedan blocking Route 68", Player(3, "jane")));
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.False(call.IsEmergency);
        Assert.Equal("(TOW) blue sedan blocking Route 68", call.Description);
        Assert.Equal("Jane Doe", call.Caller);
        Assert.Equal("3", call.MetaData["priority"]);
        Assert.Equal("10-50", call.MetaData["code"]);
        var body = JsonNode.Parse(h.Emulator.Requests.Entries.Single(e => e.Path.EndsWith("/calls/911", StringComparison.Ordinal)).Body)!;
        Assert.False((bool)body["isEmergency"]!);
        Assert.Equal("3", (string)body["metaData"]!["priority"]!);
        Assert.Equal(30, (int)body["deleteAfterMinutes"]!);
        Assert.Contains(h.Replies, r => r.Player == 3 && r.Message.StartsWith("Your tow call was received by dispatch", StringComparison.Ordinal));

        var record = Assert.Single(h.Emulator.State.Records);
        Assert.Equal(9, record.RecordTypeId);
        Assert.Equal("(TOW) blue sedan blocking Route 68", record.ReplaceValues!["what"]);
    }

    [Fact]
    public async Task The_911_entry_without_a_template_logs_nothing_and_is_an_emergency()
    {
        await using var h = await IntegrationHarness.StartAsync(TowConfig);

        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("911", "shots fired", Player(3, "jane")));
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.True(call.IsEmergency);
        Assert.False(call.MetaData.ContainsKey("priority"));
        Assert.Empty(h.Emulator.State.Records);
    }

    [Fact]
    public async Task A_config_with_the_old_keys_still_registers_and_sends_its_renamed_911()
    {
        await using var h = await IntegrationHarness.StartAsync("\"commands\": { \"emergency\": { \"name\": \"999\" } }");

        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("999", "shots fired", Player(3, "jane")));
        Assert.True(Assert.Single(h.Emulator.State.Calls).IsEmergency);
        Assert.Equal(new[] { "999", "311", "panic", "status", "link" }, h.Integration.CommandNames);
    }

    [Fact]
    public async Task Pressing_panic_sends_the_panic_and_an_emergency_call_and_clearing_it_sends_no_call()
    {
        await using var h = await IntegrationHarness.StartAsync(
            "\"calls\": { \"panicCall\": { \"enabled\": true, \"description\": \"PANIC {playerName} at {location}\", \"code\": \"10-99\", \"cooldownSeconds\": 0 } }");
        await h.JoinOfficerLeeAsync();

        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("panic", "", Player(5, "lee", isUnit: true)));
        Assert.True(h.Emulator.State.FindUnit("lee")!.IsPanic);
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.True(call.IsEmergency);
        Assert.Equal("Jane Doe", call.Caller);
        Assert.StartsWith("PANIC Jane Doe at ", call.Description);
        Assert.Equal("1", call.MetaData["priority"]);
        Assert.Equal("10-99", call.MetaData["code"]);
        Assert.Equal("215", call.MetaData["x"]);

        h.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("panic", "", Player(5, "lee", isUnit: true)));
        Assert.False(h.Emulator.State.FindUnit("lee")!.IsPanic);
        Assert.Single(h.Emulator.State.Calls);
    }

    [Fact]
    public async Task Without_the_panic_call_pressing_panic_sends_no_call()
    {
        await using var h = await IntegrationHarness.StartAsync();
        await h.JoinOfficerLeeAsync();

        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("panic", "", Player(5, "lee", isUnit: true)));
        Assert.True(h.Emulator.State.FindUnit("lee")!.IsPanic);
        Assert.Empty(h.Emulator.State.Calls);
    }
}
