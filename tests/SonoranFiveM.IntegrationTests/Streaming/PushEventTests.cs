using SonoranFiveM.IntegrationTests.Composition;

namespace SonoranFiveM.IntegrationTests.Streaming;

/// <summary>Changes made in the CAD reach the core as hub push events, through the real SignalR client.</summary>
public class PushEventTests
{
    private static async Task<IntegrationHarness> ConnectedAsync()
    {
        var h = await IntegrationHarness.StartAsync(withHub: true);
        h.Integration.PlayerJoined(1, "license:pushed1");
        await h.Integration.LocationHub!.PumpAsync();
        Assert.True(h.Integration.LocationHub.CarriesLocations);
        return h;
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), what);
    }

    [Fact]
    public async Task A_unit_logging_in_and_out_in_the_cad_changes_the_roster_without_a_poll()
    {
        await using var h = await ConnectedAsync();
        Assert.False(h.Integration.IsUnit(1));
        await h.Emulator.Cad.LoginUnitAsync("pushed1");
        await Eventually(() => h.Integration.IsUnit(1), "the login did not reach the roster");
        await h.Emulator.Cad.LogoutUnitAsync("pushed1");
        await Eventually(() => !h.Integration.IsUnit(1), "the logout did not reach the roster");
        Assert.Equal(2, h.Integration.PushEvents!.Accepted);
    }

    [Fact]
    public async Task Panic_and_status_set_in_the_cad_reach_the_game()
    {
        await using var h = await ConnectedAsync();
        await h.Emulator.Cad.LoginUnitAsync("pushed1");
        await h.Emulator.Cad.SetPanicAsync("pushed1", true);
        await h.WaitForEventAsync("panic pushed1 True");
        await h.Emulator.Cad.SetStatusAsync("pushed1", 3);
        await h.WaitForEventAsync("status pushed1 3");
    }

    [Fact]
    public async Task An_attached_unit_is_told_in_game()
    {
        await using var h = await ConnectedAsync();
        await h.Emulator.Cad.LoginUnitAsync("pushed1");
        await h.Emulator.Cad.AttachUnitsAsync(77, "Armed robbery", "312", "Alta St", "Two suspects in a red car", new[] { "pushed1" });
        await Eventually(() => h.Replies.Any(r => r.Player == 1), "no chat line for the attached unit");
        Assert.Equal("Attached to call #77: Armed robbery (postal 312) - Two suspects in a red car", h.Replies.Single(r => r.Player == 1).Message);
    }

    [Fact]
    public async Task A_push_with_a_wrong_key_is_refused()
    {
        await using var h = await ConnectedAsync();
        h.Emulator.State.AddUnit("pushed1");
        var unit = new JsonObject { ["id"] = 1, ["status"] = 2, ["data"] = new JsonObject { ["communityUserId"] = "pushed1" } };
        await h.Emulator.Cad.PushAsync(1, "EVENT_UNIT_LOGIN", unit, key: "forged-key-5555");
        await Eventually(() => h.Integration.PushEvents!.Refused == 1, "the forged push was not refused");
        Assert.False(h.Integration.IsUnit(1));
        Assert.DoesNotContain(h.LogLines, l => l.Message.Contains("forged-key-5555") || l.Message.Contains(IntegrationHarness.ApiKey));
    }
}
