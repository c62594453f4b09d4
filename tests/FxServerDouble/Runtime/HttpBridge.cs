using System;
using System.Collections.Generic;
using System.Dynamic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace FxServerDouble
{
    /// <summary>
    /// <c>PerformHttpRequestInternal</c> as FXServer does it (citizen-server-impl HttpScriptFunctions.cpp): real HTTP off the
    /// main thread, then <c>__cfx_internal:httpResponse</c> raised on the main thread to the calling resource only, with
    /// six arguments:
    /// success <c>(token, status, body, headers, nil, {})</c>;
    /// HTTP status ≥ 400 <c>(token, status, nil, {}, "HTTP &lt;status&gt;: &lt;body&gt;", headers)</c>;
    /// no answer (timeout, refused or dropped connection) <c>(token, 0, nil, {}, "&lt;curl error&gt;", {})</c>.
    /// Repeated response headers arrive as arrays. No answer within the no-response timeout (5 s by default) is a timeout.
    /// </summary>
    internal sealed class HttpBridge
    {
        public const string ResponseEvent = "__cfx_internal:httpResponse";

        private static readonly HttpClient Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

        private readonly FxServer _server;
        private int _nextToken;
        private int _inFlight;

        public HttpBridge(FxServer server)
        {
            _server = server;
        }

        public int InFlight => Volatile.Read(ref _inFlight);

        public int Perform(string requestData, int requestDataLength)
        {
            if (requestData == null) return -1;
            var bytes = Encoding.UTF8.GetByteCount(requestData);
            if (requestDataLength != bytes) _server.Violation("PerformHttpRequestInternal: length " + requestDataLength + " is not the UTF-8 byte count " + bytes);

            JObject request;
            try
            {
                request = JObject.Parse(requestData);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return -1;
            }

            var url = (string)request["url"];
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https")) return -1;
            var method = ((string)request["method"] ?? "GET").ToUpperInvariant();
            var data = (string)request["data"] ?? string.Empty;
            var headers = (request["headers"] as JObject)?.Properties().ToDictionary(p => p.Name, p => (string)p.Value) ?? new Dictionary<string, string>();

            var token = Interlocked.Increment(ref _nextToken);
            Interlocked.Increment(ref _inFlight);
            _ = Task.Run(() => SendAsync(token, uri, method, data, headers));
            return token;
        }

        private async Task SendAsync(int token, Uri uri, string method, string data, Dictionary<string, string> headers)
        {
            object[] args;
            try
            {
                using (var cts = new CancellationTokenSource(_server.Options.HttpNoResponseTimeoutMilliseconds))
                using (var message = new HttpRequestMessage(new HttpMethod(method), uri))
                {
                    if (data.Length > 0 || method != "GET")
                    {
                        message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(data));
                    }

                    foreach (var header in headers)
                    {
                        if (message.Content != null && header.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
                        {
                            message.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                        }
                        else
                        {
                            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                        }
                    }

                    using (var response = await Client.SendAsync(message, cts.Token).ConfigureAwait(false))
                    {
                        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                        var status = (int)response.StatusCode;
                        var responseHeaders = Headers(response.Headers.Concat(response.Content.Headers));
                        args = status >= 400
                            ? new object[] { (long)token, (long)status, null, new ExpandoObject(), "HTTP " + status + ": " + body, responseHeaders }
                            : new object[] { (long)token, (long)status, body, responseHeaders, null, new ExpandoObject() };
                    }
                }
            }
            catch (OperationCanceledException)
            {
                args = Failure(token, "Timeout was reached");
            }
            catch (HttpRequestException ex)
            {
                args = Failure(token, ex.InnerException is System.IO.IOException ? "Failure when receiving data from the peer" : "Couldn't connect to server");
            }
            catch (Exception ex)
            {
                args = Failure(token, ex.GetType().Name + ": " + ex.Message);
            }

            _server.MainThread.Post(() =>
            {
                Interlocked.Decrement(ref _inFlight);
                _server.Dispatch(ResponseEvent, string.Empty, args);
            });
        }

        private static object[] Failure(int token, string error) => new object[] { (long)token, 0L, null, new ExpandoObject(), error, new ExpandoObject() };

        private static ExpandoObject Headers(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
        {
            var map = new ExpandoObject();
            IDictionary<string, object> fields = map;
            foreach (var header in headers)
            {
                var values = header.Value.ToList();
                fields[header.Key] = values.Count == 1 ? (object)values[0] : values.Cast<object>().ToList();
            }

            return map;
        }
    }
}
