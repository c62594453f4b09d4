using SonoranFiveM.Core.Records.Sinks;

namespace SonoranFiveM.Core.Tests.Records.Sinks
{
    public class TinesRecordSinkTests
    {
        private const string Key = "tines-secret-key-0123456789";

        private static TinesMirrorOptions Options() => new TinesMirrorOptions
        {
            Enabled = true,
            TenantUrl = "https://adjective-noun-1234.tines.com/",
            ApiKey = Key,
            RecordTypeId = 1,
            FieldMap = new Dictionary<string, string> { ["plate"] = "1", ["description"] = "5997" },
        };

        private static (TinesRecordSink Sink, RecordingTransport Http) Make()
        {
            var http = new RecordingTransport();
            return (new TinesRecordSink(http, Options(), RecordFixtures.Clock()), http);
        }

        private const string SampleResponse = "{\"id\":1973,\"created_at\":\"2024-06-25T14:41:23Z\",\"record_type\":{\"id\":1097,\"name\":\"Tines Sample Alert\"},\"test_mode\":false,\"records\":[],\"case_ids\":[14,19],\"result\":{\"id\":1973}}";

        [Fact]
        public async Task Create_sends_the_documented_request()
        {
            var (sink, http) = Make();
            http.Reply(201, SampleResponse);

            var result = await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None);

            Assert.True(result.Succeeded);
            Assert.Equal("1973", result.RemoteId);
            var request = http.Single;
            Assert.Equal("POST", request.Method);
            Assert.Equal("https://adjective-noun-1234.tines.com/api/v1/records", request.Url);
            Assert.Equal(new Dictionary<string, string>
            {
                ["Authorization"] = "Bearer " + Key,
                ["Content-Type"] = "application/json",
            }, request.Headers);
            RecordFixtures.AssertJsonEqual(
                "{\"record_type_id\":\"1\",\"field_values\":[{\"field_id\":\"1\",\"value\":\"ABC123\"},{\"field_id\":\"5997\",\"value\":\"red sedan\"}]}",
                request.Body!.ToText());
            Assert.Equal(TimeSpan.FromSeconds(10), request.Timeout);
        }

        [Fact]
        public async Task A_string_of_digits_is_read_as_the_id()
        {
            var (sink, http) = Make();
            http.Reply(200, "{\"id\":\"1974\"}");

            Assert.Equal("1974", (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).RemoteId);
        }

        [Theory]
        [InlineData("\"abc-1\"")]
        [InlineData("\"../../x\"")]
        [InlineData("\"12345678901234567890\"")]
        [InlineData("-5")]
        [InlineData("1.5")]
        public async Task An_id_that_is_not_a_tines_id_is_an_unexpected_answer_not_a_record(string id)
        {
            var (sink, http) = Make();
            http.Reply(201, "{\"id\":" + id + "}");

            var result = await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None);

