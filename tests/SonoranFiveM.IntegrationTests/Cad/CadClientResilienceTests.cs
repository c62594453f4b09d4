using Polly.CircuitBreaker;
using SonoranFiveM.Core.Cad.Models;

namespace SonoranFiveM.IntegrationTests.Cad;

/// <summary>Timeouts, dropped connections, malformed bodies and the circuit breaker, over real HTTP on the fake clock.</summary>
public sealed class CadClientResilienceTests
{
    private static EmergencyCall Call() =>
        new(true, "Jane Doe", "Alta St", "Shots fired", null, new Dictionary<string, string> { ["postal"] = "1234" });

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_hanging_CAD_times_the_attempt_out_on_the_clock_as_transient(string version)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.Faults.Add("hang"));
        var cad = h.Client(version, o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(3));

        var pending = cad.Create911CallAsync(Call());
        await h.Emulator.Requests.WaitForHeldAsync(n => n == 1);
        h.Time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(pending.IsCompleted, "Still waiting before the attempt timeout");
        h.Time.Advance(TimeSpan.FromSeconds(0.1));
        var result = await pending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
        Assert.Null(result.Failure.StatusCode);
        Assert.Contains("did not answer", result.Failure.Message);
        var entry = Assert.Single(await h.SettledRequestsAsync(EndpointNames.Create911Call));
        Assert.Equal("hang", entry.Fault);
        Assert.Equal(0, entry.Status);
        Assert.Empty(h.Emulator.State.Calls);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_dropped_connection_is_transient_after_one_attempt(string version)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.Faults.Add("drop"));
        var cad = h.Client(version);

        var result = await cad.SendHeartbeatAsync(12).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
        Assert.Null(result.Failure.StatusCode);
        Assert.Contains("No response", result.Failure.Message);
        Assert.Equal(1, h.Transport.Attempts);
        var log = await h.SettledRequestsAsync(EndpointNames.Heartbeat);
        Assert.All(log, e => Assert.Equal(("drop", 0), (e.Fault, e.Status)));
        Assert.Empty(h.Emulator.State.Heartbeats);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_malformed_reply_to_a_911_call_counts_as_created_without_an_id_and_is_not_resent(string version)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.Faults.Add("malformed"));
        var cad = h.Client(version);

        var result = await cad.Create911CallAsync(Call());

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(0, result.Value);
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Single(h.Emulator.State.Calls);
        Assert.Equal("malformed", Assert.Single(await h.SettledRequestsAsync(EndpointNames.Create911Call)).Fault);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_malformed_reply_to_a_record_create_counts_as_created_without_an_id(string version)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.Faults.Add("malformed"));
        var cad = h.Client(version);

        var result = await cad.CreateRecordsAsync(new[]
        {
            RecordRequest.FromTemplate("license:abc", 7, new Dictionary<string, string> { ["plate"] = "ABC123" }, null),
        });

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Null(Assert.Single(result.Value));
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Single(h.Emulator.State.Records);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task A_malformed_reply_to_a_read_is_transient(string version)
    {
        await using var h = await CadClientHarness.StartAsync(o => o.Faults.Add("malformed"));
        h.Emulator.State.AddUnit("license:abc");
        var cad = h.Client(version);

        var units = await cad.GetActiveUnitsAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(DeliveryFailureKind.Transient, units.Failure!.Kind);
        Assert.Equal(1, h.Transport.Attempts);
        Assert.Contains(h.Log.Lines, l => l.Contains("not a readable unit list"));
    }

    [Fact]
    public async Task A_malformed_version_reply_is_transient_after_one_attempt()
    {
        await using var h = await CadClientHarness.StartAsync(o => o.Faults.Add("malformed"));
        var cad = h.Client("v2");

        var result = await cad.GetVersionAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
        Assert.Equal(200, result.Failure.StatusCode);
        Assert.Contains("not a readable version", result.Failure.Message);
        Assert.Equal(1, h.Transport.Attempts);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_stops_calling_and_closes_after_the_break()
    {
        await using var h = await CadClientHarness.StartAsync(o => o.Faults.Add("5xx"));
        var cad = h.Client("v2");   // breaker defaults: ≥4 attempts, 50 %, 30 s open

        for (var i = 0; i < 4; i++)
        {
            var failed = await cad.SendHeartbeatAsync(i);
            Assert.Equal(DeliveryFailureKind.Transient, failed.Failure!.Kind);
            Assert.NotNull(failed.Failure.StatusCode);
        }

        Assert.Equal(CircuitState.Open, h.Factory.Breakers.StateOf(h.Emulator.BaseUrl));
        h.Emulator.Faults.Clear();

        var refused = await cad.SendHeartbeatAsync(5);

        Assert.Equal(DeliveryFailureKind.Transient, refused.Failure!.Kind);
        Assert.Null(refused.Failure.StatusCode);
        Assert.Contains("circuit is open", refused.Failure.Message);
        Assert.Equal(CadClientHarness.Start.AddSeconds(30), refused.Failure.RetryAt);
        Assert.Equal(4, h.Transport.Attempts);

        // The breaker belongs to the base URL: a v1 client of the same CAD is paused too.
        var v1 = await h.Client("v1").SendHeartbeatAsync(5);
        Assert.Contains("circuit is open", v1.Failure!.Message);
        Assert.Equal(4, h.Transport.Attempts);

        h.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Contains("circuit is open", (await cad.SendHeartbeatAsync(6)).Failure!.Message);
        Assert.Equal(4, h.Transport.Attempts);

        h.Time.Advance(TimeSpan.FromSeconds(1));
        var probe = await cad.SendHeartbeatAsync(7);

        Assert.True(probe.IsAccepted, probe.ToString());
        Assert.Equal(5, h.Transport.Attempts);
        Assert.Equal(CircuitState.Closed, h.Factory.Breakers.StateOf(h.Emulator.BaseUrl));
        Assert.Equal(7, h.Emulator.State.Heartbeats[1].PlayerCount);
        Assert.Contains(h.Log.Lines, l => l.Contains("opened for 30 s"));
        Assert.Contains(h.Log.Lines, l => l.Contains("closed"));
    }

    [Fact]
    public async Task Rejections_and_rate_limits_do_not_open_the_circuit()
    {
        await using var h = await CadClientHarness.StartAsync(o => o.SendRetryAfter = false);
        h.Emulator.State.AddUnit("license:abc");
        var cad = h.Client("v2");

        for (var i = 0; i < 4; i++) Assert.Equal(DeliveryFailureKind.Rejected, (await cad.SetUnitStatusAsync("license:abc", 9)).Failure!.Kind);
        for (var i = 0; i < 3; i++) Assert.True((await cad.GetActiveUnitsAsync()).IsAccepted);
        for (var i = 0; i < 4; i++) Assert.Equal(DeliveryFailureKind.RateLimited, (await cad.GetActiveUnitsAsync()).Failure!.Kind);

        Assert.Equal(CircuitState.Closed, h.Factory.Breakers.StateOf(h.Emulator.BaseUrl));
        Assert.True((await cad.SetUnitStatusAsync("license:abc", 4)).IsAccepted);
        Assert.Equal(4, h.Emulator.State.FindUnit("license:abc")!.Status);
    }
}
