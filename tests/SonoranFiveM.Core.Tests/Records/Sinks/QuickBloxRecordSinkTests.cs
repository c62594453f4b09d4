using SonoranFiveM.Core.Records.Sinks;

namespace SonoranFiveM.Core.Tests.Records.Sinks
{
    public class QuickBloxRecordSinkTests
    {
        private const string Key = "28irlNAGasWDSupO9Vw0BBMZfuHrAUYKpmroS9yBORI";

        private static QuickBloxMirrorOptions Options() => new QuickBloxMirrorOptions
        {
            Enabled = true,
            ApiKey = Key,
            ClassName = "CadRecord",
            FieldMap = new Dictionary<string, string> { ["plate"] = "plate_number", ["description"] = "details" },
        };

        private static (QuickBloxRecordSink Sink, RecordingTransport Http) Make(int maxBatch = 25)
        {
            var http = new RecordingTransport();
            return (new QuickBloxRecordSink(http, Options(), RecordFixtures.Clock(), maxBatch: maxBatch), http);
        }

        private static string Created(string id) => "{\"_id\":\"" + id + "\",\"_parent_id\":null,\"created_at\":1569090387,\"plate_number\":\"ABC123\",\"updated_at\":1569090387,\"user_id\":96753878,\"permissions\":{\"read\":{\"access\":\"open\"}}}";

        [Fact]
        public async Task Create_sends_the_documented_request()
        {
            var (sink, http) = Make();
            http.Reply(201, Created("5d866b53a28f9a5ad51cb562"));

            var result = await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None);

            Assert.Equal("5d866b53a28f9a5ad51cb562", result.RemoteId);
            var request = http.Single;
            Assert.Equal("POST", request.Method);
            Assert.Equal("https://api.quickblox.com/data/CadRecord.json", request.Url);
            Assert.Equal(new Dictionary<string, string>
            {
                ["Authorization"] = "ApiKey " + Key,
                ["Content-Type"] = "application/json",
            }, request.Headers);
            RecordFixtures.AssertJsonEqual("{\"plate_number\":\"ABC123\",\"details\":\"red sedan\"}", request.Body!.ToText());
        }

