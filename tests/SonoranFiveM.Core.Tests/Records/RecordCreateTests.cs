using SonoranFiveM.Core.Records;

namespace SonoranFiveM.Core.Tests.Records
{
    public class RecordCreateTests
    {
        private static readonly DateTimeOffset Queued = new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

        private static RecordCreate Create(RecordRequest request) => new RecordCreate { Request = request, QueuedAt = Queued };

        [Theory]
        [InlineData(0, 60)]
        [InlineData(20, 40)]
        [InlineData(20.5, 40)]
        [InlineData(59.9, 1)]
        [InlineData(61, 1)]
        public void The_request_carries_the_whole_minutes_left_of_its_lifetime_and_at_least_one(double waitedMinutes, int expected)
        {
            var create = Create(RecordRequest.FromTemplate("u", 5, new Dictionary<string, string> { ["plate"] = "ABC" }, 60));

            var sent = create.RequestAt(Queued.AddMinutes(waitedMinutes));

            Assert.Equal(expected, sent.DeleteAfterMinutes);
            Assert.Equal(5, sent.RecordTypeId);
            Assert.Equal("ABC", sent.ReplaceValues!["plate"]);
        }

        [Fact]
        public void A_raw_record_keeps_its_body_and_a_record_without_lifetime_is_sent_as_it_is()
        {
            var raw = Create(RecordRequest.Raw("u", new JObject { ["type"] = 1 }, 30));
            var endless = Create(RecordRequest.FromTemplate("u", 5, new Dictionary<string, string>(), null));

            Assert.Equal(10, raw.RequestAt(Queued.AddMinutes(20)).DeleteAfterMinutes);
            Assert.Equal(1, (int)raw.RequestAt(Queued.AddMinutes(20)).RawRecord!["type"]!);
            Assert.Same(endless.Request, endless.RequestAt(Queued.AddDays(2)));
        }

        [Fact]
        public void The_delete_is_due_at_its_time_or_that_long_after_acceptance()
        {
            var accepted = Queued.AddMinutes(3);

            Assert.Null(Create(RecordRequest.FromTemplate("u", 5, new Dictionary<string, string>(), null)).DeleteDue(accepted));
            Assert.Equal(accepted.AddMinutes(30), new RecordCreate { Request = RecordRequest.Raw("u", new JObject(), 30), DeleteAfter = TimeSpan.FromMinutes(30) }.DeleteDue(accepted));
            Assert.Equal(Queued.AddHours(1), new RecordCreate { Request = RecordRequest.Raw("u", new JObject(), 30), DeleteAfter = TimeSpan.FromMinutes(30), DeleteAt = Queued.AddHours(1) }.DeleteDue(accepted));
        }
    }
}
