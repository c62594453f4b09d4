using Polly;
using Polly.Timeout;

namespace SonoranFiveM.Core.Resilience
{
    /// <summary>
    /// Builds a client's pipeline, outermost first: the shared per-base-URL circuit breaker → per-attempt timeout. There
    /// is no retry here: the dispatcher's lanes retry inside their rate budget (<see cref="Dispatch.FailurePolicy"/>), so
    /// every request the client sends is one the lane's limiter counted. Timeouts run on the injected <see cref="TimeProvider"/>.
    /// </summary>
    public static class ResiliencePipelines
    {
        /// <param name="options">The attempt timeout.</param>
        /// <param name="breaker">The shared breaker for the client's base URL (<see cref="CircuitBreakerRegistry.GetOrAdd"/>).</param>
        /// <param name="timeProvider">Clock for the timeout; must be the breaker's clock.</param>
        public static ResiliencePipeline<CadResult> Build(ResilienceOptions options, ResiliencePipeline<CadResult> breaker, TimeProvider timeProvider)
            => new ResiliencePipelineBuilder<CadResult> { TimeProvider = timeProvider, Name = "cad-client" }
                .AddPipeline(breaker)
                .AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout })
                .Build();
    }
}
