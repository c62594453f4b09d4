using Polly;
using Polly.CircuitBreaker;

namespace SonoranFiveM.Core.Resilience
{
    /// <summary>
    /// One circuit breaker per base URL, shared by every client (v1 and v2) that calls that URL: an outage of
    /// api.sonorancad.com is one outage, whichever API version noticed it. The first caller's options set the
    /// thresholds for that URL. Thread-safe.
    /// </summary>
    public sealed class CircuitBreakerRegistry
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, Entry> _breakers = new Dictionary<string, Entry>(StringComparer.Ordinal);
        private readonly TimeProvider _timeProvider;
        private readonly ILog? _log;

        public CircuitBreakerRegistry(TimeProvider? timeProvider = null, ILog? log = null)
        {
            _timeProvider = timeProvider ?? TimeProvider.System;
            _log = log;
        }

        public TimeProvider TimeProvider => _timeProvider;

        /// <summary>The breaker pipeline for <paramref name="baseUrl"/>, built on first use.</summary>
        public ResiliencePipeline<CadResult> GetOrAdd(string baseUrl, ResilienceOptions options)
        {
            var key = KeyFor(baseUrl);
            lock (_gate)
            {
                if (_breakers.TryGetValue(key, out var existing)) return existing.Pipeline;
                var stateProvider = new CircuitBreakerStateProvider();
                var pipeline = new ResiliencePipelineBuilder<CadResult> { TimeProvider = _timeProvider, Name = "cad-breaker", InstanceName = key }
                    .AddCircuitBreaker(new CircuitBreakerStrategyOptions<CadResult>
                    {
                        FailureRatio = options.BreakerFailureRatio,
                        MinimumThroughput = options.BreakerMinimumThroughput,
                        SamplingDuration = options.BreakerSamplingDuration,
                        BreakDuration = options.BreakerBreakDuration,
                        StateProvider = stateProvider,
                        ShouldHandle = args => new ValueTask<bool>(
                            PipelineFailures.CountsAgainstBreaker(args.Outcome.Result?.Failure, args.Outcome.Exception)),
                        OnOpened = args =>
                        {
                            _log?.Write(LogLevel.Warning, $"CAD circuit for {key} opened for {args.BreakDuration.TotalSeconds} s after repeated failures");
                            return default;
                        },
                        OnClosed = _ =>
                        {
                            _log?.Write(LogLevel.Info, $"CAD circuit for {key} closed: the CAD answers again");
                            return default;
                        },
                    })
                    .Build();
                _breakers[key] = new Entry(pipeline, stateProvider);
                return pipeline;
            }
        }

        /// <summary>The breaker state for <paramref name="baseUrl"/> (for the status command); null if never used.</summary>
        public CircuitState? StateOf(string baseUrl)
        {
            lock (_gate)
            {
                return _breakers.TryGetValue(KeyFor(baseUrl), out var entry)
                    ? entry.State.CircuitState
                    : (CircuitState?)null;
            }
        }

        /// <summary>scheme://host:port/path, lower-case host, no trailing slash: "https://API.sonorancad.com/" and "https://api.sonorancad.com" share a breaker.</summary>
        public static string KeyFor(string baseUrl)
        {
            var trimmed = (baseUrl ?? string.Empty).Trim();
            if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
                return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.AbsolutePath.TrimEnd('/');
            return trimmed.TrimEnd('/').ToLowerInvariant();
        }

        private sealed class Entry
        {
            public Entry(ResiliencePipeline<CadResult> pipeline, CircuitBreakerStateProvider state)
            {
                Pipeline = pipeline;
                State = state;
            }

            public ResiliencePipeline<CadResult> Pipeline { get; }
            public CircuitBreakerStateProvider State { get; }
        }
    }
}
