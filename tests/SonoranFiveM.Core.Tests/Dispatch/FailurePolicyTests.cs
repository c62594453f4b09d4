namespace SonoranFiveM.Core.Tests.Dispatch
{
    public class FailurePolicyTests
    {
        [Theory]
        [InlineData(DeliveryFailureKind.Transient, "BackOff", "Retry", false)]
        [InlineData(DeliveryFailureKind.RateLimited, "WaitRetryAfter", "Retry", false)]
        [InlineData(DeliveryFailureKind.Fatal, "Pause", "KeepIfDurable", false)]
        [InlineData(DeliveryFailureKind.Rejected, "None", "SplitThenReject", true)]
        public void Every_failure_kind_has_one_rule(DeliveryFailureKind kind, string lane, string items, bool pumpGoesOn)
        {
            var rule = FailurePolicy.For(kind);

            Assert.Equal(lane, rule.Lane.ToString());
            Assert.Equal(items, rule.Items.ToString());
            Assert.Equal(pumpGoesOn, rule.PumpGoesOn);
        }

        [Fact]
        public void Backoff_doubles_up_to_its_cap_with_half_of_it_jittered()
        {
            var baseDelay = TimeSpan.FromSeconds(2);
            var max = TimeSpan.FromSeconds(60);

            Assert.Equal(TimeSpan.FromSeconds(1), FailurePolicy.Backoff(1, baseDelay, max, () => 0));
            Assert.Equal(TimeSpan.FromSeconds(2), FailurePolicy.Backoff(1, baseDelay, max, () => 1));
            Assert.Equal(TimeSpan.FromSeconds(6), FailurePolicy.Backoff(3, baseDelay, max, () => 0.5));
            Assert.Equal(max, FailurePolicy.Backoff(40, baseDelay, max, () => 1));
            Assert.Equal(TimeSpan.FromSeconds(30), FailurePolicy.Backoff(40, baseDelay, max, () => double.NaN));
        }
    }
}
