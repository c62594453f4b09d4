using System.Threading;
using SonoranFiveM.Cli;
using CommandContext = SonoranFiveM.Cli.CommandContext;
using System.Text.Json;

namespace SonoranFiveM.IntegrationTests.Cli;

/// <summary>The simulator end to end: the real core over HTTP against the emulator, on the virtual clock at full speed.</summary>
public sealed class SimulateCommandTests
{
    [Fact]
    public async Task Json_output_is_one_object_with_every_field()
    {
        var (code, output, error) = await CliRunner.RunAsync("simulate", "--players", "16", "--duration", "120", "--speed", "max", "--calls-per-minute", "6", "--transport", "http", "--json");
        Assert.True(code == 0, error + output);
        using var doc = JsonDocument.Parse(output); // nothing else on stdout
        var root = doc.RootElement;
        Assert.Equal(16, root.GetProperty("players").GetInt32());
        Assert.Equal(4, root.GetProperty("units").GetInt32());
        Assert.Equal(120, root.GetProperty("durationSeconds").GetDouble());
        var requests = root.GetProperty("requests");
        Assert.True(requests.GetProperty("create911Call").GetInt64() > 0);
        Assert.True(requests.GetProperty("updateUnitLocations").GetInt64() > 0);
        Assert.True(requests.GetProperty("heartbeat").GetInt64() > 0);
        Assert.Equal(0, root.GetProperty("rateLimited").GetInt64());
        var calls = root.GetProperty("calls911");
        Assert.True(calls.GetProperty("created").GetInt64() > 0);
        Assert.Equal(calls.GetProperty("created").GetInt64(), calls.GetProperty("delivered").GetInt64() + calls.GetProperty("pending").GetInt64());
        var records = root.GetProperty("records");
        Assert.Equal(2, records.GetProperty("created").GetInt64());
        Assert.Equal(2, records.GetProperty("delivered").GetInt64());
        Assert.True(root.GetProperty("locationUpdates").GetProperty("sent").GetInt64() > 0);
        Assert.True(root.GetProperty("maxLocationStalenessSeconds").GetDouble() > 0);
        Assert.True(root.GetProperty("latencyMs").TryGetProperty("911p99", out _));
        // Measured from the command to the emulator receiving the request, lane wake-up included: never a flat 0.
        Assert.True(root.GetProperty("latencyMs").GetProperty("911p50").GetDouble() > 0);
        Assert.True(root.GetProperty("peakManagedMemoryBytes").GetInt64() > 0);
        Assert.True(root.TryGetProperty("outboxEntries", out _));
        Assert.True(root.GetProperty("nothingLost").GetBoolean());
    }

    [Fact]
    public async Task An_outage_ends_with_nothing_lost_and_the_backlog_delivered()
    {
        var (code, output, error) = await CliRunner.RunAsync("simulate", "--players", "12", "--duration", "400", "--speed", "max",
            "--calls-per-minute", "4", "--faults", "outage:60-180", "--seed", "7", "--transport", "http", "--json");
        Assert.True(code == 0, error + output);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("outage:60-180", root.GetProperty("faults").GetString());
        Assert.True(root.GetProperty("errors").GetInt64() > 0, "the outage was seen");
        var calls = root.GetProperty("calls911");
        Assert.Equal(0, calls.GetProperty("lost").GetInt64());
        Assert.True(calls.GetProperty("delivered").GetInt64() > 0);
        // 400 s leaves 220 s after the outage: at 4 calls/min within a 10/min limit the backlog has drained.
        Assert.Equal(0, calls.GetProperty("pending").GetInt64());
        Assert.True(root.GetProperty("maxLocationStalenessSeconds").GetDouble() >= 100, "locations were stale during the outage");
        Assert.True(root.GetProperty("nothingLost").GetBoolean());
    }

