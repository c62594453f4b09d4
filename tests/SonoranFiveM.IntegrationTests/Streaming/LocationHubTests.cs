using SonoranFiveM.Core.Streaming;
using SonoranFiveM.Core.Tracking;
using SonoranFiveM.Emulator.State;
using SonoranFiveM.IntegrationTests.Composition;

namespace SonoranFiveM.IntegrationTests.Streaming;

/// <summary>The real core streaming locations over the emulator's SignalR hub, falling back to HTTP and back.</summary>
public class LocationHubTests
{
    private const int Units = 30;

    private static async Task<(IntegrationHarness Harness, PlayerPosition[] Samples)> StartAsync()
    {
        var h = await IntegrationHarness.StartAsync(withHub: true);
        var samples = new PlayerPosition[Units];
        for (var i = 0; i < Units; i++)
        {
            var id = "hub" + i;
            h.Emulator.State.AddUnit(id);
            h.Integration.PlayerJoined(i + 1, "license:" + id);
            samples[i] = new PlayerPosition(i + 1, i * 10f, 0f, 30f, 0f, 0);
        }

        Assert.True(await h.Integration.Roster.RefreshAsync());
        return (h, samples);
    }

    private static void Move(IntegrationHarness h, PlayerPosition[] samples)
    {
        for (var i = 0; i < samples.Length; i++) samples[i].Y += 5f;
        h.Integration.Sample(h.Integration.Units, samples, samples.Length);
    }

    private static long Counter(IntegrationHarness h, string name) => h.Emulator.State.Counters[name];

    private static long HttpLocationRequests(IntegrationHarness h) => Counter(h, EmulatorCounters.EndpointPrefix + "updateUnitLocations");

    [Fact]
    public async Task Locations_stream_over_the_hub_within_the_limits_and_http_stays_quiet()
    {
        var (h, samples) = await StartAsync();
        await using var _ = h;
        // Until the hub carries locations, the adapter samples once a second (HTTP batches go every 5 s at most).
        Assert.Equal(TimeSpan.FromSeconds(1), h.Integration.SampleInterval);
        // Until the hub has authenticated (the first pump), HTTP carries the first batch.
        await h.RunAsync(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(250), () => Move(h, samples));
        var httpBeforeHub = HttpLocationRequests(h);
        Assert.True(httpBeforeHub <= 1);
        await h.RunAsync(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(250), () => Move(h, samples));

        Assert.True(h.Integration.LocationHub!.CarriesLocations);
        // While it does, positions are read as often as the hub takes a call, so the map is as fresh as the hub allows.
        Assert.Equal(TimeSpan.FromMilliseconds(250), h.Integration.SampleInterval);
        Assert.True(Counter(h, EmulatorCounters.HubUnitLocationCalls) >= 15);
        Assert.Equal(0, Counter(h, EmulatorCounters.HubLimitErrors));
        Assert.Equal(httpBeforeHub, HttpLocationRequests(h));
        var now = h.Time.GetUtcNow();
        Assert.All(h.Emulator.State.Units, u => Assert.True(now - u.LastLocationUpdate <= TimeSpan.FromSeconds(1), u.CommunityUserId + " is stale"));
        var status = Assert.Single(h.Integration.StatusLines(), l => l.StartsWith("location hub:", StringComparison.Ordinal));
        Assert.StartsWith("location hub: authenticated, calls ", status);
        Assert.Contains("limit errors 0", status);
        Assert.DoesNotContain(IntegrationHarness.ApiKey, string.Join("\n", h.Integration.StatusLines()));
    }

    [Fact]
    public async Task A_hub_outage_falls_back_to_http_and_the_hub_comes_back_by_itself()
    {
        var (h, samples) = await StartAsync();
        await using var _ = h;
        await h.RunAsync(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(250), () => Move(h, samples));
        var hub = h.Integration.LocationHub!;
        Assert.True(hub.CarriesLocations);

        h.Emulator.Hub.SetDown(true);
        // The drop reaches the client over the network, in real time.
        for (var i = 0; i < 100 && hub.CarriesLocations; i++) await Task.Delay(50);
        Assert.Equal(HubConnectionState.Down, hub.State);
        Assert.Equal(TimeSpan.FromSeconds(1), h.Integration.SampleInterval);
        Assert.Contains(h.Integration.StatusLines(), l => l.StartsWith("location hub: down", StringComparison.Ordinal) && l.EndsWith("HTTP carries locations", StringComparison.Ordinal));

        await h.RunAsync(TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(250), () => Move(h, samples));
        Assert.True(HttpLocationRequests(h) >= 3);
        var now = h.Time.GetUtcNow();
        Assert.All(h.Emulator.State.Units, u => Assert.True(now - u.LastLocationUpdate <= TimeSpan.FromSeconds(6), u.CommunityUserId + " is stale"));

        h.Emulator.Hub.SetDown(false);
        await h.RunAsync(TimeSpan.FromSeconds(70), TimeSpan.FromMilliseconds(250), () => Move(h, samples));
        Assert.True(hub.CarriesLocations);
        Assert.Equal(TimeSpan.FromMilliseconds(250), h.Integration.SampleInterval);
        var httpAfterRecovery = HttpLocationRequests(h);
        await h.RunAsync(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(250), () => Move(h, samples));
        Assert.Equal(httpAfterRecovery, HttpLocationRequests(h));
        Assert.Equal(0, Counter(h, EmulatorCounters.HubLimitErrors));
        Assert.Equal(0, Counter(h, EmulatorCounters.StatusPrefix + "429"));
        Assert.Contains(h.LogLines, l => l.Message.Contains("go over HTTP"));
    }
}
