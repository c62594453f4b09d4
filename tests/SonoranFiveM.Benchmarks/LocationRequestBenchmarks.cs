using System;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Http;
using SonoranFiveM.Core.Http.Native;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Benchmarks
{
    /// <summary>
    /// One HTTP unit-locations request, the whole path the location lane takes: take the batch from the tracker
    /// (location text included), <see cref="ICadApi.UpdateUnitLocationsAsync"/> on the real v2 client (body, headers,
    /// resilience pipeline, sender), and the transport reading the body's bytes, then settle the batch. The transport
    /// answers 200 at once, so only the client's own work is measured. The native row also builds the JSON that
    /// FXServer's <c>PerformHttpRequestInternal</c> takes (what <see cref="NativeHttpTransport"/> does per request).
    /// </summary>
    [MemoryDiagnoser]
    public class LocationRequestBenchmarks : LocationLaneBenchmarkBase
    {
        private ICadApi _managed = null!;
        private ICadApi _native = null!;

        [Params(25, 200)]
        public int BatchUnits { get; set; }

        protected override void Prepare()
        {
            var options = new CadClientOptions { ApiKey = "benchmark-key-0123456789", CommunityId = "community", ServerId = 1 };
            _managed = new CadApiFactory(new BodyReadingTransport(native: false)).Create(options);
            _native = new CadApiFactory(new BodyReadingTransport(native: true)).Create(options);
        }

        [Benchmark(Description = "HTTP request, batch to transport")]
        public bool ManagedTransport() => Send(_managed);

        [Benchmark(Description = "HTTP request, batch to FXServer native request JSON")]
        public bool NativeTransport() => Send(_native);

        private bool Send(ICadApi cad)
        {
            var batch = Tracker.TakeBatch(BatchUnits, DateTimeOffset.UtcNow)!;
            if (batch.Updates.Count != BatchUnits) throw new InvalidOperationException("Short batch.");
            var result = cad.UpdateUnitLocationsAsync(batch.Updates).GetAwaiter().GetResult();
            if (!result.IsAccepted) throw new InvalidOperationException("Not accepted: " + result.Failure);
            Tracker.Complete(batch, LocationBatchOutcome.Failed, DateTimeOffset.UtcNow); // back to pending for the next round
            return result.IsAccepted;
        }

        /// <summary>Reads every byte of the body (or builds the native request JSON from it) and answers 200.</summary>
        private sealed class BodyReadingTransport : IHttpTransport
        {
            private static readonly Task<HttpResponse> Ok = Task.FromResult(new HttpResponse(200, "{}"));
            private readonly bool _native;

            public BodyReadingTransport(bool native) => _native = native;

            public int Checksum { get; private set; }

            public Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
            {
                if (_native)
                {
                    Checksum += NativeHttpRequestJson.Build(request).Length;
                    return Ok;
                }

                var bytes = request.Body!.Bytes;
                var sum = 0;
                for (var i = bytes.Offset; i < bytes.Offset + bytes.Count; i++) sum += bytes.Array![i];
                Checksum += sum;
                return Ok;
            }
        }
    }
}
