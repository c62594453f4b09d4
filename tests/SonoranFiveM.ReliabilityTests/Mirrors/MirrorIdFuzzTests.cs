using Newtonsoft.Json;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Sinks;
using SonoranFiveM.ReliabilityTests.Loaders;

namespace SonoranFiveM.ReliabilityTests.Mirrors
{
    /// <summary>
    /// A mirror's create reply names the id that a later DELETE, carrying the mirror's key, puts in its URL. Whatever id
    /// a hostile reply names (paths, query marks, huge or odd text, numbers of any size), a create succeeds only with an
    /// id of the service's own shape, and the DELETE for any id stays on the record's own address.
    /// </summary>
    public class MirrorIdFuzzTests
    {
        private const string TinesBase = "https://t.example.test/api/v1/records/";
        private const string QuickBloxBase = "https://api.quickblox.com/data/Bolo/";

        /// <summary>Ids a hostile reply may carry: path tricks, hostile text, numbers, and ids of the right shapes.</summary>
        private static readonly Gen<string> Id = Gen.Frequency(
            (3, HostileText.Text),
            (2, Gen.OneOf(new[] { "../../x", "..%2F..%2Fx", "a/b", "x?y=1", "x#y", "%00", "5d866b53a28f9a5ad51cb562/../../users", "1973/../../admin", " 1973", "1973 " })),
            (2, Gen.String[Gen.Char["0123456789abcdefABCDEF"], 23, 25]),
            (2, Gen.String[Gen.Char["0123456789"], 0, 21]),
            (1, Gen.String[Gen.Char["0123456789abcdef./%?#"], 1, 30]));

        /// <summary>The id field as a JSON value: a string, or the raw text when it is a number.</summary>
        private static readonly Gen<string> IdJson = Gen.Frequency(
            (4, Id.Select(id => JsonConvert.ToString(id))),
            (1, HostileText.Number));

        [Fact]
        public void A_create_succeeds_only_with_an_id_of_the_services_shape()
        {
            Gen.Select(Gen.Bool, IdJson).Sample((tines, idJson) =>
            {
                var transport = new ReplyTransport(new HttpResponse(201, tines ? "{\"id\":" + idJson + "}" : "{\"_id\":" + idJson + "}"));
                var sink = Sink(tines, transport);

                var result = sink.CreateAsync(Record(), CancellationToken.None).GetAwaiter().GetResult();

                if (result.Succeeded)
                {
                    var id = result.RemoteId!;
                    Assert.True(tines
                        ? id.Length is >= 1 and <= 19 && id.All(c => c >= '0' && c <= '9')
                        : id.Length == 24 && id.All(Uri.IsHexDigit), "created with id " + id);
                }
                else
                {
                    Assert.False(string.IsNullOrWhiteSpace(result.Failure!.Message));
                }
            }, iter: SuiteSettings.Iterations, print: t => (t.Item1 ? "tines " : "quickblox ") + t.Item2);
        }

        [Fact]
        public void The_delete_for_any_id_stays_on_the_records_own_address()
        {
            Gen.Select(Gen.Bool, Id.Where(id => id.Length > 0)).Sample((tines, id) =>
            {
                var transport = new ReplyTransport(new HttpResponse(204, string.Empty));
                var sink = Sink(tines, transport);

                sink.DeleteAsync(id, CancellationToken.None).GetAwaiter().GetResult();

                var url = Assert.Single(transport.Urls);
                var prefix = tines ? TinesBase : QuickBloxBase;
                Assert.StartsWith(prefix, url);
                var rest = url.Substring(prefix.Length);
                if (!tines) rest = rest.Substring(0, rest.Length - ".json".Length);
                // Escaping is exact (a lone surrogate has no UTF-8 form, so it cannot round-trip).
                if (!id.Any(char.IsSurrogate)) Assert.Equal(id, Uri.UnescapeDataString(rest));
                Assert.DoesNotContain('/', rest);
                Assert.DoesNotContain('?', rest);
                Assert.DoesNotContain('#', rest);
            }, iter: SuiteSettings.Iterations, print: t => (t.Item1 ? "tines " : "quickblox ") + t.Item2);
        }

        private static IRecordSink Sink(bool tines, IHttpTransport transport) => tines
            ? new TinesRecordSink(transport, new TinesMirrorOptions { TenantUrl = "https://t.example.test", ApiKey = "tines-key", RecordTypeId = 1, FieldMap = { ["plate"] = "1" } }, new FakeTimeProvider())
            : new QuickBloxRecordSink(transport, new QuickBloxMirrorOptions { ApiKey = "qbx-key", ClassName = "Bolo", FieldMap = { ["plate"] = "plate" } }, new FakeTimeProvider());

        private static TemporaryRecord Record()
        {
            var now = new FakeTimeProvider().GetUtcNow();
            return new TemporaryRecord
            {
                Id = "a",
                TemplateName = "bolo",
                RecordTypeId = 3,
                Fields = new Dictionary<string, string> { ["plate"] = "ABC123" },
                Owner = "license:abc",
                LifetimeMinutes = 30,
                CreatedAt = now,
                ExpiresAt = now.AddMinutes(30),
                Sinks = new List<string> { "tines", "quickblox" },
            };
        }

        private sealed class ReplyTransport : IHttpTransport
        {
            private readonly HttpResponse _response;
            private readonly List<string> _urls = new();

            public ReplyTransport(HttpResponse response) => _response = response;

            public IReadOnlyList<string> Urls => _urls;

            public Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
            {
                _urls.Add(request.Url);
                return Task.FromResult(_response);
            }
        }
    }
}