            Assert.False(result.Succeeded);
            Assert.Null(result.RemoteId);
            Assert.Contains("1 to 19 digits", result.Failure!.Message);
        }

        [Fact]
        public async Task Delete_sends_the_documented_request_and_204_is_done()
        {
            var (sink, http) = Make();
            http.Reply(204);

            var result = await sink.DeleteAsync("1973", CancellationToken.None);

            Assert.True(result.Succeeded);
            var request = http.Single;
            Assert.Equal("DELETE", request.Method);
            Assert.Equal("https://adjective-noun-1234.tines.com/api/v1/records/1973", request.Url);
            Assert.Equal(new Dictionary<string, string> { ["Authorization"] = "Bearer " + Key }, request.Headers);
            Assert.Null(request.Body);
        }

        [Fact]
        public async Task Delete_of_a_record_already_gone_is_done()
        {
            var (sink, http) = Make();
            http.Reply(404, "{\"error\":\"Record not found\"}");

            Assert.True((await sink.DeleteAsync("1973", CancellationToken.None)).Succeeded);
        }

        [Fact]
        public async Task Delete_failures_are_classified()
        {
            var (sink, http) = Make();
            http.Reply(503, "down");

            var result = await sink.DeleteAsync("1973", CancellationToken.None);

            Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
        }

        [Theory]
        [InlineData(401, DeliveryFailureKind.Fatal)]
        [InlineData(403, DeliveryFailureKind.Fatal)]
        [InlineData(405, DeliveryFailureKind.Fatal)]
        [InlineData(301, DeliveryFailureKind.Fatal)]
        [InlineData(429, DeliveryFailureKind.RateLimited)]
        [InlineData(500, DeliveryFailureKind.Transient)]
        [InlineData(502, DeliveryFailureKind.Transient)]
        [InlineData(408, DeliveryFailureKind.Transient)]
        [InlineData(400, DeliveryFailureKind.Rejected)]
        [InlineData(404, DeliveryFailureKind.Rejected)]
        [InlineData(422, DeliveryFailureKind.Rejected)]
        public async Task Create_failures_are_classified(int status, DeliveryFailureKind kind)
        {
            var (sink, http) = Make();
            http.Reply(status, "{\"error\":\"something\"}");

            var result = await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None);

            Assert.False(result.Succeeded);
            Assert.Equal(kind, result.Failure!.Kind);
            Assert.Equal(status, result.Failure.StatusCode);
        }

        [Fact]
        public async Task A_bad_key_failure_tells_the_owner_where_to_fix_it()
        {
            var (sink, http) = Make();
            http.Reply(401, "{\"error\":\"Invalid API token\"}");

            var failure = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;

            Assert.Equal("Tines refused the API key (Invalid API token); check sonoran_mirrors_tines_apiKey (mirrors.tines.apiKey)", failure.Message);
        }

        [Fact]
        public async Task A_rejection_carries_the_body_detail()
        {
            var (sink, http) = Make();
            http.Reply(422, "{\"errors\":[\"Field 5997 does not belong to record type 1\"]}");

            var failure = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;

            Assert.Equal("Tines rejected the record: Field 5997 does not belong to record type 1", failure.Message);
        }

        [Fact]
        public async Task No_response_and_timeout_are_transient()
        {
            var (sink, http) = Make();
            http.Reply(HttpResponse.NoResponse("connection refused")).Reply(HttpResponse.NoResponse("timeout", timedOut: true));

            var refused = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;
            var timedOut = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;

            Assert.Equal(DeliveryFailureKind.Transient, refused.Kind);
            Assert.Null(refused.StatusCode);
            Assert.Contains("connection refused", refused.Message);
            Assert.Equal(DeliveryFailureKind.Transient, timedOut.Kind);
            Assert.Contains("timed out", timedOut.Message);
        }

        [Fact]
        public async Task Rate_limit_honours_retry_after_seconds()
        {
            var (sink, http) = Make();
            http.Reply(429, "", new Dictionary<string, string> { ["retry-after"] = "17" });

            var failure = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;

            Assert.Equal(DeliveryFailureKind.RateLimited, failure.Kind);
            Assert.Equal(RecordFixtures.Start.AddSeconds(17), failure.RetryAt);
        }

        [Fact]
        public async Task A_success_without_an_id_means_the_url_is_wrong()
        {
            var (sink, http) = Make();
            http.Reply(200, "<html><body>Welcome</body></html>");

            var failure = (await sink.CreateAsync(RecordFixtures.Bolo(), CancellationToken.None)).Failure!;

            Assert.Equal(DeliveryFailureKind.Fatal, failure.Kind);
            Assert.Contains("check the mirror's URL", failure.Message);
        }

        [Fact]
        public async Task An_expired_record_is_not_sent()
        {
            var http = new RecordingTransport();
            var clock = RecordFixtures.Clock();
            var sink = new TinesRecordSink(http, Options(), clock);
            clock.Advance(TimeSpan.FromMinutes(31));

            var result = await sink.CreateAsync(RecordFixtures.Bolo(lifetime: 30), CancellationToken.None);

            Assert.Equal(DeliveryFailureKind.Rejected, result.Failure!.Kind);
            Assert.Empty(http.Requests);
        }

        [Fact]
        public async Task Batches_are_one_record()
        {
            var (sink, http) = Make();
            http.Reply(201, "{\"id\":5}");

            Assert.Equal(1, sink.MaxBatch);
            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo() }, CancellationToken.None);
            Assert.Equal("5", Assert.Single(batch.Items).RemoteId);
            await Assert.ThrowsAsync<ArgumentException>(() => sink.CreateBatchAsync(new[] { RecordFixtures.Bolo(), RecordFixtures.Bolo("rec-2") }, CancellationToken.None));
        }

        [Fact]
        public async Task Cancellation_propagates()
        {
            var (sink, _) = Make();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sink.CreateAsync(RecordFixtures.Bolo(), new CancellationToken(true)));
        }
    }
}