    [Fact]
    public async Task The_text_report_goes_to_stdout_and_progress_to_stderr_on_a_terminal()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CommandContext(output, error, CancellationToken.None) { ErrorIsTerminal = true };
        var code = await CliApp.RunAsync(new[] { "simulate", "--players", "8", "--duration", "30", "--speed", "max" }, context);
        Assert.Equal(0, code);
        Assert.Contains("Simulation report", output.ToString());
        Assert.Contains("OK: nothing durable was lost", output.ToString());
        Assert.Contains("units", error.ToString());
        Assert.Contains("/30 s]", error.ToString());
        Assert.DoesNotContain("simulate-local-key", output.ToString() + error);
    }

    [Fact]
    public async Task By_default_locations_stream_over_the_hub_and_push_events_reach_the_resource()
    {
        var (code, output, error) = await CliRunner.RunAsync("simulate", "--players", "16", "--duration", "60", "--speed", "max", "--json");
        Assert.True(code == 0, error + output);
        var root = JsonDocument.Parse(output).RootElement;
        var locations = root.GetProperty("locations");
        Assert.Equal("websocket", locations.GetProperty("transport").GetString());
        Assert.True(locations.GetProperty("hubCalls").GetInt64() > 100);
        Assert.Equal(0, locations.GetProperty("hubLimitErrors").GetInt64());
        Assert.True(locations.GetProperty("stalenessMaxSeconds").GetDouble() <= 0.5);
        Assert.True(locations.GetProperty("stalenessP50Seconds").GetDouble() > 0);
        Assert.Equal(0, root.GetProperty("rateLimited").GetInt64());
        var push = root.GetProperty("pushEvents");
        Assert.True(push.GetProperty("received").GetInt64() > 0);
        Assert.True(push.GetProperty("rosterChanges").GetInt64() > 0);
        Assert.True(push.GetProperty("rosterLatencyMaxMs").GetDouble() < 1000);
    }

    [Fact]
    public async Task A_hub_outage_falls_back_to_http_without_limit_errors()
    {
        var (code, output, error) = await CliRunner.RunAsync("simulate", "--players", "8", "--duration", "240", "--speed", "max",
            "--hub-outage", "60", "--json");
        Assert.True(code == 0, error + output);
        var locations = JsonDocument.Parse(output).RootElement.GetProperty("locations");
        Assert.True(locations.GetProperty("httpRequests").GetInt64() >= 10, "HTTP carried locations during the outage");
        Assert.Equal(0, locations.GetProperty("hubLimitErrors").GetInt64());
        Assert.True(locations.GetProperty("stalenessMaxSeconds").GetDouble() <= 6.5, "no staler than HTTP alone");
        Assert.True(locations.GetProperty("stalenessP50Seconds").GetDouble() <= 0.25, "the hub carried the rest of the run");
    }

    [Fact]
    public async Task No_progress_line_when_stderr_is_not_a_terminal()
    {
        var (code, output, error) = await CliRunner.RunAsync("simulate", "--players", "8", "--duration", "30", "--speed", "max");
        Assert.Equal(0, code);
        Assert.Contains("Simulation report", output);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("--players", "many")]
    [InlineData("--units-share", "2")]
    [InlineData("--speed", "fast")]
    [InlineData("--faults", "5xx:9")]
    [InlineData("--api-key", "k")]
    [InlineData("--cad-url", "not a url")]
    [InlineData("--transport", "carrier-pigeon")]
    [InlineData("--hub-outage", "-1")]
    public async Task Bad_options_are_exit_2(string name, string value)
    {
        var (code, _, error) = await CliRunner.RunAsync("simulate", name, value);
        Assert.Equal(2, code);
        Assert.Contains("sonoran-fivem simulate --help", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("--transport", "http", "--hub-outage", "5")]
    [InlineData("--duration", "10", "--hub-outage", "10")]
    [InlineData("--cad-url", "http://127.0.0.1:1", "--api-key", "k", "--community-id", "c", "--hub-outage", "5")]
    public async Task A_hub_outage_needs_the_emulators_hub_and_a_longer_run(params string[] args)
    {
        var (code, _, error) = await CliRunner.RunAsync(new[] { "simulate" }.Concat(args).ToArray());
        Assert.Equal(2, code);
        Assert.Contains("--hub-outage", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task A_real_cad_run_refuses_virtual_time()
    {
        var (code, _, error) = await CliRunner.RunAsync("simulate", "--cad-url", "http://127.0.0.1:1", "--api-key", "k", "--speed", "60");
        Assert.Equal(2, code);
        Assert.Contains("--speed", error.Split('\n').First());
    }
}
