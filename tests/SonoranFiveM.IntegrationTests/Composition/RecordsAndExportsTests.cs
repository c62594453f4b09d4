using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.IntegrationTests.Composition;

public class RecordsAndExportsTests
{
    private const string BoloConfig =
        "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"defaultMinutes\": 30, "
        + "\"fields\": { \"plate\": \"{arg1}\", \"reason\": \"{arg2} (reported by {caller})\" } } }, "
        + "\"commands\": [ { \"name\": \"bolo\", \"template\": \"bolo\", \"ace\": \"sonoran.unit\", \"arguments\": [ \"plate\", \"reason\" ] } ] }";

    private static CommandContext Officer(Func<string, bool>? ace = null) =>
        new(5, "Officer Lee", "lee", true, new WorldPosition(10f, 20f, 30f), ace ?? (_ => true));

    [Fact]
    public async Task A_record_command_creates_the_record_replies_once_accepted_and_it_is_gone_when_due()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);

        var handled = h.Integration.HandleCommandAsync("bolo", "ABC123 stolen red sedan", Officer());
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Accepted, await handled);
        var record = Assert.Single(h.Emulator.State.Records);
        Assert.Equal(3, record.RecordTypeId);
        Assert.Equal("lee", record.Owner);
        Assert.Equal("ABC123", record.ReplaceValues!["plate"]);
        Assert.Equal("stolen red sedan (reported by Officer Lee)", record.ReplaceValues["reason"]);
        Assert.Contains(h.Replies, r => r.Player == 5 && r.Message.Contains("record was created"));

        await h.RunAsync(TimeSpan.FromMinutes(31), TimeSpan.FromSeconds(30));
        Assert.Empty(h.Emulator.State.Records);
    }

    [Fact]
    public async Task A_record_command_checks_permission_usage_and_cooldown_before_sending()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);

        Assert.Equal(CommandOutcome.NoPermission, await h.Integration.HandleCommandAsync("bolo", "ABC123 x", Officer(_ => false)));
        Assert.Equal(CommandOutcome.Usage, await h.Integration.HandleCommandAsync("bolo", "", Officer()));
        var first = h.Integration.HandleCommandAsync("bolo", "ABC123 stolen", Officer());
        await h.Integration.Dispatcher.PumpAsync();
        await first;
        Assert.Equal(CommandOutcome.Cooldown, await h.Integration.HandleCommandAsync("bolo", "XYZ999 stolen", Officer()));

        Assert.Single(h.Emulator.State.Records);
        Assert.Contains(h.Replies, r => r.Message.Contains("do not have permission to use /bolo"));
        Assert.Contains(h.Replies, r => r.Message.Contains("Usage"));
        Assert.Contains(h.Replies, r => r.Message.Contains("Please wait"));
    }

    [Fact]
    public async Task A_record_command_fills_caller_and_playerName_from_the_cleaned_and_capped_player_name()
    {
        const string config =
            "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"defaultMinutes\": 30, "
            + "\"fields\": { \"plate\": \"{arg1}\", \"reason\": \"{arg2} by {caller}\", \"name\": \"{playerName}\" } } }, "
            + "\"commands\": [ { \"name\": \"bolo\", \"template\": \"bolo\", \"arguments\": [ \"plate\", \"reason\" ] } ] }";
        await using var h = await IntegrationHarness.StartAsync(config);
        var hostile = "^1<script>Lee\u0007\u202E~r~" + new string('x', 200);

        var handled = h.Integration.HandleCommandAsync("bolo", "ABC123 stolen", new CommandContext(5, hostile, "lee", true, null, _ => true));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Accepted, await handled);
        var expected = ("scriptLee " + new string('x', 200)).Substring(0, PlayerNames.MaxLength);
        var record = Assert.Single(h.Emulator.State.Records);
        Assert.Equal(expected, record.ReplaceValues!["name"]);
        Assert.Equal("stolen by " + expected, record.ReplaceValues["reason"]);
    }

    [Fact]
    public async Task Record_commands_share_the_limit_on_refused_commands_with_the_call_commands()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);
        for (var i = 0; i < 5; i++) Assert.Equal(CommandOutcome.Usage, await h.Integration.HandleCommandAsync("911", "", Officer()));

        Assert.Equal(CommandOutcome.Ignored, await h.Integration.HandleCommandAsync("bolo", "ABC123 stolen", Officer()));
        Assert.Equal(CommandOutcome.Ignored, await h.Integration.HandleCommandAsync("bolo", new string('^', 100_000), Officer()));
        Assert.Single(h.Replies, r => r.Message.StartsWith("Too many refused commands", StringComparison.Ordinal));
        Assert.Empty(h.Emulator.State.Records);
    }

    [Fact]
    public async Task Exports_queue_calls_and_records_and_refuse_bad_input_with_a_reason()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);
        h.Emulator.State.AddUnit("lee");
        h.Integration.PlayerJoined(5, "license:lee");
        var exports = new ResourceExports(h.Integration);

        var callId = exports.Send911Call("Store clerk", "Route 68", "robbery in progress", true, new Dictionary<string, object> { ["postal"] = 512 });
        var handle = exports.CreateTemporaryRecord("bolo", new Dictionary<string, object> { ["playerId"] = 5, ["caller"] = "Dispatch", ["args"] = new List<object> { "PLT1", "armed" } }, 10);
        await h.Integration.Dispatcher.PumpAsync();

        Assert.DoesNotContain("error", callId);
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.Equal("512", call.MetaData["postal"]);
        Assert.Equal(callId, call.MetaData["sonoranFivemId"]);
        Assert.DoesNotContain("error", handle);
        Assert.Equal("PLT1", Assert.Single(h.Emulator.State.Records).ReplaceValues!["plate"]);

        Assert.True(exports.DeleteTemporaryRecord(handle));
        await h.RunAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));
        Assert.Empty(h.Emulator.State.Records);

        Assert.StartsWith("error: unknown status", exports.SetUnitStatus("lee", "DANCING"));
        Assert.Equal(string.Empty, exports.SetUnitStatus("lee", "on scene"));
        Assert.Equal(string.Empty, exports.SetUnitStatus("lee", "enroute"));
        Assert.StartsWith("error:", exports.CreateTemporaryRecord("bolo", new Dictionary<string, object> { ["args"] = new List<object> { "A", "B" } }, 10));
        Assert.StartsWith("error:", exports.Send911Call("", "x", "", true, null));
        // An empty Lua table arrives as an empty list, not a map: no values, no exception.
        Assert.StartsWith("error: values.owner", exports.CreateTemporaryRecord("bolo", new List<object>(), 0));
        Assert.DoesNotContain("error", exports.Send911Call("Clerk", "", "alarm", false, new List<object>()));
        Assert.StartsWith("error:", exports.CreateTemporaryRecord("bolo", new Dictionary<string, object> { ["playerId"] = 5, ["caller"] = "x", ["args"] = new List<object> { "A", "B" } }, -5));
        Assert.StartsWith("error:", exports.CreateTemporaryRecord("nope", new Dictionary<string, object> { ["playerId"] = 5 }, 0));
        await h.Integration.Dispatcher.PumpAsync();
        Assert.Equal(3, h.Emulator.State.FindUnit("lee")!.Status);
    }

    [Fact]
    public async Task A_call_export_whose_record_log_throws_still_returns_the_queued_calls_id()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);
        var exports = new ResourceExports(h.Integration, (_, _) => throw new System.IO.IOException("disk full"));

        var callId = exports.Send911Call("Store clerk", "Route 68", "robbery in progress", true, null);
        await h.Integration.Dispatcher.PumpAsync();

        Assert.DoesNotContain("error", callId);
        Assert.Equal(callId, Assert.Single(h.Emulator.State.Calls).MetaData["sonoranFivemId"]);
        Assert.Contains(h.LogLines, l => l.Level == LogLevel.Error && l.Message.Contains("queued (" + callId + ") but not logged as a record: IOException: disk full"));
    }

    [Fact]
    public async Task A_record_export_without_a_lifetime_lives_for_the_templates_default()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);
        var exports = new ResourceExports(h.Integration);

        var handle = exports.CreateTemporaryRecord("bolo", new Dictionary<string, object> { ["owner"] = "lee", ["caller"] = "Dispatch", ["args"] = new List<object> { "P1", "x" } }, 0);
        await h.Integration.Dispatcher.PumpAsync();

        Assert.DoesNotContain("error", handle);
        var record = Assert.Single(h.Emulator.State.Records);
        Assert.Equal(TimeSpan.FromMinutes(30), record.ExpiresAt - record.CreatedAt);
    }

    [Fact]
    public async Task Deleting_a_record_before_it_was_sent_reports_it_known_and_it_is_never_created()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);
        var exports = new ResourceExports(h.Integration);

        var handle = exports.CreateTemporaryRecord("bolo", new Dictionary<string, object> { ["owner"] = "lee", ["caller"] = "Dispatch", ["args"] = new List<object> { "P1", "x" } }, 10);
        Assert.True(exports.DeleteTemporaryRecord(handle));
        Assert.False(exports.DeleteTemporaryRecord(handle));
        await h.RunAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));

        Assert.Empty(h.Emulator.State.Records);
        Assert.Equal(0, h.Emulator.State.Counters["endpoint.createRecord"]);
    }

    [Fact]
    public async Task Street_reports_from_units_name_the_street_on_the_CAD_map_and_others_are_ignored()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Emulator.State.AddUnit("unit-9");
        h.Integration.PlayerJoined(9, "license:unit-9");
        h.Integration.PlayerJoined(10, "license:civ");
        await h.Integration.Roster.RefreshAsync();

        Assert.Equal(StreetReportOutcome.NotAUnit, h.Integration.ReportStreets(10, "Fake St", null));
        Assert.Equal(StreetReportOutcome.Accepted, h.Integration.ReportStreets(9, "Alta St^1", "Vespucci Blvd"));

        h.Integration.Sample(h.Integration.Units, new[] { new PlayerPosition(9, 100f, 200f, 30f, 0f, 0) }, 1);
        await h.RunAsync(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1));

        Assert.Equal("Alta St / Vespucci Blvd", h.Emulator.State.FindUnit("unit-9")!.Location);
    }
}
