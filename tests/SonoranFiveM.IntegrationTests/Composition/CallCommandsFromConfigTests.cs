namespace SonoranFiveM.IntegrationTests.Composition;

/// <summary>Call commands from <c>commands.calls</c> and the panic call, through the real core over HTTP to the emulator.</summary>
public class CallCommandsFromConfigTests
{
    private const string TowConfig =
        "\"commands\": { \"calls\": [ { \"name\": \"911\", \"emergency\": true }, "
        + "{ \"name\": \"tow\", \"emergency\": false, \"descriptionPrefix\": \"(TOW)\", \"priority\": 3, \"code\": \"10-50\", \"recordTemplate\": \"towlog\" } ] }, "
        + "\"records\": { \"templates\": { \"towlog\": { \"recordTypeId\": 9, \"defaultMinutes\": 30, \"fields\": { \"what\": \"{description}\", \"who\": \"{caller}\" } } } }";

    private static CommandContext Player(int id, string cuid, bool isUnit = false) =>
        new(id, "Jane Doe", cuid, isUnit, new WorldPosition(215f, -810f, 30f), _ => true);

    [Fact]
    public async Task A_custom_tow_call_reaches_the_CAD_with_its_flag_prefix_and_metadata_and_is_logged_to_its_template()
    {
        await using var h = await IntegrationHarness.StartAsync(TowConfig);
        Assert.Equal(new[] { "911", "tow", "panic", "status", "link" }, h.Integration.CommandNames);
        Assert.Equal(h.Integration.CommandNames, ChatCommandNames.Of(h.Integration.Options));

        var handled = h.Integration.HandleCommandAsync("tow", "blue sedan blocking Route 68", Player(3, "jane"));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Accepted, await handled);
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

        var handled = h.Integration.HandleCommandAsync("911", "shots fired", Player(3, "jane"));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Accepted, await handled);
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.True(call.IsEmergency);
        Assert.False(call.MetaData.ContainsKey("priority"));
        Assert.Empty(h.Emulator.State.Records);
    }

    [Fact]
    public async Task A_config_with_the_old_keys_still_registers_and_sends_its_renamed_911()
    {
        await using var h = await IntegrationHarness.StartAsync("\"commands\": { \"emergency\": { \"name\": \"999\" } }");

        var handled = h.Integration.HandleCommandAsync("999", "shots fired", Player(3, "jane"));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Accepted, await handled);
        Assert.True(Assert.Single(h.Emulator.State.Calls).IsEmergency);
        Assert.Equal(new[] { "999", "311", "panic", "status", "link" }, h.Integration.CommandNames);
    }

    [Fact]
    public async Task Pressing_panic_sends_the_panic_and_an_emergency_call_and_clearing_it_sends_no_call()
    {
        await using var h = await IntegrationHarness.StartAsync(
            "\"calls\": { \"panicCall\": { \"enabled\": true, \"description\": \"PANIC {playerName} at {location}\", \"code\": \"10-99\", \"cooldownSeconds\": 0 } }");
        h.Emulator.State.AddUnit("lee", name: "Officer Lee");
        h.Integration.PlayerJoined(5, "license:lee");
        Assert.True(await h.Integration.Roster.RefreshAsync());

        var press = h.Integration.HandleCommandAsync("panic", "", Player(5, "lee", isUnit: true));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Accepted, await press);
        Assert.True(h.Emulator.State.FindUnit("lee")!.IsPanic);
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.True(call.IsEmergency);
        Assert.Equal("Jane Doe", call.Caller);
        Assert.StartsWith("PANIC Jane Doe at ", call.Description);
        Assert.Equal("1", call.MetaData["priority"]);
        Assert.Equal("10-99", call.MetaData["code"]);
        Assert.Equal("215", call.MetaData["x"]);

        h.Time.Advance(TimeSpan.FromSeconds(5));
        var clear = h.Integration.HandleCommandAsync("panic", "", Player(5, "lee", isUnit: true));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Accepted, await clear);
        Assert.False(h.Emulator.State.FindUnit("lee")!.IsPanic);
        Assert.Single(h.Emulator.State.Calls);
    }

    [Fact]
    public async Task Without_the_panic_call_pressing_panic_sends_no_call()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Emulator.State.AddUnit("lee", name: "Officer Lee");
        h.Integration.PlayerJoined(5, "license:lee");
        Assert.True(await h.Integration.Roster.RefreshAsync());

        var press = h.Integration.HandleCommandAsync("panic", "", Player(5, "lee", isUnit: true));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Accepted, await press);
        Assert.True(h.Emulator.State.FindUnit("lee")!.IsPanic);
        Assert.Empty(h.Emulator.State.Calls);
    }
}
