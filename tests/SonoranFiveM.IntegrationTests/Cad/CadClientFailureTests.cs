using SonoranFiveM.Core.Cad.Models;

namespace SonoranFiveM.IntegrationTests.Cad;

/// <summary>Each failure class, as the real client classifies what the emulated CAD answers over HTTP.</summary>
public sealed class CadClientFailureTests
{
    private static EmergencyCall Call() =>
        new(true, "Jane Doe", "Alta St", "Shots fired", null, new Dictionary<string, string> { ["postal"] = "1234" });

    // ---- fatal: never retried, state untouched -------------------------------------------------

    [Fact]
    public async Task V2_wrong_key_is_fatal_401_not_retried_and_the_key_is_not_in_the_text()
    {
        await using var h = await CadClientHarness.StartAsync();
        h.Emulator.State.AddUnit("license:abc", status: 2);
        var cad = h.Client("v2", o => o.ApiKey = "wrong-secret-key");

        var result = await cad.SetUnitStatusAsync("license:abc", 3);

        var failure = result.Failure!;
        Assert.Equal(DeliveryFailureKind.Fatal, failure.Kind);
        Assert.Equal(401, failure.StatusCode);
        Assert.DoesNotContain("wrong-secret-key", failure.ToString());
        Assert.NotNull(failure.RequestId);
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Equal(2, h.Emulator.State.FindUnit("license:abc")!.Status);
    }

    [Fact]
    public async Task V1_wrong_key_is_fatal_INVALID_API_KEY_and_not_retried()
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client("v1", o => o.ApiKey = "wrong-secret-key");

        var result = await cad.Create911CallAsync(Call());

