using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Emulator.State;
using Xunit.Abstractions;

namespace SonoranFiveM.IntegrationTests.Dispatch;

/// <summary>
/// Ten simulated minutes of a busy server through the real core and real HTTP, against the emulator enforcing the
/// documented per-key limits: 200 units moving, a heartbeat every minute, the active-unit roster polled, and 30 911
/// calls in the first minute (three times the 10/min limit).
/// </summary>
public sealed class DispatchLoadTests
{
    private const int Units = 200;
    private const int Seed = 4242;
    private const int Calls = 30;
    private static readonly TimeSpan RunFor = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan CallDeadline = TimeSpan.FromMinutes(3);

    private readonly ITestOutputHelper _output;

    public DispatchLoadTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Ten_minutes_of_200_moving_units_and_a_911_burst_stay_under_the_limits_and_deliver_everything()
    {
        await using var sim = await DispatchSimulation.StartAsync(Units, Seed);

        await sim.RunUntilAsync(RunFor, CallBurst(sim));
        await SettleAsync(sim);

        var delivered = sim.DeliveredCalls();
        var delays = sim.CallsCreatedAt.Select(c => (Id: c.Key, Delay: delivered.TryGetValue(c.Key, out var e) ? e.CreatedAt - c.Value : (TimeSpan?)null)).ToList();
        var maxDelay = delays.Where(d => d.Delay.HasValue).Select(d => d.Delay!.Value).DefaultIfEmpty().Max();
        var finalStaleness = FinalStaleness(sim);
        _output.WriteLine("10 simulated minutes, " + Units + " units moving, " + Calls + " 911 calls in the first minute, rate limits on:");
        _output.WriteLine(sim.Report());
        _output.WriteLine("429s: " + sim.CountStatus(429) + "; 911 calls delivered: " + delivered.Count + "/" + Calls + "; max 911 delay: " + maxDelay.TotalSeconds + " s");
        _output.WriteLine("max CAD position age during the run: " + sim.MaxStaleness.TotalSeconds + " s; at the end: " + finalStaleness.TotalSeconds + " s");

        Assert.Equal(0, sim.CountStatus(429));
        Assert.Equal(0, sim.Emulator.State.Counters[EmulatorCounters.RateLimited]);
        Assert.Equal(Calls, sim.CallsCreatedAt.Count);
        Assert.All(delays, d => Assert.True(d.Delay.HasValue, "911 call " + d.Id + " never reached the CAD"));
        Assert.All(delays, d => Assert.True(d.Delay!.Value <= CallDeadline, "911 call " + d.Id + " took " + d.Delay.Value + " to reach the CAD"));
        Assert.Equal(Calls, delivered.Count);
        Assert.Equal(Calls, sim.Emulator.Requests.For(EndpointNames.Create911Call).Count); // no duplicates, no wasted attempts
        Assert.True(sim.MaxStaleness <= Bound(sim), "a unit's CAD position was " + sim.MaxStaleness + " old during the run");
        AssertPositionsAreCurrent(sim);
        // The heartbeat went out every minute and the CAD knows how many players there are.
        Assert.InRange(sim.Count(EndpointNames.Heartbeat), 10, 11);
        Assert.Equal(Units, sim.Emulator.State.Heartbeats[1].PlayerCount);
        // The roster's three pages fit its 3/min budget on every poll: no poll was refused, so a unit that signs on is seen within a poll.
        Assert.DoesNotContain(sim.Log.Lines, l => l.Message.Contains("budget ran out"));
        Assert.Equal(0, sim.Count(EndpointNames.GetActiveUnits) % 3);
        // 12 location batches per 61 s at most, and the budget was used: all units in every batch.
        Assert.InRange(sim.Count(EndpointNames.UpdateUnitLocations), 110, 122);
    }

