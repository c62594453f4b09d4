using System;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SonoranFiveM.Core.Cad;

namespace SonoranFiveM.Core.Resilience
{
    /// <summary>
    /// When to try again, and after how long. Inputs are one attempt's classified failure (null = accepted) or the
    /// exception a pipeline strategy raised.
    /// <list type="bullet">
    /// <item>Transient failure or attempt timeout: retry, exponential backoff with jitter.</item>
    /// <item>Rate limited with a Retry-After no longer than the wait budget: retry after exactly that wait.</item>
    /// <item>Rate limited otherwise (long or no Retry-After): stop; the caller reschedules using RetryAt.</item>
    /// <item>Open circuit, Fatal, Rejected, accepted: stop.</item>
    /// </list>
    /// Only transient failures and attempt timeouts count against the circuit breaker.
    /// </summary>
    public static class RetryDecision
    {
        public static bool ShouldRetry(CadFailure? failure, Exception? exception, DateTimeOffset now, TimeSpan maxRetryAfterWait)
        {
            if (exception != null) return exception is TimeoutRejectedException;
            if (failure == null) return false;
            switch (failure.Kind)
            {
                case CadFailureKind.Transient:
                    return true;
                case CadFailureKind.RateLimited:
                    return failure.RetryAt.HasValue && failure.RetryAt.Value - now <= maxRetryAfterWait;
                default:
                    return false;
            }
        }

        /// <summary>The server-imposed wait for a rate-limited attempt; null means "use the backoff".</summary>
        public static TimeSpan? ServerDelay(CadFailure? failure, DateTimeOffset now)
        {
            if (failure == null || failure.Kind != CadFailureKind.RateLimited || !failure.RetryAt.HasValue) return null;
            var wait = failure.RetryAt.Value - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        public static bool CountsAgainstBreaker(CadFailure? failure, Exception? exception)
        {
            if (exception != null) return exception is TimeoutRejectedException;
            return failure != null && failure.Kind == CadFailureKind.Transient;
        }

        /// <summary>What a caller sees when the circuit for its base URL is open.</summary>
        public static CadFailure OpenCircuit(BrokenCircuitException exception, DateTimeOffset now)
        {
            DateTimeOffset? retryAt = exception.RetryAfter.HasValue ? now + exception.RetryAfter.Value : (DateTimeOffset?)null;
            return new CadFailure(CadFailureKind.Transient,
                "The CAD failed repeatedly; calls are paused while the circuit is open", null, retryAt);
        }

        public static CadFailure AttemptTimedOut(TimeSpan timeout)
            => new CadFailure(CadFailureKind.Transient, "The CAD did not answer within " + timeout.TotalSeconds + " s");
    }
}
