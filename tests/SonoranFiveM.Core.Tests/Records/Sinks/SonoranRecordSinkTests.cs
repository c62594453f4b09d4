using Moq;
using SonoranFiveM.Core.Records.Sinks;

namespace SonoranFiveM.Core.Tests.Records.Sinks
{
    public class SonoranRecordSinkTests
    {
        private readonly Mock<ICadApi> _cad = new Mock<ICadApi>(MockBehavior.Strict);
        private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = RecordFixtures.Clock();
        private readonly List<IReadOnlyList<RecordRequest>> _sent = new List<IReadOnlyList<RecordRequest>>();

        private SonoranRecordSink Sink(int maxPerRequest = 10)
        {
            _cad.SetupGet(c => c.MaxRecordsPerRequest).Returns(maxPerRequest);
            return new SonoranRecordSink(_cad.Object, _clock);
        }

        private void Answer(CadResult<IReadOnlyList<string?>> result)
            => _cad.Setup(c => c.CreateRecordsAsync(It.IsAny<IReadOnlyList<RecordRequest>>(), It.IsAny<CancellationToken>()))
                .Callback<IReadOnlyList<RecordRequest>, CancellationToken>((r, _) => _sent.Add(r))
                .ReturnsAsync(result);

        [Fact]
        public async Task Create_sends_the_template_with_delete_after_minutes()
        {
            var sink = Sink();
            Answer(CadResult.Ok<IReadOnlyList<string?>>(new string?[] { "451" }));

            var result = await sink.CreateAsync(RecordFixtures.Bolo(lifetime: 30), CancellationToken.None);

            Assert.Equal("451", result.RemoteId);
            var request = Assert.Single(Assert.Single(_sent));
            Assert.Equal("license:abc123", request.Owner);
            Assert.Equal(3, request.RecordTypeId);
            Assert.True(request.UsesDictionary);
            Assert.Equal(30, request.DeleteAfterMinutes);
            Assert.Equal(new Dictionary<string, string> { ["plate"] = "ABC123", ["description"] = "red sedan", ["officer"] = "Smith" }, request.ReplaceValues);
        }

        [Fact]
        public async Task A_delayed_record_gets_only_the_minutes_it_has_left()
        {
            var sink = Sink();
            Answer(CadResult.Ok<IReadOnlyList<string?>>(new string?[] { "451" }));
            _clock.Advance(TimeSpan.FromMinutes(12).Add(TimeSpan.FromSeconds(30)));

            await sink.CreateAsync(RecordFixtures.Bolo(lifetime: 30), CancellationToken.None);

            Assert.Equal(18, _sent[0][0].DeleteAfterMinutes);
        }

        [Fact]
        public async Task A_batch_goes_in_one_request_and_ids_come_back_in_order()
        {
            var sink = Sink(maxPerRequest: 3);
            Answer(CadResult.Ok<IReadOnlyList<string?>>(new string?[] { "1", null, "3" }));

            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("a", "A1"), RecordFixtures.Bolo("b", "B2"), RecordFixtures.Bolo("c", "C3") }, CancellationToken.None);

            Assert.Equal(new[] { "A1", "B2", "C3" }, Assert.Single(_sent).Select(r => r.ReplaceValues!["plate"]));
            Assert.True(batch.AllSucceeded);
            Assert.Equal(new[] { "1", null, "3" }, batch.Items.Select(i => i.RemoteId));
            Assert.Equal(3, sink.MaxBatch);
        }

        [Fact]
        public async Task Expired_records_are_not_sent_and_the_rest_keep_their_places()
        {
            var sink = Sink();
            Answer(CadResult.Ok<IReadOnlyList<string?>>(new string?[] { "9" }));
            _clock.Advance(TimeSpan.FromMinutes(15));

            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("old", lifetime: 10), RecordFixtures.Bolo("new", lifetime: 60) }, CancellationToken.None);

            Assert.Equal(DeliveryFailureKind.Rejected, batch.Items[0].Failure!.Kind);
            Assert.Contains("expired", batch.Items[0].Failure!.Message);
            Assert.Equal("9", batch.Items[1].RemoteId);
            Assert.Equal(45, Assert.Single(Assert.Single(_sent)).DeleteAfterMinutes);
        }

        [Fact]
        public async Task A_batch_of_only_expired_records_sends_nothing()
        {
            var sink = Sink();
            _clock.Advance(TimeSpan.FromHours(1));

            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo(lifetime: 30) }, CancellationToken.None);

            Assert.False(batch.AllSucceeded);
            _cad.Verify(c => c.CreateRecordsAsync(It.IsAny<IReadOnlyList<RecordRequest>>(), It.IsAny<CancellationToken>()), Times.Never);
        }

        [Fact]
        public async Task A_failed_request_fails_every_record_with_the_cad_failure()
        {
            var sink = Sink();
            var failure = new DeliveryFailure(DeliveryFailureKind.RateLimited, "slow down", 429, RecordFixtures.Start.AddSeconds(30));
            Answer(CadResult.Fail<IReadOnlyList<string?>>(failure));

            var batch = await sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("a"), RecordFixtures.Bolo("b") }, CancellationToken.None);

            Assert.All(batch.Items, i => Assert.Same(failure, i.Failure));
        }

        [Fact]
        public async Task More_than_the_api_takes_is_a_programming_error()
        {
            var sink = Sink(maxPerRequest: 1);

            await Assert.ThrowsAsync<ArgumentException>(() => sink.CreateBatchAsync(new[] { RecordFixtures.Bolo("a"), RecordFixtures.Bolo("b") }, CancellationToken.None));
        }

        [Fact]
        public async Task Delete_passes_through_and_404_counts_as_done()
        {
            var sink = Sink();
            _cad.SetupSequence(c => c.DeleteRecordAsync("451", It.IsAny<CancellationToken>()))
                .ReturnsAsync(CadResult.Accepted)
                .ReturnsAsync(CadResult.Fail(new DeliveryFailure(DeliveryFailureKind.Rejected, "Record not found", 404)))
                .ReturnsAsync(CadResult.Fail(new DeliveryFailure(DeliveryFailureKind.Transient, "bad gateway", 502)));

            Assert.True((await sink.DeleteAsync("451", CancellationToken.None)).Succeeded);
            Assert.True((await sink.DeleteAsync("451", CancellationToken.None)).Succeeded);
            Assert.Equal(DeliveryFailureKind.Transient, (await sink.DeleteAsync("451", CancellationToken.None)).Failure!.Kind);
        }
    }
}
