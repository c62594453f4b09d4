using SonoranFiveM.Core.Records;

namespace SonoranFiveM.Core.Tests.Records
{
    public class RecordLifetimePolicyTests
    {
        private const string Subject = "record template 'bolo'";

        [Theory]
        [InlineData(0)]
        [InlineData(-5)]
        [InlineData(int.MinValue)]
        public void Zero_or_negative_minutes_are_errors(int minutes)
        {
            var decision = RecordLifetimePolicy.Default.Check(minutes, Subject);

            Assert.False(decision.IsValid);
            Assert.Equal(0, decision.Minutes);
            Assert.Equal(Subject + ": lifetime " + minutes + " minutes is not allowed; a temporary record must live at least 1 minute (e.g. 30)", decision.Error);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(30)]
        [InlineData(1440)]
        public void Minutes_within_range_are_kept(int minutes)
        {
            var decision = RecordLifetimePolicy.Default.Check(minutes, Subject);

            Assert.True(decision.IsValid);
            Assert.Equal(minutes, decision.Minutes);
            Assert.Null(decision.Warning);
        }

        [Theory]
        [InlineData(1441)]
        [InlineData(int.MaxValue)]
        public void Very_large_minutes_are_capped_with_a_warning_by_default(int minutes)
        {
            var decision = RecordLifetimePolicy.Default.Check(minutes, Subject);

            Assert.True(decision.IsValid);
            Assert.Equal(1440, decision.Minutes);
            Assert.Equal(Subject + ": lifetime " + minutes + " minutes is over the maximum of 1440; using 1440", decision.Warning);
        }

        [Fact]
        public void Very_large_minutes_are_errors_when_the_policy_rejects()
        {
            var policy = new RecordLifetimePolicy { MaxMinutes = 60, OverMax = OverMaxLifetime.Reject };

            var decision = policy.Check(61, Subject);

            Assert.False(decision.IsValid);
            Assert.Contains("over the maximum of 60", decision.Error);
            Assert.True(policy.Check(60, Subject).IsValid);
        }

        [Fact]
        public void Expiry_is_created_at_plus_the_lifetime()
        {
            Assert.Equal(RecordFixtures.Start.AddMinutes(45), RecordLifetimePolicy.ExpiresAt(RecordFixtures.Start, 45));
        }

        [Fact]
        public void A_record_still_alive_is_created_with_the_minutes_left_rounded_up()
        {
            var record = RecordFixtures.Bolo(lifetime: 30);

            Assert.Equal(30, RecordLifetimePolicy.DecideCreate(record, RecordFixtures.Start).RemainingMinutes);
            Assert.Equal(20, RecordLifetimePolicy.DecideCreate(record, RecordFixtures.Start.AddMinutes(10)).RemainingMinutes);
            Assert.Equal(21, RecordLifetimePolicy.DecideCreate(record, RecordFixtures.Start.AddMinutes(9).AddSeconds(1)).RemainingMinutes);
            var lastTick = RecordLifetimePolicy.DecideCreate(record, record.ExpiresAt.AddTicks(-1));
            Assert.True(lastTick.ShouldCreate);
            Assert.Equal(1, lastTick.RemainingMinutes);
        }

        [Fact]
        public void A_record_whose_lifetime_passed_before_it_could_be_created_is_not_created()
        {
            var record = RecordFixtures.Bolo(lifetime: 30);

            var atExpiry = RecordLifetimePolicy.DecideCreate(record, record.ExpiresAt);
            var later = RecordLifetimePolicy.DecideCreate(record, record.ExpiresAt.AddHours(3));

            Assert.False(atExpiry.ShouldCreate);
            Assert.False(later.ShouldCreate);
            Assert.Equal(0, later.RemainingMinutes);
            Assert.Contains("rec-1", later.Reason);
            Assert.Contains("expired", later.Reason);
        }

        [Fact]
        public void Remaining_minutes_are_zero_once_passed()
        {
            Assert.Equal(0, RecordLifetimePolicy.RemainingMinutes(RecordFixtures.Start, RecordFixtures.Start.AddSeconds(1)));
            Assert.Equal(1, RecordLifetimePolicy.RemainingMinutes(RecordFixtures.Start.AddSeconds(1), RecordFixtures.Start));
            Assert.Equal(2, RecordLifetimePolicy.RemainingMinutes(RecordFixtures.Start.AddMinutes(1).AddTicks(1), RecordFixtures.Start));
        }
    }
}
