using System.Globalization;
using Newtonsoft.Json;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Sinks;
using SonoranFiveM.ReliabilityTests.Secrets;

namespace SonoranFiveM.ReliabilityTests.Loaders
{
    /// <summary>
    /// Replies from a CAD or a mirror as hostile input: any status, bodies of any shape up to 100 KB, odd headers, and
    /// the API key echoed back raw, upper-cased, JSON-escaped or URL-escaped anywhere in them. Every operation of both
    /// API versions and both mirrors ends in a result, never an exception; a failure has a non-empty, bounded text, and
    /// no text holds any 8-character piece of a key.
    /// </summary>
    public class ResponseBodyFuzzTests
    {
        private const string CadKey = "SENTINEL-cad-7d1e9f2c-KEY";
        private const string TinesKey = "SENTINEL-tines-4b8e2a61";
        private const string QuickBloxKey = "SENTINEL-qbx-c5a0e3f7";

        private static readonly Gen<string> KeyForm = Gen.Select(Gen.OneOf(new[] { CadKey, TinesKey, QuickBloxKey }), Gen.Int[0, 3]).Select((key, form) => form switch
        {
            0 => key,
            1 => key.ToUpperInvariant(),
            2 => string.Concat(key.Select(c => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture))),
            _ => Uri.EscapeDataString(key),
        });

        /// <summary>A body: hostile JSON or text, an error object echoing a key at any offset, or a very long run.</summary>
        private static readonly Gen<string> Body = Gen.Frequency(
            (3, HostileText.Value),
            (2, Gen.Select(Gen.OneOf(new[] { "detail", "title", "message", "error", "errors", "traceId", "request_id" }), Gen.Int[0, 1_200], KeyForm)
                .Select((field, offset, key) => "{\"" + field + "\":\"" + new string('x', offset) + key + " tail\"}")),
            (1, Gen.Select(Gen.Int[0, 1_200], KeyForm).Select((offset, key) => new string('y', offset) + key + "\n" + key)),
            (1, Gen.Int[0, 100_000].Select(n => "{\"detail\":\"" + new string('z', n) + "\"}")),
            (1, Gen.OneOf(new[] { "", " ", "<html><body>502 Bad Gateway</body></html>", "Backend Service Reached", "INVALID API KEY", "[]", "{}", "null" })));

        private static readonly Gen<HttpResponse> Response = Gen.Select(
                Gen.Frequency((4, Gen.OneOf(new[] { 200, 201, 204, 400, 401, 403, 404, 405, 409, 422, 429, 500, 502, 503 })), (1, Gen.Int[0, 999])),
                Body,
                Gen.Frequency((3, Gen.Const("")), (1, HostileText.Number), (1, HostileText.Text), (1, KeyForm)),
                Gen.Frequency((3, Gen.Const("")), (1, HostileText.Text), (1, KeyForm)))
            .Select((status, body, retryAfter, requestId) =>
            {
                var headers = new Dictionary<string, string>();
                if (retryAfter.Length > 0) headers["Retry-After"] = retryAfter;
                if (requestId.Length > 0) headers["X-Request-Id"] = requestId;
                return status == 0 ? HttpResponse.NoResponse("connection reset", timedOut: body.Length % 2 == 0) : new HttpResponse(status, body, headers);
            });

        [Fact]
        public void Cad_replies_of_any_shape_end_in_a_result_with_no_key_in_its_text()
        {
            var scanner = new SentinelScanner(CadKey, TinesKey, QuickBloxKey);
            var echoed = new SentinelScanner(CadKey, TinesKey, QuickBloxKey);
            Gen.Select(Gen.OneOf(new[] { "v1", "v2" }), Gen.Int[0, 9], Response).Sample((version, operation, response) =>
            {
                echoed.Scan("reply", response.Body);
                var log = new ListLog();
                var api = new CadApiFactory(new ScriptedTransport(response), new FakeTimeProvider(), log, new[] { TinesKey, QuickBloxKey })
                    .Create(new CadClientOptions { ApiVersion = version, BaseUrl = "https://cad.example.test", ApiKey = CadKey, CommunityId = "fuzz", ServerId = 1 });

                var result = Run(api, operation).GetAwaiter().GetResult();

                if (result.Failure is DeliveryFailure failure)
                {
                    Assert.False(string.IsNullOrWhiteSpace(failure.Message));
                    Assert.True(failure.ToString().Length <= 800, failure.ToString());
                    scanner.Scan("CAD " + version + " operation " + operation + " failure", failure.ToString());
                }

                scanner.Scan("CAD log", log.Lines);
            }, iter: SuiteSettings.Iterations, print: t => t.Item1 + " op " + t.Item2 + " HTTP " + t.Item3.StatusCode + " " + Short(t.Item3.Body));
            scanner.AssertClean();
            Assert.True(echoed.Findings.Count > SuiteSettings.Iterations / 20, "too few replies echoed a key to prove anything: " + echoed.Findings.Count);
        }