        var failure = result.Failure!;
        Assert.Equal(DeliveryFailureKind.Fatal, failure.Kind);
        Assert.Equal(400, failure.StatusCode);
        Assert.Contains("INVALID API KEY", failure.Message);
        Assert.DoesNotContain("wrong-secret-key", failure.ToString());
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Empty(h.Emulator.State.Calls);
    }

    [Fact]
    public async Task V1_wrong_community_id_is_fatal()
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client("v1", o => o.CommunityId = "someone-else");

        var result = await cad.SendHeartbeatAsync(3);

        Assert.Equal(DeliveryFailureKind.Fatal, result.Failure!.Kind);
        Assert.Contains("INVALID COMMUNITY ID", result.Failure.Message);
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Empty(h.Emulator.State.Heartbeats);
    }

    [Fact]
    public async Task V2_unknown_server_id_is_fatal_404()
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client("v2", o => o.ServerId = 9);

        var result = await cad.Create911CallAsync(Call());

        Assert.Equal(DeliveryFailureKind.Fatal, result.Failure!.Kind);
        Assert.Equal(404, result.Failure.StatusCode);
        Assert.Contains("server id", result.Failure.Message);
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Empty(h.Emulator.State.Calls);
    }

    [Fact]
    public async Task V1_at_a_wrong_URL_gets_Backend_Service_Reached_which_is_fatal()
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client("v1", o => o.BaseUrl = h.Emulator.BaseUrl + "/sonoran");

        var result = await cad.Create911CallAsync(Call());

        Assert.Equal(DeliveryFailureKind.Fatal, result.Failure!.Kind);
        Assert.Equal(200, result.Failure.StatusCode);
        Assert.Contains("Backend Service Reached", result.Failure.Message);
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Empty(h.Emulator.State.Calls);
        Assert.Single(await h.SettledRequestsAsync(EndpointNames.V1Unknown));
    }

    [Theory]
    [InlineData("v2", 403)]
    [InlineData("v1", 400)]
    public async Task API_not_enabled_for_the_community_is_fatal(string version, int status)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.ApiEnabled = false);
        var cad = h.Client(version);

        var result = await cad.SendHeartbeatAsync(5);

        Assert.Equal(DeliveryFailureKind.Fatal, result.Failure!.Kind);
        Assert.Equal(status, result.Failure.StatusCode);
        Assert.Contains("not enabled", result.Failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Empty(h.Emulator.State.Heartbeats);
    }

    // ---- rejected: the CAD's own words, not retried -------------------------------------------

    [Theory]
    [InlineData("v2", "status is required")]
    [InlineData("v1", "INVALID DATA: status must be")]
    public async Task A_validation_400_is_rejected_with_the_CAD_detail_and_not_retried(string version, string detail)
    {
        await using var h = await CadClientHarness.StartAsync();
        h.Emulator.State.AddUnit("license:abc", status: 2);
        var cad = h.Client(version);

        var result = await cad.SetUnitStatusAsync("license:abc", 7);

        Assert.Equal(DeliveryFailureKind.Rejected, result.Failure!.Kind);
        Assert.Equal(400, result.Failure.StatusCode);
        Assert.Contains(detail, result.Failure.Message);
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Equal(2, h.Emulator.State.FindUnit("license:abc")!.Status);
    }

    // ---- transient: one attempt; the dispatcher's lane retries ----------------------------------

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_5xx_is_transient_after_one_attempt_and_creates_nothing(string version)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.Faults.Add("5xx"));
        var cad = h.Client(version);

        var result = await cad.Create911CallAsync(Call()).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
        Assert.Contains(result.Failure.StatusCode!.Value, new[] { 500, 503 });
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Empty(h.Emulator.State.Calls);
    }

    // ---- rate limited ---------------------------------------------------------------------------

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_429_with_a_long_Retry_After_comes_back_at_once_with_RetryAt(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client(version);
        for (var i = 0; i < 3; i++) Assert.True((await cad.GetActiveUnitsAsync()).IsAccepted);   // the limit is 3 a minute
        h.Time.Advance(TimeSpan.FromSeconds(20));

        var result = await cad.GetActiveUnitsAsync();

        var failure = result.Failure!;
        Assert.Equal(DeliveryFailureKind.RateLimited, failure.Kind);
        Assert.Equal(429, failure.StatusCode);
        // The oldest slot frees 60 s after it was taken: 40 s from now.
        Assert.Equal(CadClientHarness.Start.AddSeconds(60), failure.RetryAt);
        Assert.NotNull(failure.RequestId);
        Assert.Equal(4, h.Transport.Attempts);
        Assert.Equal("40", h.Transport.Responses[3]!.Header("Retry-After"));
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_429_with_a_short_Retry_After_comes_back_at_once_with_RetryAt(string version)
    {
        await using var h = await CadClientHarness.StartAsync();
        var cad = h.Client(version);
        for (var i = 0; i < 3; i++) Assert.True((await cad.GetActiveUnitsAsync()).IsAccepted);
        h.Time.Advance(TimeSpan.FromSeconds(57));

        var result = await cad.GetActiveUnitsAsync();

        Assert.Equal(DeliveryFailureKind.RateLimited, result.Failure!.Kind);
        Assert.Equal(CadClientHarness.Start.AddSeconds(60), result.Failure.RetryAt);
        Assert.Equal(4, h.Transport.Attempts);
        Assert.Equal("3", h.Transport.Responses[3]!.Header("Retry-After"));
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_429_without_Retry_After_has_no_RetryAt_and_is_not_retried(string version)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.SendRetryAfter = false);
        var cad = h.Client(version);
        for (var i = 0; i < 3; i++) Assert.True((await cad.GetActiveUnitsAsync()).IsAccepted);

        var result = await cad.GetActiveUnitsAsync();

        Assert.Equal(DeliveryFailureKind.RateLimited, result.Failure!.Kind);
        Assert.Equal(429, result.Failure.StatusCode);
        Assert.Null(result.Failure.RetryAt);
        Assert.Equal(4, h.Transport.Attempts);
    }

    [Fact]
    public async Task A_429_storm_is_rate_limited_without_RetryAt_and_changes_nothing()
    {
        await using var h = await CadClientHarness.StartAsync(o => o.Faults.Add("429storm"));
        var cad = h.Client("v2");

        var result = await cad.Create911CallAsync(Call());

        Assert.Equal(DeliveryFailureKind.RateLimited, result.Failure!.Kind);
        Assert.Null(result.Failure.RetryAt);
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Empty(h.Emulator.State.Calls);
    }
}
