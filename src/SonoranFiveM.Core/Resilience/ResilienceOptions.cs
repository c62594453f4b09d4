namespace SonoranFiveM.Core.Resilience
{
    /// <summary>
    /// Timeout and circuit-breaker settings for one HTTP client. The client makes one attempt per call: retries belong
    /// to the dispatcher's lanes (<see cref="Dispatch.FailurePolicy"/>), which count every request against the rate limit.
    /// The defaults suit Sonoran CAD: a 10 s attempt and a breaker that stops hammering an outage.
    /// </summary>
    public sealed class ResilienceOptions
    {
        /// <summary>How long one attempt may take before it counts as a transient failure. Default 10 s.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Share of transient failures (within <see cref="BreakerSamplingDuration"/>) that opens the circuit. Default 0.5.</summary>
        public double BreakerFailureRatio { get; set; } = 0.5;

        /// <summary>Attempts needed in the sampling window before the breaker judges at all (at least 2). Default 4.</summary>
        public int BreakerMinimumThroughput { get; set; } = 4;

        /// <summary>Window over which the failure ratio is measured. Default 60 s.</summary>
        public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>How long an open circuit refuses calls before letting one probe through. Default 30 s.</summary>
        public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Every problem with these settings, each naming the setting, the bad value and the allowed range.</summary>
        public IReadOnlyList<string> Validate()
        {
            var errors = new List<string>();
            if (AttemptTimeout <= TimeSpan.FromMilliseconds(10) || AttemptTimeout >= TimeSpan.FromHours(24))
                errors.Add($"AttemptTimeout is {AttemptTimeout}; use a value between 10 ms and 24 h (default 00:00:10).");
            if (!(BreakerFailureRatio > 0 && BreakerFailureRatio <= 1))
                errors.Add($"BreakerFailureRatio is {BreakerFailureRatio}; use more than 0, up to 1 (default 0.5).");
            if (BreakerMinimumThroughput < 2)
                errors.Add($"BreakerMinimumThroughput is {BreakerMinimumThroughput}; use 2 or more (default 4).");
            if (BreakerSamplingDuration <= TimeSpan.FromMilliseconds(500))
                errors.Add($"BreakerSamplingDuration is {BreakerSamplingDuration}; use more than 0.5 s (default 00:01:00).");
            if (BreakerBreakDuration <= TimeSpan.FromMilliseconds(500))
                errors.Add($"BreakerBreakDuration is {BreakerBreakDuration}; use more than 0.5 s (default 00:00:30).");
            return errors;
        }
    }
}
