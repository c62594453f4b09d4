using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SonoranFiveM.Emulator.State;

namespace SonoranFiveM.IntegrationTests.Emulator;

/// <summary>The emulator's <c>/apiWsHub</c> through the .NET SignalR client: auth rules, limits, faults, state.</summary>
public class HubTests
{
    private static async Task<HubConnection> OpenAsync(EmulatorHarness h)
    {
        var connection = new HubConnectionBuilder().WithUrl(h.Emulator.BaseUrl + "/apiWsHub").Build();
        await connection.StartAsync();
        return connection;
    }

    private static JsonArray Updates(int count, string id = "hub-unit") =>
        new(Array.ConvertAll(new int[count], _ => (JsonNode)new JsonObject
        {
            ["communityUserId"] = id, ["location"] = "Route 68", ["coordinates"] = new JsonObject { ["x"] = 1.5, ["y"] = 2, ["z"] = 3, ["w"] = 90 },
        }));

    [Theory]
    [InlineData(EmulatorHarness.CommunityId, "wrong-key", 1, "Invalid API key.")]
    [InlineData("other-community", EmulatorHarness.ApiKey, 1, "Invalid community id.")]
    [InlineData(EmulatorHarness.CommunityId, EmulatorHarness.ApiKey, 9, "Server 9 is not configured for this community.")]
    public async Task Authentication_follows_the_rest_rules(string community, string key, int serverId, string error)
    {
        await using var h = await EmulatorHarness.StartAsync();
        await using var hub = await OpenAsync(h);
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<bool>("authenticatev2", community, key, serverId));
        Assert.Contains(error, refused.Message);
        Assert.DoesNotContain(key, refused.Message.Replace(error, ""));
        // Not authenticated: no locations.
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<int>("unitLocation", Updates(1)));
    }

    [Fact]
    public async Task Locations_obey_the_documented_limits_and_show_in_the_state()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.State.AddUnit("hub-unit");
        await using var hub = await OpenAsync(h);
        Assert.True(await hub.InvokeAsync<bool>("authenticatev2", EmulatorHarness.CommunityId, EmulatorHarness.ApiKey, 1));

        var tooMany = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<int>("unitLocation", Updates(26)));
        Assert.Contains("Too many unit updates in one call. Max is 25.", tooMany.Message);
        Assert.Equal(1, await hub.InvokeAsync<int>("unitLocation", Updates(1)));
        h.Time.Advance(TimeSpan.FromMilliseconds(199));
        var tooSoon = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<int>("unitLocation", Updates(1)));
        Assert.Contains("UNIT_LOCATION updates are limited to every 200ms.", tooSoon.Message);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(25, await hub.InvokeAsync<int>("unitLocation", Updates(25))); // 25 is allowed; each update counts

        Assert.Equal(2, h.Emulator.State.Counters[EmulatorCounters.HubLimitErrors]);
        var unit = h.Emulator.State.FindUnit("hub-unit")!;
        Assert.Equal(1.5, unit.Coordinates!.X);
        var state = await h.Http.GetStringAsync("/_emulator/state");
        Assert.Contains("\"lastLocationUpdate\":\"2026-03-01T12:00:00.2", state);
    }

    [Fact]
    public async Task Faults_refuse_authentication_delay_answers_and_take_the_hub_down()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Hub.Faults.RefuseAuth = "Maintenance.";
        await using (var hub = await OpenAsync(h))
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<bool>("authenticatev2", EmulatorHarness.CommunityId, EmulatorHarness.ApiKey, 1));
            Assert.Contains("Maintenance.", refused.Message);
        }

        h.Emulator.Hub.Faults.RefuseAuth = null;
        h.Emulator.Hub.Faults.Delay = TimeSpan.FromSeconds(2);
        await using (var hub = await OpenAsync(h))
        {
            var pending = hub.InvokeAsync<bool>("authenticatev2", EmulatorHarness.CommunityId, EmulatorHarness.ApiKey, 1);
            await h.Emulator.Hub.WaitForHeldAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.False(pending.IsCompleted); // held on the emulator's clock
            h.Time.Advance(TimeSpan.FromSeconds(2));
            Assert.True(await pending);
            Assert.Equal(1, h.Emulator.Hub.AuthenticatedCount);

            var closed = new TaskCompletionSource();
            hub.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
            h.Emulator.Hub.SetDown(true);
            await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }

        await Assert.ThrowsAnyAsync<Exception>(() => OpenAsync(h));
        h.Emulator.Hub.SetDown(false);
        await using var back = await OpenAsync(h);
        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, back.State);
    }
}