    [Fact]
    public async Task An_outage_from_minute_2_to_4_loses_nothing_durable_and_everything_goes_out_after_it()
    {
        await using var sim = await DispatchSimulation.StartAsync(Units, Seed, "outage:120-240");

        await sim.RunUntilAsync(RunFor, CallBurst(sim));
        await SettleAsync(sim);

        var outageEnd = sim.Emulator.StartedAt + TimeSpan.FromMinutes(4);
        var delivered = sim.DeliveredCalls();
        var lastDelivery = delivered.Values.Max(c => c.CreatedAt);
        _output.WriteLine("outage 120-240 s:");
        _output.WriteLine(sim.Report());
        _output.WriteLine("429s: " + sim.CountStatus(429) + "; 911 calls delivered: " + delivered.Count + "/" + Calls + "; last delivered " + (lastDelivery - sim.Emulator.StartedAt).TotalSeconds + " s after start; final position age " + FinalStaleness(sim).TotalSeconds + " s");

        Assert.Equal(0, sim.CountStatus(429));
        Assert.True(sim.CountStatus(503) > 0, "the outage never happened");
        Assert.Equal(Calls, delivered.Count);
        Assert.All(sim.CallsCreatedAt.Keys, id => Assert.True(delivered.ContainsKey(id), "911 call " + id + " was lost"));
        Assert.Equal(0, sim.Outbox.OpenCount);
        // Calls that met the outage went out once it ended: within one max backoff (60 s) plus one rate window.
        Assert.True(lastDelivery <= outageEnd + TimeSpan.FromSeconds(60) + LaneRateLimiter.ReuseAfter, "last 911 call delivered at " + lastDelivery);
        AssertPositionsAreCurrent(sim);
        Assert.Equal(Units, sim.Emulator.State.Heartbeats[1].PlayerCount);
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_an_outage_replays_the_outbox_and_delivers_every_call()
    {
        await using var sim = await DispatchSimulation.StartAsync(Units, Seed, "outage:120-240");

        await sim.RunUntilAsync(TimeSpan.FromMinutes(3), CallBurst(sim));
        var beforeRestart = sim.DeliveredCalls().Count;
        var pending = sim.Outbox.OpenCount;
        var restored = await sim.RestartAsync();
        _output.WriteLine("restart at 180 s: " + beforeRestart + " call(s) delivered before the outage, " + pending + " open in the outbox, " + restored + " replayed");

        Assert.InRange(beforeRestart, 1, Calls - 1); // the burst met the outage: some went out, some were still queued
        Assert.Equal(Calls - beforeRestart, pending);
        Assert.Equal(pending, restored);

        await sim.RunUntilAsync(RunFor);
        await SettleAsync(sim);

        var delivered = sim.DeliveredCalls();
        _output.WriteLine(sim.Report());
        Assert.Equal(0, sim.CountStatus(429));
        Assert.All(sim.CallsCreatedAt.Keys, id => Assert.True(delivered.ContainsKey(id), "911 call " + id + " was lost across the restart"));
        Assert.Equal(Calls, delivered.Count);
        Assert.Equal(0, sim.Outbox.OpenCount);
        AssertPositionsAreCurrent(sim);
    }

    /// <summary>Call n is dialled 2 s × n into the run: 30 calls within the first minute.</summary>
    private static Func<Task> CallBurst(DispatchSimulation sim)
    {
        var next = 0;
        return () =>
        {
            while (next < Calls && sim.Elapsed >= TimeSpan.FromSeconds(2 * next)) sim.Call911(next++);
            return Task.CompletedTask;
        };
    }

    /// <summary>Players stop moving (they keep being sampled) for one interval plus one batch, so the last positions can go out.</summary>
    private static Task SettleAsync(DispatchSimulation sim)
    {
        sim.Moving = false;
        return sim.RunUntilAsync(sim.Elapsed + Bound(sim));
    }

    /// <summary>One location interval plus one batch: the next slot, which may wait up to the limiter's 1 s margin.</summary>
    private static TimeSpan Bound(DispatchSimulation sim)
        => sim.DispatcherOptions.LocationInterval + sim.DispatcherOptions.LocationInterval + LaneRateLimiter.Margin;

    private static TimeSpan FinalStaleness(DispatchSimulation sim)
        => sim.Emulator.State.Units.Select(u => u.LastLocationUpdate.HasValue ? sim.Now - u.LastLocationUpdate.Value : TimeSpan.MaxValue).Max();

    private static void AssertPositionsAreCurrent(DispatchSimulation sim)
    {
        var samples = sim.LatestSamples.ToDictionary(s => s.CommunityUserId!, StringComparer.Ordinal);
        var units = sim.Emulator.State.Units;
        Assert.Equal(Units, units.Count);
        foreach (var unit in units)
        {
            Assert.True(unit.LastLocationUpdate.HasValue, unit.CommunityUserId + " never got a position");
            var age = sim.Now - unit.LastLocationUpdate!.Value;
            Assert.True(age <= Bound(sim), unit.CommunityUserId + "'s CAD position is " + age + " old");
            var sample = samples[unit.CommunityUserId];
            var at = unit.Coordinates!;
            Assert.True(Math.Abs(at.X - sample.X) < 0.01 && Math.Abs(at.Y - sample.Y) < 0.01 && Math.Abs(at.Z - sample.Z) < 0.01,
                unit.CommunityUserId + " is at (" + at.X + ", " + at.Y + ", " + at.Z + ") in the CAD but was last sampled at (" + sample.X + ", " + sample.Y + ", " + sample.Z + ")");
        }
    }
}
