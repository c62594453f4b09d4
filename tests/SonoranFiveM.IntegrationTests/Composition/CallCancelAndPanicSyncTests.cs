using static SonoranFiveM.IntegrationTests.Composition.IntegrationHarness;

namespace SonoranFiveM.IntegrationTests.Composition;

/// <summary>Remove911Call in use (/911 cancel, the export) and panic resynced from the CAD, over real HTTP.</summary>
public class CallCancelAndPanicSyncTests
{
    [Fact]
    public async Task A_queued_call_cancelled_by_its_caller_never_reaches_the_CAD_and_leaves_the_outbox()
    {
        await using var h = await IntegrationHarness.StartAsync();

        var call = h.Integration.HandleCommandAsync("911", "shots fired", Player(3, "jane"));
        var cancel = await h.Integration.HandleCommandAsync("911", "cancel", Player(3, "jane"));
        await h.RunAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));

        Assert.Equal(CommandOutcome.Cancelled, cancel);
        Assert.Equal(CommandOutcome.Dropped, await call);
        Assert.Empty(h.Emulator.State.Calls);
        Assert.Equal(0, h.Integration.Outbox.OpenCount);
        Assert.Contains(h.Replies, r => r.Player == 3 && r.Message == "Your 911 call was cancelled before it was sent.");
    }

    [Fact]
    public async Task A_call_the_CAD_took_is_removed_from_the_CAD_when_its_caller_cancels_it()
    {
        await using var h = await IntegrationHarness.StartAsync();
        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("911", "shots fired", Player(3, "jane")));
        var callId = Assert.Single(h.Emulator.State.Calls).CallId;

        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("911", "cancel", Player(3, "jane")));
        Assert.Empty(h.Emulator.State.Calls);
        Assert.Equal("Your 911 call (#" + callId + ") was cancelled.", h.Replies.Last(r => r.Player == 3).Message);
    }

    [Fact]
    public async Task The_export_removes_a_call_by_the_id_it_returned_or_by_the_CADs_call_id()
    {
        await using var h = await IntegrationHarness.StartAsync();
        var exports = new ResourceExports(h.Integration);
        var queued = exports.Send911Call("Clerk", "Route 68", "robbery", true, null);
        Assert.Equal(string.Empty, exports.Remove911Call(queued));
        await h.Integration.Dispatcher.PumpAsync();
        Assert.Empty(h.Emulator.State.Calls);

        var first = exports.Send911Call("Clerk", "Route 68", "robbery", true, null);
        exports.Send911Call("Guard", "Paleto", "alarm", false, null);
        await h.RunAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));
        Assert.Equal(2, h.Emulator.State.Calls.Count);
        var second = h.Emulator.State.Calls.Single(c => c.Caller == "Guard").CallId;

        Assert.Equal(string.Empty, exports.Remove911Call(first));
        Assert.Equal(string.Empty, exports.Remove911Call((double)second)); // a Lua number
        await h.RunAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));

        Assert.Empty(h.Emulator.State.Calls);
        Assert.StartsWith("error: unknown call", exports.Remove911Call("no-such-call"));
        Assert.StartsWith("error:", exports.Remove911Call(null));
        Assert.StartsWith("error: unknown call", exports.Remove911Call(12.5));
    }

    [Fact]
    public async Task A_panic_cleared_in_the_CAD_is_cleared_in_game_and_announced()
    {
        await using var h = await IntegrationHarness.StartAsync();
        await h.JoinOfficerLeeAsync();
        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("panic", "", Player(5, "lee", isUnit: true)));
        Assert.True(h.Emulator.State.FindUnit("lee")!.IsPanic);
        Assert.True(h.Integration.Commands.Panic.IsPanicking("lee"));

        // A dispatcher clears the panic in the CAD; the next poll of the active units brings it back to the game.
        h.Emulator.State.UpdateUnits(u => u.CommunityUserId == "lee", u => u with { IsPanic = false });
        h.Time.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await h.Integration.Roster.RefreshAsync());

        Assert.False(h.Integration.Commands.Panic.IsPanicking("lee"));
        Assert.Equal("panic lee False", await h.WaitForEventAsync("panic lee False"));
        Assert.Equal(CommandOutcome.Accepted, await h.CommandAsync("panic", "", Player(5, "lee", isUnit: true)));
        Assert.True(h.Emulator.State.FindUnit("lee")!.IsPanic); // pressed again: raised, not "cleared" a second time
    }
}