        [Fact]
        public void Mirror_replies_of_any_shape_end_in_a_result_with_no_key_in_its_text()
        {
            var scanner = new SentinelScanner(CadKey, TinesKey, QuickBloxKey);
            var echoed = new SentinelScanner(CadKey, TinesKey, QuickBloxKey);
            Gen.Select(Gen.Int[0, 5], Response).Sample((operation, response) =>
            {
                echoed.Scan("reply", response.Body);
                var transport = new ScriptedTransport(response);
                var time = new FakeTimeProvider();
                IRecordSink sink = operation < 3
                    ? new TinesRecordSink(transport, new TinesMirrorOptions { TenantUrl = "https://t.example.test", ApiKey = TinesKey, RecordTypeId = 1, FieldMap = { ["plate"] = "1" } }, time, otherSecrets: new[] { CadKey, QuickBloxKey })
                    : new QuickBloxRecordSink(transport, new QuickBloxMirrorOptions { ApiKey = QuickBloxKey, ClassName = "Bolo", FieldMap = { ["plate"] = "plate" } }, time, otherSecrets: new[] { CadKey, TinesKey });

                var failures = new List<DeliveryFailure?>();
                switch (operation % 3)
                {
                    case 0:
                        failures.Add(sink.CreateAsync(Record("a"), CancellationToken.None).GetAwaiter().GetResult().Failure);
                        break;
                    case 1:
                        failures.Add(sink.DeleteAsync("remote-1", CancellationToken.None).GetAwaiter().GetResult().Failure);
                        break;
                    default:
                        failures.AddRange(sink.CreateBatchAsync(new[] { Record("a"), Record("b") }.Take(sink.MaxBatch).ToList(), CancellationToken.None).GetAwaiter().GetResult().Items.Select(i => i.Failure));
                        break;
                }

                foreach (var failure in failures.OfType<DeliveryFailure>())
                {
                    Assert.False(string.IsNullOrWhiteSpace(failure.Message));
                    Assert.True(failure.ToString().Length <= 800, failure.ToString());
                    scanner.Scan("mirror operation " + operation + " failure", failure.ToString());
                }
            }, iter: SuiteSettings.Iterations, print: t => "op " + t.Item1 + " HTTP " + t.Item2.StatusCode + " " + Short(t.Item2.Body));
            scanner.AssertClean();
            Assert.True(echoed.Findings.Count > SuiteSettings.Iterations / 20, "too few replies echoed a key to prove anything: " + echoed.Findings.Count);
        }

        private static async Task<CadResult> Run(ICadApi api, int operation)
        {
            switch (operation)
            {
                case 0: return await api.SendHeartbeatAsync(3);
                case 1: return await api.Create911CallAsync(new EmergencyCall(true, "Caller", "Alta St", "fire", 30, new Dictionary<string, string>()));
                case 2: return await api.Remove911CallAsync(12);
                case 3: return await api.SetUnitPanicAsync("unit-1", true);
                case 4: return await api.SetUnitStatusAsync("unit-1", 2);
                case 5: return await api.CreateRecordsAsync(new[] { RecordRequest.FromTemplate("owner", 3, new Dictionary<string, string> { ["plate"] = "ABC" }, 30) });
                case 6: return await api.DeleteRecordAsync("rec-1");
                case 7: return await api.GetActiveUnitsAsync();
                case 8: return await api.GetVersionAsync();
                default: return await api.UpdateUnitLocationsAsync(new[] { new UnitLocation("unit-1", "Alta St", 1, 2, 3, 90) });
            }
        }

        private static TemporaryRecord Record(string id) => new()
        {
            Id = id,
            TemplateName = "bolo",
            RecordTypeId = 3,
            Fields = new Dictionary<string, string> { ["plate"] = "ABC123" },
            Owner = "license:abc",
            LifetimeMinutes = 30,
            CreatedAt = DateTimeOffset.UnixEpoch,
            ExpiresAt = DateTimeOffset.UnixEpoch.AddMinutes(30),
            Sinks = new List<string> { "tines", "quickblox" },
        };

        private static string Short(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "…";

        private sealed class ScriptedTransport : IHttpTransport
        {
            private readonly HttpResponse _response;

            public ScriptedTransport(HttpResponse response) => _response = response;

            public Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken) => Task.FromResult(_response);
        }

        private sealed class ListLog : ILog
        {
            private readonly List<string> _lines = new();

            public IReadOnlyList<string> Lines
            {
                get { lock (_lines) return _lines.ToList(); }
            }

            public void Write(LogLevel level, string message)
            {
                lock (_lines) _lines.Add(message);
            }
        }
    }
}
