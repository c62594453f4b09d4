using SonoranFiveM.Core.Records.Sinks;

namespace SonoranFiveM.Core.Tests.Records.Sinks
{
    public class SecretHandlingTests
    {
        private const string TinesKey = "tines-key-ZXCVBNM123";
        private const string QbKey = "qb-key-ASDFGHJKL456";

        public static IEnumerable<object[]> EchoingAnswers()
        {
            foreach (var status in new[] { 400, 401, 403, 404, 405, 422, 429, 500 })
                yield return new object[] { status };
        }

        private static string Echo(string key) => "{\"errors\":[\"bad token " + key + "\"],\"message\":\"Authorization: Bearer " + key + "\"}";

        [Theory]
        [MemberData(nameof(EchoingAnswers))]
        public async Task Tines_failures_never_contain_the_key_even_when_the_server_echoes_it(int status)
        {
            var http = new RecordingTransport().Reply(status, Echo(TinesKey)).Reply(status, Echo(TinesKey));
            var sink = new TinesRecordSink(http, new TinesMirrorOptions { TenantUrl = "https://t.tines.com", ApiKey = TinesKey, RecordTypeId = 1, FieldMap = { ["plate"] = "1" } }, RecordFixtures.Clock());

            var create = await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None);
            var delete = await sink.DeleteAsync("1", CancellationToken.None);

            Assert.DoesNotContain(TinesKey, create.Failure!.ToString());
            Assert.DoesNotContain(TinesKey, create.Failure.Message);
            if (delete.Failure != null) Assert.DoesNotContain(TinesKey, delete.Failure.ToString());
        }

        [Theory]
        [MemberData(nameof(EchoingAnswers))]
        public async Task QuickBlox_failures_never_contain_the_key(int status)
        {
            var http = new RecordingTransport().Reply(status, Echo(QbKey)).Reply(status, Echo(QbKey));
            var sink = new QuickBloxRecordSink(http, new QuickBloxMirrorOptions { ApiKey = QbKey, ClassName = "CadRecord", FieldMap = { ["plate"] = "plate" } }, RecordFixtures.Clock());

            var single = await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None);
            var multi = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("a"), RecordFixtures.Bolo("b") }, CancellationToken.None);

            Assert.DoesNotContain(QbKey, single.Failure!.ToString());
            Assert.All(multi.Items, i => Assert.DoesNotContain(QbKey, i.Failure!.ToString()));
        }

        [Theory]
        [InlineData(280)]
        [InlineData(292)]
        [InlineData(299)]
        [InlineData(440)]
        [InlineData(456)]
        [InlineData(470)]
        [InlineData(490)]
        public async Task A_key_echoed_where_the_error_text_is_cut_leaves_no_fragment(int offset)
        {
            var body = "{\"errors\":[\"" + new string('x', offset) + TinesKey + " and more\"]}";
            var http = new RecordingTransport().Reply(422, body).Reply(200, "{\"unexpected\":\"" + new string('y', offset - 40) + QbKey + "\"}");
            var tines = new TinesRecordSink(http, new TinesMirrorOptions { TenantUrl = "https://t.tines.com", ApiKey = TinesKey, RecordTypeId = 1, FieldMap = { ["plate"] = "1" } },
                RecordFixtures.Clock(), otherSecrets: new[] { QbKey });

            var rejected = (await tines.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!.ToString();
            var unexpected = (await tines.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!.ToString();

            foreach (var (key, text) in new[] { (TinesKey, rejected), (QbKey, unexpected) })
                for (var i = 0; i + 8 <= key.Length; i++)
                    Assert.DoesNotContain(key.Substring(i, 8), text);
        }

        [Fact]
        public async Task A_transport_error_mentioning_the_key_is_redacted()
        {
            var http = new RecordingTransport().Reply(HttpResponse.NoResponse("failed to reach https://x/?key=" + QbKey));
            var sink = new QuickBloxRecordSink(http, new QuickBloxMirrorOptions { ApiKey = QbKey, ClassName = "CadRecord", FieldMap = { ["plate"] = "plate" } }, RecordFixtures.Clock());

            var failure = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;

            Assert.DoesNotContain(QbKey, failure.Message);
        }
    }
}
