using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Resilience
{
    /// <summary>
    /// Timeout, retry and circuit-breaker settings for one HTTP sink. The defaults suit Sonoran CAD, whose per-key
    /// limits are a few requests a minute: few retries, short waits, and a breaker that stops hammering an outage.
    /// </summary>
    public sealed class ResilienceOptions
    {
        /// <summary>How long one attempt may take before it counts as a transient failure. Default 10 s.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Retries after the first attempt, for transient failures (and short Retry-After waits). Default 2; 0 disables retry.</summary>
        public int MaxRetries { get; set; } = 2;

        /// <summary>First backoff delay; doubles per retry, with decorrelated jitter. Default 1 s.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Cap on one backoff delay. Default 8 s.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

        /// <summary>
        /// The longest <c>Retry-After</c> the client waits out itself before retrying. A longer one is returned at once as
        /// <c>RateLimited</c> with its <c>RetryAt</c>, so the caller can reschedule instead of holding the request. Default 5 s.
        /// </summary>
        public TimeSpan MaxRetryAfterWait { get; set; } = TimeSpan.FromSeconds(5);

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
            if (MaxRetries < 0 || MaxRetries > 10)
                errors.Add($"MaxRetries is {MaxRetries}; use 0 to 10 (default 2).");
            if (BaseDelay < TimeSpan.Zero || BaseDelay > TimeSpan.FromMinutes(1))
                errors.Add($"BaseDelay is {BaseDelay}; use 0 to 1 minute (default 00:00:01).");
            if (MaxDelay < BaseDelay)
                errors.Add($"MaxDelay is {MaxDelay}; it must be at least BaseDelay ({BaseDelay}).");
            if (MaxRetryAfterWait < TimeSpan.Zero)
                errors.Add($"MaxRetryAfterWait is {MaxRetryAfterWait}; use zero or more (default 00:00:05).");
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