        [Fact]
        public async Task Several_creates_use_the_index_keyed_multi_body()
        {
            var (sink, http) = Make();
            http.Reply(201, "{\"class_name\":\"CadRecord\",\"items\":[" + Created("aaaaaaaaaaaaaaaaaaaaaaaa") + "," + Created("bbbbbbbbbbbbbbbbbbbbbbbb") + "]}");

            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("r1", "ABC123", "red"), RecordFixtures.Bolo("r2", "XYZ987", "blue") }, CancellationToken.None);

            Assert.Equal(new[] { "aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbb" }, batch.Items.Select(i => i.RemoteId));
            var request = http.Single;
            Assert.Equal("POST", request.Method);
            Assert.Equal("https://api.quickblox.com/data/CadRecord/multi.json", request.Url);
            Assert.Equal("ApiKey " + Key, request.Headers["Authorization"]);
            Assert.Equal("application/json", request.Headers["Content-Type"]);
            RecordFixtures.AssertJsonEqual(
                "{\"record\":{\"0\":{\"plate_number\":\"ABC123\",\"details\":\"red\"},\"1\":{\"plate_number\":\"XYZ987\",\"details\":\"blue\"}}}",
                request.Body!.ToText());
        }

        [Fact]
        public async Task A_batch_of_one_uses_the_single_create()
        {
            var (sink, http) = Make();
            http.Reply(201, Created("cccccccccccccccccccccccc"));

            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo() }, CancellationToken.None);

            Assert.Equal("cccccccccccccccccccccccc", Assert.Single(batch.Items).RemoteId);
            Assert.Equal("https://api.quickblox.com/data/CadRecord.json", http.Single.Url);
        }

        [Fact]
        public async Task Items_missing_from_a_multi_answer_are_failures_not_silent_successes()
        {
            var (sink, http) = Make();
            http.Reply(201, "{\"class_name\":\"CadRecord\",\"items\":[" + Created("aaaaaaaaaaaaaaaaaaaaaaaa") + "]}");

            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("r1"), RecordFixtures.Bolo("r2") }, CancellationToken.None);

            Assert.True(batch.Items[0].Succeeded);
            Assert.Equal(DeliveryFailureKind.Rejected, batch.Items[1].Failure!.Kind);
            Assert.False(batch.AllSucceeded);
        }

        [Fact]
        public async Task A_failed_multi_request_fails_every_record()
        {
            var (sink, http) = Make();
            http.Reply(422, "{\"errors\":{\"plate_number\":[\"is too long\"]}}");

            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("r1"), RecordFixtures.Bolo("r2") }, CancellationToken.None);

            Assert.All(batch.Items, i => Assert.Equal(DeliveryFailureKind.Rejected, i.Failure!.Kind));
            Assert.Equal("QuickBlox rejected the record: plate_number: is too long", batch.Items[0].Failure!.Message);
        }

        [Fact]
        public async Task Expired_records_are_left_out_of_the_batch()
        {
            var http = new RecordingTransport();
            var clock = RecordFixtures.Clock();
            var sink = new QuickBloxRecordSink(http, Options(), clock);
            clock.Advance(TimeSpan.FromMinutes(20));
            http.Reply(201, Created("dddddddddddddddddddddddd"));

            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("old", lifetime: 10), RecordFixtures.Bolo("new", lifetime: 60) }, CancellationToken.None);

            Assert.Equal(DeliveryFailureKind.Rejected, batch.Items[0].Failure!.Kind);
            Assert.Equal("dddddddddddddddddddddddd", batch.Items[1].RemoteId);
            Assert.Equal("https://api.quickblox.com/data/CadRecord.json", http.Single.Url);
        }

        [Fact]
        public async Task Batch_size_is_capped_by_the_options()
        {
            var (sink, _) = Make(maxBatch: 2);

            Assert.Equal(2, sink.MaxBatch);
            await Assert.ThrowsAsync<ArgumentException>(() => sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("a"), RecordFixtures.Bolo("b"), RecordFixtures.Bolo("c") }, CancellationToken.None));
        }

        [Fact]
        public async Task Delete_sends_the_documented_request()
        {
            var (sink, http) = Make();
            http.Reply(200, "");

            var result = await sink.DeleteAsync("5d866b53a28f9a5ad51cb562", CancellationToken.None);

            Assert.True(result.Succeeded);
            var request = http.Single;
            Assert.Equal("DELETE", request.Method);
            Assert.Equal("https://api.quickblox.com/data/CadRecord/5d866b53a28f9a5ad51cb562.json", request.Url);
            Assert.Equal(new Dictionary<string, string> { ["Authorization"] = "ApiKey " + Key }, request.Headers);
            Assert.Null(request.Body);
        }

        [Theory]
        [InlineData("../../x")]
        [InlineData("5d866b53a28f9a5ad51cb56")]
        [InlineData("5d866b53a28f9a5ad51cb562a")]
        [InlineData("5d866b53a28f9a5ad51cb56g")]
        public async Task A_created_id_that_is_not_24_hex_characters_is_an_unexpected_answer_not_a_record(string id)
        {
            var (sink, http) = Make();
            http.Reply(201, Created(id));

            var result = await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None);

            Assert.False(result.Succeeded);
            Assert.Null(result.RemoteId);
            Assert.Contains("24 hex characters", result.Failure!.Message);
        }

        [Fact]
        public async Task A_multi_answer_item_with_a_hostile_id_fails_that_record_only()
        {
            var (sink, http) = Make();
            http.Reply(201, "{\"class_name\":\"CadRecord\",\"items\":[" + Created("../../users/1") + "," + Created("bbbbbbbbbbbbbbbbbbbbbbbb") + "]}");

            var results = (await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo(), RecordFixtures.Bolo(id: "rec-2") }, CancellationToken.None)).Items;

            Assert.False(results[0].Succeeded);
            Assert.Equal("bbbbbbbbbbbbbbbbbbbbbbbb", results[1].RemoteId);
        }

        [Fact]
        public async Task A_remote_id_is_escaped_in_the_delete_url()
        {
            var (sink, http) = Make();
            http.Reply(200);

            await sink.DeleteAsync("../../x", CancellationToken.None);

            Assert.Equal("https://api.quickblox.com/data/CadRecord/..%2F..%2Fx.json", http.Single.Url);
        }

        [Fact]
        public async Task Delete_of_a_record_already_gone_is_done()
        {
            var (sink, http) = Make();
            http.Reply(404, "{\"errors\":[\"Not found\"]}");

            Assert.True((await sink.DeleteAsync("5d866b53a28f9a5ad51cb562", CancellationToken.None)).Succeeded);
        }

        [Theory]
        [InlineData(401, "{\"errors\":[\"Required session does not exist\"]}", DeliveryFailureKind.Fatal)]
        [InlineData(403, "{\"errors\":[\"Wrong permission\"]}", DeliveryFailureKind.Fatal)]
        [InlineData(429, "Too Many Requests", DeliveryFailureKind.RateLimited)]
        [InlineData(503, "", DeliveryFailureKind.Transient)]
        [InlineData(400, "{}", DeliveryFailureKind.Rejected)]
        [InlineData(404, "{\"errors\":[\"Class not found\"]}", DeliveryFailureKind.Rejected)]
        [InlineData(422, "{\"errors\":[\"invalid\"]}", DeliveryFailureKind.Rejected)]
        public async Task Create_failures_are_classified(int status, string body, DeliveryFailureKind kind)
        {
            var (sink, http) = Make();
            http.Reply(status, body);

            var failure = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;

            Assert.Equal(kind, failure.Kind);
            Assert.Equal(status, failure.StatusCode);
        }

        [Fact]
        public async Task Rate_limit_honours_an_http_date_retry_after()
        {
            var (sink, http) = Make();
            http.Reply(429, "", new Dictionary<string, string> { ["Retry-After"] = RecordFixtures.Start.AddMinutes(2).ToString("r") });

            var failure = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;

            Assert.Equal(RecordFixtures.Start.AddMinutes(2), failure.RetryAt);
        }

        [Fact]
        public async Task Rate_limit_without_retry_after_leaves_the_wait_to_the_caller()
        {
            var (sink, http) = Make();
            http.Reply(429, "");

            var failure = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;

            Assert.Equal(DeliveryFailureKind.RateLimited, failure.Kind);
            Assert.Null(failure.RetryAt);
        }

        [Fact]
        public async Task An_enterprise_api_url_is_used_as_the_base()
        {
            var http = new RecordingTransport();
            var options = Options();
            options.ApiUrl = "https://apicustomdomain.quickblox.com/";
            var sink = new QuickBloxRecordSink(http, options, RecordFixtures.Clock());
            http.Reply(201, Created("eeeeeeeeeeeeeeeeeeeeeeee"));

            await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None);

            Assert.Equal("https://apicustomdomain.quickblox.com/data/CadRecord.json", http.Single.Url);
        }
    }
}
