using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SonoranFiveM.Core.Resilience
{
    /// <summary>
    /// Sends one request through a pipeline and a transport and returns a <see cref="CadResult{T}"/>: never throws for
    /// an HTTP-level failure (only <see cref="OperationCanceledException"/> when the caller cancels). Every failure text
    /// passes through secret redaction before it is returned or logged. Reusable by other HTTP sinks.
    /// </summary>
    public sealed class ResilientSender
    {
        private readonly IHttpTransport _transport;
        private readonly ResiliencePipeline<CadResult> _pipeline;
        private readonly TimeProvider _timeProvider;
        private readonly ResilienceOptions _options;
        private readonly SecretRedactor _redactor;
        private readonly ILog? _log;

        public ResilientSender(IHttpTransport transport, ResiliencePipeline<CadResult> pipeline, TimeProvider timeProvider,
            ResilienceOptions options, IEnumerable<string?> secrets, ILog? log = null)
        {
            _transport = transport ?? throw new ArgumentNullException(nameof(transport));
            _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
            _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _redactor = SecretRedactor.For((secrets ?? throw new ArgumentNullException(nameof(secrets))).ToArray());
            _log = log;
        }

        public TimeProvider TimeProvider => _timeProvider;

        /// <param name="operation">Short name for logs, e.g. "v2 Create911Call".</param>
        /// <param name="request">Sent as-is on every attempt; the sender owns it and disposes it (returning a pooled body) when the send ends.</param>
        /// <param name="interpret">Turns one reply into the result (classifying failures); must not throw, but is guarded.</param>
        /// <param name="cancellationToken">Cancels waiting; the call then throws <see cref="OperationCanceledException"/>.</param>
        public async Task<CadResult<T>> SendAsync<T>(string operation, HttpRequest request, Func<HttpResponse, CadResult<T>> interpret,
            CancellationToken cancellationToken = default)
        {
            var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
            CadResult<T> result;
            try
            {
                var outcome = await _pipeline.ExecuteAsync(
                    static async (ctx, state) => await state.Sender.AttemptAsync(state.Request, state.Interpret, ctx.CancellationToken).ConfigureAwait(false),
                    context,
                    new AttemptState<T>(this, request, interpret)).ConfigureAwait(false);
                result = (CadResult<T>)outcome;
            }
            catch (TimeoutRejectedException)
            {
                result = CadResult.Fail<T>(PipelineFailures.AttemptTimedOut(_options.AttemptTimeout));
            }
            catch (BrokenCircuitException exception)
            {
                result = CadResult.Fail<T>(PipelineFailures.OpenCircuit(exception, _timeProvider.GetUtcNow()));
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
                request.Dispose();
            }

            if (result.Failure == null) return result;
            var failure = result.Failure.Redacted(_redactor);
            _log?.Write(failure.Kind == DeliveryFailureKind.Fatal ? LogLevel.Error : LogLevel.Warning, "CAD " + operation + " failed: " + failure);
            return ReferenceEquals(failure, result.Failure) ? result : CadResult.Fail<T>(failure);
        }

        private async ValueTask<CadResult> AttemptAsync<T>(HttpRequest request, Func<HttpResponse, CadResult<T>> interpret, CancellationToken token)
        {
            HttpResponse response;
            try
            {
                response = await _transport.SendAsync(request, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                // The transport broke its contract (it must not throw for network failures): treat it as no response.
                response = HttpResponse.NoResponse("transport error: " + exception.GetType().Name + ": " + exception.Message);
            }

            try
            {
                return interpret(response);
            }
            catch (Exception exception)
            {
                // Not retried: a reply we cannot read would only be misread again, and the CAD may have acted on it.
                return CadResult.Fail<T>(new DeliveryFailure(DeliveryFailureKind.Rejected,
                    "Could not read the CAD's reply (" + exception.GetType().Name + ")", response.StatusCode == 0 ? (int?)null : response.StatusCode));
            }
        }

        private sealed class AttemptState<T>
        {
            public AttemptState(ResilientSender sender, HttpRequest request, Func<HttpResponse, CadResult<T>> interpret)
            {
                Sender = sender;
                Request = request;
                Interpret = interpret;
            }

            public ResilientSender Sender { get; }
            public HttpRequest Request { get; }
            public Func<HttpResponse, CadResult<T>> Interpret { get; }
        }
    }
}
