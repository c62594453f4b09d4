using System.Text.Json;
using SonoranFiveM.Cli.Simulation;

namespace SonoranFiveM.IntegrationTests.Cli;

public sealed class SimulationReportTests
{
    private static SimulationFigures Figures(long created = 10, long delivered = 7, long pending = 3, long expired = 0,
        long recordsCreated = 2, long recordsDelivered = 2, long recordsPending = 0) => new()
    {
        Players = 64,
        Units = 16,
        DurationSeconds = 60,
        Requests = new Dictionary<string, long> { ["create911Call"] = 7, ["updateUnitLocations"] = 12 },
        Calls911 = new DurableFigures { Created = created, Delivered = delivered, Pending = pending, ExpiredUndelivered = expired },
        Records = new DurableFigures { Created = recordsCreated, Delivered = recordsDelivered, Pending = recordsPending },
        Call911LatenciesMs = new double[] { 40, 10, 30, 20, 1000 },
        Call311LatenciesMs = new double[] { 90_000, 60_000 },
    };

    [Fact]
    public void Created_equal_to_delivered_plus_pending_is_nothing_lost()
    {
        var report = new SimulationReport(Figures());
        Assert.Equal(0, report.Calls911Lost);
        Assert.True(report.NothingLost);
        Assert.Empty(report.Problems());
        Assert.Contains("OK: nothing durable was lost", report.ToText());
    }

    [Fact]
    public void A_missing_call_is_lost_and_named()
    {
        var report = new SimulationReport(Figures(created: 10, delivered: 6, pending: 3));
        Assert.Equal(1, report.Calls911Lost);
        Assert.False(report.NothingLost);
        Assert.Contains("LOST 1 911 call(s)", Assert.Single(report.Problems()));
        Assert.Contains("FAILED", report.ToText());
    }

    [Fact]
    public void Calls_dropped_for_age_are_accounted_for_but_any_other_gap_is_lost()
    {
        Assert.True(new SimulationReport(Figures(created: 10, delivered: 5, pending: 2, expired: 3)).NothingLost);
        Assert.Equal(1, new SimulationReport(Figures(created: 10, delivered: 5, pending: 1, expired: 3)).Calls911Lost);
    }

    [Fact]
    public void Counting_something_twice_is_a_problem_too()
    {
        var report = new SimulationReport(Figures(recordsCreated: 1, recordsDelivered: 1, recordsPending: 1));
        Assert.Equal(-1, report.RecordsLost);
        Assert.False(report.NothingLost);
        Assert.Contains("counted twice", Assert.Single(report.Problems()));
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var report = new SimulationReport(Figures());
        Assert.Equal(30, report.Latency911P50Ms);
        Assert.Equal(1000, report.Latency911P99Ms);
        Assert.Null(SimulationReport.Percentile(new double[0], 0.5));
        Assert.Equal(7, SimulationReport.Percentile(new double[] { 7 }, 0.99));
    }

    [Fact]
    public void Emergency_and_non_emergency_delays_are_reported_apart()
    {
        var report = new SimulationReport(Figures());
        Assert.Equal(60_000, report.Latency311P50Ms);
        Assert.Equal(90_000, report.Latency311P99Ms);
        Assert.Contains("911 latency        p50 30 ms, p99 1000 ms", report.ToText());
        Assert.Contains("311 latency        p50 60000 ms, p99 90000 ms", report.ToText());
        using var doc = JsonDocument.Parse(report.ToJson());
        Assert.Equal(90_000, doc.RootElement.GetProperty("latencyMs").GetProperty("311p99").GetDouble());
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        using var doc = JsonDocument.Parse(new SimulationReport(Figures()).ToJson());
        var root = doc.RootElement;
        Assert.Equal(64, root.GetProperty("players").GetInt32());
        Assert.Equal(7, root.GetProperty("requests").GetProperty("create911Call").GetInt64());
        Assert.Equal(3, root.GetProperty("calls911").GetProperty("pending").GetInt64());
        Assert.Equal(0, root.GetProperty("records").GetProperty("expiredDeleted").GetInt64());
        Assert.Equal(30, root.GetProperty("latencyMs").GetProperty("911p50").GetDouble());
        Assert.True(root.GetProperty("nothingLost").GetBoolean());
        foreach (var key in new[] { "units", "durationSeconds", "rateLimited", "errors", "locationUpdates", "maxLocationStalenessSeconds", "peakManagedMemoryBytes", "outboxEntries" })
            Assert.True(root.TryGetProperty(key, out _), key);
    }
}
