using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.IntegrationTests.Composition;

public class SonoranIntegrationTests
{
    private static CommandContext Player(int id, string name, string? cuid, bool isUnit) =>
        new(id, name, cuid, isUnit, new WorldPosition(215f, -810f, 30f), _ => true);

    [Fact]
    public async Task Without_readable_positions_no_location_is_sent_and_the_loaded_options_stay_as_they_were()
    {
        await using var h = await IntegrationHarness.StartAsync(canReadPositions: false);
        h.Emulator.State.AddUnit("abc123", name: "Officer Smith");
        h.Integration.PlayerJoined(7, "license:abc123");
        Assert.True(await h.Integration.Roster.RefreshAsync());

        var positions = new[] { new PlayerPosition(7, 100f, 200f, 30f, 90f, 0) };
        await h.RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), () => h.Integration.Sample(h.Integration.Units, positions, 1));

        Assert.False(h.Integration.SendsLocations);
        Assert.True(h.Integration.Options.Location.Enabled);
        Assert.Null(h.Emulator.State.FindUnit("abc123")!.Coordinates);
        Assert.Contains(h.LogLines, l => l.Level == LogLevel.Warning && l.Message.StartsWith("OneSync is off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_joined_player_who_is_a_CAD_unit_shows_up_on_the_map_with_the_latest_position()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Emulator.State.AddUnit("abc123", name: "Officer Smith");
        h.Integration.PlayerJoined(7, "license:abc123");
        h.Integration.PlayerJoined(8, "license:civilian");
        Assert.True(await h.Integration.Roster.RefreshAsync());

        Assert.True(h.Integration.IsUnit(7));
        Assert.False(h.Integration.IsUnit(8));

        var positions = new PlayerPosition[1];
        var x = 100f;
        await h.RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), () =>
        {
            x += 5f;
            positions[0] = new PlayerPosition(7, x, 200f, 30f, 90f, 0);
            h.Integration.Sample(h.Integration.Units, positions, 1);
        });

        var unit = h.Emulator.State.FindUnit("abc123")!;
        Assert.NotNull(unit.Coordinates);
        Assert.InRange(x - unit.Coordinates!.X, 0f, 30f);
        Assert.InRange(h.Emulator.State.Counters["endpoint.updateUnitLocations"], 1, 6 + 1);
    }

    [Fact]
    public async Task A_unit_who_signs_off_is_no_longer_sent_not_even_by_the_keep_alive()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Emulator.State.AddUnit("abc123", name: "Officer Smith");
        h.Integration.PlayerJoined(7, "license:abc123");
        Assert.True(await h.Integration.Roster.RefreshAsync());

        // As the adapter does: positions only for the players of the current snapshot.
        var positions = new PlayerPosition[1];
        void Tick()
        {
            var units = h.Integration.Units;
            var count = 0;
            for (var i = 0; i < units.Count; i++) positions[count++] = new PlayerPosition(units.PlayerIdAt(i), 100f, 200f, 30f, 90f, 0);
            h.Integration.Sample(units, positions, count);
        }

        await h.RunAsync(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1), Tick);
        Assert.NotNull(h.Emulator.State.FindUnit("abc123")!.Coordinates);
        Assert.Equal(1, h.Integration.Tracker.TrackedCount);

        h.Integration.Roster.ApplyPushedUnit(new ActiveUnit(1, "abc123", 2, false, null, null), online: false, DateTimeOffset.UtcNow);
        await h.RunAsync(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), Tick);
        var sent = h.Emulator.State.Counters["endpoint.updateUnitLocations"];
        await h.RunAsync(TimeSpan.FromSeconds(70), TimeSpan.FromSeconds(1), Tick);

        Assert.Equal(0, h.Integration.Tracker.TrackedCount);
        Assert.Equal(sent, h.Emulator.State.Counters["endpoint.updateUnitLocations"]);
    }

    [Fact]
    public async Task A_911_command_reaches_dispatch_and_the_player_is_told_only_after_the_CAD_accepted_it()
    {
        await using var h = await IntegrationHarness.StartAsync();

        var handled = h.Integration.Commands.HandleAsync("911", "shots fired near the bank", Player(3, "Jane Doe", "jane", false));
        Assert.Empty(h.Replies);
        await h.Integration.Dispatcher.PumpAsync();
        var outcome = await handled;

        Assert.Equal(CommandOutcome.Accepted, outcome);
        var call = Assert.Single(h.Emulator.State.Calls);
        Assert.Equal("Jane Doe", call.Caller);
        Assert.Equal("shots fired near the bank", call.Description);
        Assert.Equal("215", call.MetaData["x"]);
        Assert.Contains(h.Replies, r => r.Player == 3 && r.Message.Contains("received by dispatch") && r.Message.Contains("#" + call.CallId));
        Assert.Equal("call " + call.CallId + " Jane Doe", await h.WaitForEventAsync("call "));
    }

    [Fact]
    public async Task A_911_during_an_outage_is_reported_as_queued_and_delivered_after_a_restart()
    {
        var h = await IntegrationHarness.StartAsync();
        try
        {
            h.Emulator.Faults.Apply("5xx");
            var handled = h.Integration.Commands.HandleAsync("911", "car fire", Player(3, "Jane Doe", "jane", false));
            await h.RunAsync(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1));
            Assert.Equal(CommandOutcome.QueuedUnreachable, await handled);
            Assert.Contains(h.Replies, r => r.Message.Contains("unreachable"));
            await h.Integration.StopAsync(TimeSpan.Zero);
            h.Integration.Dispose();

            h.Emulator.Faults.Clear();
            using var restarted = h.Build();
            restarted.Start();
            await restarted.Dispatcher.PumpAsync();

            var call = Assert.Single(h.Emulator.State.Calls);
            Assert.Equal("car fire", call.Description);
            await restarted.StopAsync(TimeSpan.Zero);
        }
        finally
        {
            await h.Emulator.DisposeAsync();
        }
    }

    [Fact]
    public async Task Panic_toggles_in_the_CAD_and_raises_the_local_event()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Emulator.State.AddUnit("unit-1");
        h.Integration.PlayerJoined(4, "license:unit-1");
        await h.Integration.Roster.RefreshAsync();

        var on = h.Integration.Commands.HandleAsync("panic", "", Player(4, "Officer", "unit-1", true));
        await h.Integration.Dispatcher.PumpAsync();
        Assert.Equal(CommandOutcome.Accepted, await on);
        Assert.True(h.Emulator.State.FindUnit("unit-1")!.IsPanic);
        await h.WaitForEventAsync("panic unit-1 True");

        h.Time.Advance(TimeSpan.FromSeconds(5));
        var off = h.Integration.Commands.HandleAsync("panic", "", Player(4, "Officer", "unit-1", true));
        await h.Integration.Dispatcher.PumpAsync();
        Assert.Equal(CommandOutcome.Accepted, await off);
        Assert.False(h.Emulator.State.FindUnit("unit-1")!.IsPanic);
        await h.WaitForEventAsync("panic unit-1 False");
        Assert.Equal(new[] { "panic unit-1 True", "panic unit-1 False" }, h.Events.Where(e => e.StartsWith("panic")).ToArray());
    }

    [Fact]
    public async Task The_status_lines_show_every_lane_and_never_the_key()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Emulator.Faults.Apply("notenabled");
        var handled = h.Integration.Commands.HandleAsync("911", "test", Player(3, "Jane", "jane", false));
        await h.RunAsync(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1));
        Assert.Equal(CommandOutcome.QueuedUnreachable, await handled);
        Assert.Contains(h.Replies, r => r.Message.Contains("needs attention from staff"));

        var lines = h.Integration.StatusLines();

        Assert.StartsWith("sonoran-fivem " + ProductVersion.Current + "; Sonoran CAD ", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Create911Call:") && l.Contains("PAUSED"));
        Assert.Contains(lines, l => l.StartsWith("UnitLocations:"));
        Assert.Contains(lines, l => l.StartsWith("outbox "));
        Assert.DoesNotContain(lines, l => l.Contains(IntegrationHarness.ApiKey));
        Assert.DoesNotContain(h.LogLines, l => l.Message.Contains(IntegrationHarness.ApiKey));
        Assert.Contains(h.LogLines, l => l.Level == LogLevel.Error && l.Message.Contains("paused until fixed"));
    }
}
