using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SonoranFiveM.Core.Resilience
{
    /// <summary>
    /// What the pipeline's own outcomes mean: which failures count against the circuit breaker (transient failures and
    /// attempt timeouts only), and the failure a caller sees for an open circuit or a timed-out attempt.
    /// </summary>
    public static class PipelineFailures
    {
        public static bool CountsAgainstBreaker(DeliveryFailure? failure, Exception? exception)
        {
            if (exception != null) return exception is TimeoutRejectedException;
            return failure != null && failure.Kind == DeliveryFailureKind.Transient;
        }

        /// <summary>What a caller sees when the circuit for its base URL is open.</summary>
        public static DeliveryFailure OpenCircuit(BrokenCircuitException exception, DateTimeOffset now)
        {
            DateTimeOffset? retryAt = exception.RetryAfter.HasValue ? now + exception.RetryAfter.Value : (DateTimeOffset?)null;
            return new DeliveryFailure(DeliveryFailureKind.Transient,
                "The CAD failed repeatedly; calls are paused while the circuit is open", null, retryAt);
        }

        public static DeliveryFailure AttemptTimedOut(TimeSpan timeout)
            => new DeliveryFailure(DeliveryFailureKind.Transient, "The CAD did not answer within " + timeout.TotalSeconds + " s");
    }
}
