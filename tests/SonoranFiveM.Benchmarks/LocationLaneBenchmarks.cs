using System;
using BenchmarkDotNet.Attributes;
using SonoranFiveM.Benchmarks.Support;
using SonoranFiveM.Core.Cad.V2;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Benchmarks
{
    /// <summary>
    /// The location lane at 2,048 units, every one of them moving. The lane's queue is the tracker itself: a location
    /// update is "enqueued" by <see cref="UnitTracker.Sample"/> overwriting the unit's slot (latest wins, so coalescing is
    /// the overwrite), and the lane pulls a batch with <see cref="UnitTracker.TakeBatch"/>.
    /// </summary>
    public abstract class LocationLaneBenchmarkBase
    {
        protected const int Units = 2048;

        private protected ServerScenario Scenario = null!;
        private protected UnitTracker Tracker = null!;
        private UnitRoster _roster = null!;

        [GlobalSetup]
        public void Setup()
        {
            Validate();
            Scenario = new ServerScenario(Units, Units, Units);
            _roster = Scenario.CreateRoster();
            Tracker = new UnitTracker(_roster, new TrackerOptions { MaxUnits = Units, KeepAlive = TimeSpan.FromHours(1) }, TimeProvider.System);
            Tracker.Sample(Scenario.Samples, Units);
            if (Tracker.PendingCount != Units) throw new InvalidOperationException("Expected every unit pending.");
            Prepare();
        }

        [GlobalCleanup]
        public void Cleanup() => _roster.Dispose();

        protected virtual void Validate()
        {
        }

        /// <summary>After the tracker is filled: what a benchmark needs besides it.</summary>
        protected virtual void Prepare()
        {
        }
    }

    /// <summary>Enqueue + coalesce: one location update for each of 2,048 units, each replacing that unit's pending state. Reported per update.</summary>
    [MemoryDiagnoser]
    public class LocationEnqueueBenchmarks : LocationLaneBenchmarkBase
    {
        [Benchmark(OperationsPerInvoke = Units, Description = "Enqueue+coalesce, per update")]
        public int EnqueueCoalesce()
        {
            Scenario.Advance();
            Tracker.Sample(Scenario.Samples, Units);
            return Units;
        }
    }

    /// <summary>
    /// One request body with 2,048 units pending: take the batch from the tracker (location text included) and
    /// serialise the v2 <c>PATCH unit-locations</c> JSON exactly as <see cref="CadApiV2"/> sends it
    /// (<see cref="UnitLocationJson.Body"/>, written straight to pooled UTF-8 bytes). At the lane's default cap of 200 units, at the
    /// hub's 25 per call (<see cref="UnitLocationJson.Array"/>), and, for scale, with all 2,048 in one body.
    /// </summary>
    [MemoryDiagnoser]
    public class LocationBatchBodyBenchmarks : LocationLaneBenchmarkBase
    {
        [Params(25, 200, 2048)]
        public int BatchUnits { get; set; }

        protected override void Validate()
        {
            if (BatchUnits == 200 && new DispatcherOptions().MaxUnitsPerLocationBatch != 200)
                throw new InvalidOperationException("The lane's default batch cap is no longer 200; update the [Params] of this benchmark.");
        }

        [Benchmark(Description = "Build one batch body")]
        public int BuildBatchBody()
        {
            var batch = Tracker.TakeBatch(BatchUnits, DateTimeOffset.UtcNow)!;
            if (batch.Updates.Count != BatchUnits) throw new InvalidOperationException("Short batch.");
            int length;
            using (var body = UnitLocationJson.Body(batch.Updates, 0f)) length = body.Length;
            Tracker.Complete(batch, LocationBatchOutcome.Failed, DateTimeOffset.UtcNow); // back to pending for the next round
            return length;
        }

        [Benchmark(Description = "Build one hub unitLocation argument")]
        public int BuildHubArgument()
        {
            var batch = Tracker.TakeBatch(Math.Min(BatchUnits, 25), DateTimeOffset.UtcNow)!;
            var length = UnitLocationJson.Array(batch.Updates, 0f).Length;
            Tracker.Complete(batch, LocationBatchOutcome.Failed, DateTimeOffset.UtcNow);
            return length;
        }
    }
}
