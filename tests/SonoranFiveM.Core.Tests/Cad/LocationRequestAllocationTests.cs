namespace SonoranFiveM.Core.Tests.Cad
{
    /// <summary>
    /// Issue 15's goal of at most 64 KB allocated per location request, for a 200-unit batch (the lane's cap). The batch's
    /// own objects and location text take about 41 KB (LocationRequestBenchmarks, docs/performance.md), so the client's
    /// part, pinned here, must stay well under the rest: the v2 client builds the body, headers and request and runs its
    /// pipeline, and the transport reads every byte. The body is about 42,000 bytes; as a .NET string (two bytes per
    /// character) it alone would exceed the whole 64 KB. Counted with <see cref="GC.GetAllocatedBytesForCurrentThread"/>:
    /// the path completes synchronously on this thread.
    /// </summary>
    public class LocationRequestAllocationTests
    {
        /// <summary>The client's share of the 64 KB; it measures about 1.5 KB.</summary>
        private const long Budget = 16 * 1024;

        [Fact]
        public async Task The_client_part_of_a_200_unit_request_allocates_at_most_16_KB()
        {
            var transport = new ReadingTransport();
            var api = new CadApiFactory(transport, TimeProvider.System).Create(new CadClientOptions { ApiKey = "allocation-test-key", ServerId = 1 });
            var updates = new List<UnitLocation>(200);
            for (var i = 0; i < 200; i++)
            {
                updates.Add(new UnitLocation("license:" + i.ToString("x40"), "[" + (1000 + i) + "] Great Ocean Hwy / Route 68",
                    -2000.25f + i * 37.5f, 3000.75f - i * 11.125f, 30.5f, i * 13 % 360 + 0.5f, i % 3 == 0 ? null : "police3"));
            }

            long best = long.MaxValue;
            for (var round = 0; round < 5; round++) // the first rounds fill the pools and JIT the path
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var send = api.UpdateUnitLocationsAsync(updates);
                var after = GC.GetAllocatedBytesForCurrentThread();
                Assert.True(send.IsCompleted, "the path is expected to complete synchronously");
                Assert.True((await send).IsAccepted);
                best = Math.Min(best, after - before);
            }

            Assert.True(transport.BytesRead > 200 * 150, "the transport read the bodies");
            Assert.True(best <= Budget, $"one 200-unit request allocated {best:N0} B; the budget is {Budget:N0} B");
        }

        private sealed class ReadingTransport : IHttpTransport
        {
            private static readonly Task<HttpResponse> Ok = Task.FromResult(new HttpResponse(200, "{}"));

            public long BytesRead { get; private set; }

            public long Checksum { get; private set; }

            public Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
            {
                var bytes = request.Body!.Bytes;
                for (var i = 0; i < bytes.Count; i++) Checksum += bytes.Array![bytes.Offset + i];
                BytesRead += bytes.Count;
                return Ok;
            }
        }
    }
}
