using SonoranFiveM.Core.Tests.Cad.TestSupport;

namespace SonoranFiveM.Core.Tests.Cad
{
    public class RetryAfterTests
    {
        private static readonly DateTimeOffset Now = TestClock.Epoch;

        [Theory]
        [InlineData("0", 0)]
        [InlineData("7", 7)]
        [InlineData(" 120 ", 120)]
        [InlineData("1.5", 1.5)]
        public void Delta_seconds_are_added_to_now(string header, double seconds)
            => Assert.Equal(Now + TimeSpan.FromSeconds(seconds), RetryAfter.Parse(header, Now));

        [Fact]
        public void Http_date_is_taken_as_is()
            => Assert.Equal(new DateTimeOffset(2026, 8, 1, 12, 3, 0, TimeSpan.Zero), RetryAfter.Parse("Sat, 01 Aug 2026 12:03:00 GMT", Now));

        [Fact]
        public void Http_date_in_the_past_means_now()
            => Assert.Equal(Now, RetryAfter.Parse("Wed, 21 Oct 2015 07:28:00 GMT", Now));

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("soon")]
        [InlineData("-5")]
        [InlineData("NaN")] // found by the reliability suite: it parsed as a double and TimeSpan threw
        [InlineData("-Infinity")] // the same: it parsed, and TimeSpan threw on minus infinity
        [InlineData("-∞")]
        public void Garbage_or_missing_gives_null(string? header)
            => Assert.Null(RetryAfter.Parse(header, Now));

        [Fact]
        public void Huge_delta_is_capped_at_a_day()
        {
            Assert.Equal(Now + TimeSpan.FromDays(1), RetryAfter.Parse("99999999999", Now));
            Assert.Equal(Now + TimeSpan.FromDays(1), RetryAfter.Parse("Infinity", Now));
        }

        [Fact]
        public void Infinity_is_capped_at_a_day()
            => Assert.Equal(Now + TimeSpan.FromDays(1), RetryAfter.Parse("Infinity", Now));
    }
}
