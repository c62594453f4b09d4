using SonoranFiveM.Core;

namespace SonoranFiveM.IntegrationTests.Composition;

/// <summary>The narrow host the adapter, the CLI and the simulator use, over real HTTP against the emulator.</summary>
public sealed class SonoranHostTests
{
    private static CommandContext Civilian(SonoranHost host, int id) =>
        new(id, "Jane Doe", host.CommunityUserIdOf(id), false, new WorldPosition(215f, -810f, 30f), _ => true);

    [Fact]
    public async Task A_reload_keeps_the_online_players_and_the_new_core_sends_what_the_old_one_had_queued()
    {
        await using var h = await IntegrationHarness.StartAsync();
        using var host = SonoranHost.Create(h.Options(), h.Services());
        Assert.Equal("jane", host.PlayerJoined(3, "license:jane"));
        _ = host.CommandAsync("911", "shots fired on Alta St", Civilian(host, 3));
        Assert.Empty(h.Emulator.State.Calls); // not started: the call waits in its lane (and the outbox)

        await host.ReloadAsync(h.Options("\"logLevel\": \"debug\""), TimeSpan.Zero);
        // The new core replays the call and its 911 lane loop sends it at once; the CAD creates it before answering.
        await h.FirstCallReceived.WaitAsync(TimeSpan.FromSeconds(10));
        await h.Emulator.Requests.WaitForInFlightAsync(n => n == 0).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(host.IsRunning);
        Assert.Equal("debug", host.Options.LogLevel.ToString().ToLowerInvariant());
        Assert.Equal("jane", host.CommunityUserIdOf(3));
        Assert.Contains("shots fired on Alta St", Assert.Single(h.Emulator.State.Calls).Description);
        await host.StopAsync(TimeSpan.Zero);
    }

    [Fact]
    public async Task Status_names_every_lane_once_and_what_is_queued()
    {
        await using var h = await IntegrationHarness.StartAsync();
        using var host = SonoranHost.Create(h.Options(), h.Services());
        host.PlayerJoined(3, "license:jane");
        _ = host.CommandAsync("911", "shots fired", Civilian(host, 3));

        var status = host.Status();

        Assert.Equal(status.Lanes.Count, status.Lanes.Select(l => l.Name).Distinct().Count());
        Assert.Equal(1, status.Lanes.Single(l => l.Name == "Create911Call").Queued);
        Assert.Contains(status.Lines, l => l.StartsWith("Create911Call: queued 1", StringComparison.Ordinal));
        Assert.Equal(1, (await host.SavedWorkAsync())[Core.Outbox.OutboxEntryKind.Call911]);
    }

    [Fact]
    public async Task Once_disposed_the_host_answers_without_a_core()
    {
        await using var h = await IntegrationHarness.StartAsync();
        var host = SonoranHost.Create(h.Options(), h.Services());
        host.PlayerJoined(3, "license:jane");
        host.Dispose();

        Assert.False(host.IsRunning);
        Assert.Null(host.Exports);
        Assert.Null(host.CommunityUserIdOf(3));
        Assert.Equal(CommandOutcome.Failed, await host.CommandAsync("911", "shots fired", Civilian(host, 3)));
        Assert.StartsWith("not running", Assert.Single(host.Status().Lines));
    }

    [Fact]
    public async Task The_panic_export_is_in_force_at_once_and_stays_once_the_CAD_accepts_it()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Emulator.State.AddUnit("unit-7", name: "Unit 7", unitNum: "1-A-7");
        var exports = new Core.Composition.ResourceExports(h.Integration);

        Assert.Equal(string.Empty, exports.SetUnitPanic("unit-7", true));
        Assert.True(h.Integration.Commands.Panic.IsPanicking("unit-7"));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.True(h.Integration.Commands.Panic.IsPanicking("unit-7"));
        Assert.Contains(h.Emulator.Requests.Entries, e => e.Endpoint == "setUnitPanic" && e.Status == 200);
    }
}
