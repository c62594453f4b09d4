using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace SonoranFiveM.Core.Http
{
    /// <summary>
    /// <see cref="IHttpTransport"/> over an injected <see cref="HttpClient"/>: one <see cref="HttpRequestMessage"/> per
    /// attempt, any method (PATCH via <c>new HttpMethod("PATCH")</c>, DELETE with a body). Network failures and timeouts
    /// become <see cref="HttpResponse.NoResponse"/>. Touches no process-wide setting (no <c>ServicePointManager</c>):
    /// TLS and proxy behaviour are the injected client's handler's business.
    /// </summary>
    public sealed class HttpClientTransport : IHttpTransport
    {
        private readonly HttpClient _client;
        private readonly TimeProvider _timeProvider;

        /// <param name="client">Owned by the caller, reused across requests.</param>
        /// <param name="timeProvider">Clock for <see cref="HttpRequest.Timeout"/>; default <see cref="TimeProvider.System"/>.</param>
        public HttpClientTransport(HttpClient client, TimeProvider? timeProvider = null)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _timeProvider = timeProvider ?? TimeProvider.System;
        }

        public async Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            using (var timeout = _timeProvider.CreateCancellationTokenSource(request.Timeout))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            using (var message = ToMessage(request))
            {
                try
                {
                    using (var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false))
                    {
                        var body = response.Content == null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                        return new HttpResponse((int)response.StatusCode, body, Headers(response));
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException)
                {
                    // Our per-request timeout, or the HttpClient's own Timeout.
                    return HttpResponse.NoResponse("no response within " + request.Timeout.TotalSeconds + " s", timedOut: true);
                }
                catch (Exception exception) when (exception is HttpRequestException || exception is System.IO.IOException
                                                   || exception is System.Net.Sockets.SocketException || exception is System.Net.WebException)
                {
                    return HttpResponse.NoResponse(Describe(exception));
                }
            }
        }

        private static HttpRequestMessage ToMessage(HttpRequest request)
        {
            var message = new HttpRequestMessage(new HttpMethod(request.Method.ToUpperInvariant()), request.Url);
            string? contentType = null;
            foreach (var header in request.Headers)
            {
                if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    contentType = header.Value;
                    continue;
                }

                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            if (request.Body != null)
            {
                var bytes = request.Body.Bytes;
                var content = new ByteArrayContent(bytes.Array!, bytes.Offset, bytes.Count);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "application/json");
                message.Content = content;
            }

            return message;
        }

        private static Dictionary<string, string> Headers(HttpResponseMessage response)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers) headers[header.Key] = string.Join(", ", header.Value);
            if (response.Content != null)
            {
                foreach (var header in response.Content.Headers) headers[header.Key] = string.Join(", ", header.Value);
            }

            return headers;
        }

        /// <summary>The innermost cause, which names what failed (refused, reset, DNS) better than the wrapper.</summary>
        private static string Describe(Exception exception)
        {
            var inner = exception;
            while (inner.InnerException != null) inner = inner.InnerException;
            return ReferenceEquals(inner, exception)
                ? exception.GetType().Name + ": " + exception.Message
                : exception.GetType().Name + ": " + exception.Message + " (" + inner.GetType().Name + ": " + inner.Message + ")";
        }
    }
}
