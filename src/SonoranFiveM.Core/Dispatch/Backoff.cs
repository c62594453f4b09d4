using System;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>Exponential backoff with "equal jitter": half the delay fixed, half random.</summary>
    internal static class Backoff
    {
        public static TimeSpan Delay(int consecutiveFailures, TimeSpan baseDelay, TimeSpan maxDelay, Func<double> random)
        {
            var exponent = Math.Min(Math.Max(consecutiveFailures - 1, 0), 30);
            var ticks = Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, exponent));
            var r = random();
            if (double.IsNaN(r) || r < 0) r = 0;
            if (r > 1) r = 1;
            return TimeSpan.FromTicks((long)(ticks / 2 + ticks / 2 * r));
        }
    }
}
