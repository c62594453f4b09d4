using System;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Resilience
{
    /// <summary>
    /// Builds a client's pipeline, outermost first: retry (transient failures with exponential backoff and jitter;
    /// short Retry-After waits honoured exactly) → the shared per-base-URL circuit breaker → per-attempt timeout.
    /// Every delay and timeout runs on the injected <see cref="TimeProvider"/>; jitter uses the injected randomizer.
    /// </summary>
    public static class ResiliencePipelines
    {
        /// <param name="options">Timeout and retry settings.</param>
        /// <param name="breaker">The shared breaker for the client's base URL (<see cref="CircuitBreakerRegistry.GetOrAdd"/>).</param>
        /// <param name="timeProvider">Clock for delays, timeouts and Retry-After arithmetic; must be the breaker's clock.</param>
        /// <param name="randomizer">Jitter source returning [0, 1); null uses Polly's thread-safe default.</param>
        /// <param name="log">Where retries are reported; null for none.</param>
        public static ResiliencePipeline<CadResult> Build(ResilienceOptions options, ResiliencePipeline<CadResult> breaker,
            TimeProvider timeProvider, Func<double>? randomizer = null, ILog? log = null)
        {
            var builder = new ResiliencePipelineBuilder<CadResult> { TimeProvider = timeProvider, Name = "cad-client" };

            if (options.MaxRetries > 0)
            {
                var retry = new RetryStrategyOptions<CadResult>
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldHandle = args => new ValueTask<bool>(RetryDecision.ShouldRetry(
                        args.Outcome.Result?.Failure, args.Outcome.Exception, timeProvider.GetUtcNow(), options.MaxRetryAfterWait)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(
                        RetryDecision.ServerDelay(args.Outcome.Result?.Failure, timeProvider.GetUtcNow())),
                    OnRetry = args =>
                    {
                        if (log != null)
                        {
                            var why = args.Outcome.Result?.Failure?.ToString()
                                      ?? (args.Outcome.Exception is TimeoutRejectedException
                                          ? RetryDecision.AttemptTimedOut(options.AttemptTimeout).ToString()
                                          : args.Outcome.Exception?.GetType().Name);
                            log.Write(LogLevel.Info,
                                $"CAD {args.Context.OperationKey}: attempt {args.AttemptNumber + 1} failed ({why}); retrying in {args.RetryDelay.TotalSeconds:0.###} s");
                        }

                        return default;
                    },
                };
                if (randomizer != null) retry.Randomizer = randomizer;
                builder.AddRetry(retry);
            }

            return builder
                .AddPipeline(breaker)
                .AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout })
                .Build();
        }
    }
}
