using System.Net;
using System.Net.Http;
using SonoranFiveM.Core.Tests.Cad.TestSupport;

namespace SonoranFiveM.Core.Tests.Http
{
    public class HttpClientTransportTests
    {
        private readonly StubHandler _handler = new StubHandler();
        private readonly TestClock _clock = new TestClock();
        private readonly HttpClientTransport _transport;

        public HttpClientTransportTests()
        {
            _transport = new HttpClientTransport(new HttpClient(_handler), _clock);
        }

        private static HttpRequest Request(string method, string? body, params (string, string)[] headers)
            => new HttpRequest(method, "https://cad.example.test/v2/thing", headers.ToDictionary(h => h.Item1, h => h.Item2), body == null ? null : RequestBody.FromText(body), TimeSpan.FromSeconds(10));

        [Fact]
        public async Task Patch_sends_method_headers_and_json_body()
        {
            _handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"updated\":1}") };

            var response = await _transport.SendAsync(Request("PATCH", "{\"a\":1}",
                ("Authorization", "Bearer k"), ("Accept", "application/json"), ("Content-Type", "application/json")), CancellationToken.None);

            var sent = Assert.Single(_handler.Seen);
            Assert.Equal("PATCH", sent.Method);
            Assert.Equal("https://cad.example.test/v2/thing", sent.Url);
            Assert.Equal("Bearer k", sent.Headers["Authorization"]);
            Assert.Equal("application/json", sent.Headers["Accept"]);
            Assert.Equal("application/json", sent.ContentType);
            Assert.Equal("{\"a\":1}", sent.Body);
            Assert.Equal(200, response.StatusCode);
            Assert.Equal("{\"updated\":1}", response.Body);
        }

        [Fact]
        public async Task Delete_can_carry_a_body_and_get_carries_none()
        {
            await _transport.SendAsync(Request("DELETE", "{\"communityUserIds\":[\"u\"]}", ("Content-Type", "application/json")), CancellationToken.None);
            await _transport.SendAsync(Request("GET", null), CancellationToken.None);

            Assert.Equal("DELETE", _handler.Seen[0].Method);
            Assert.Equal("{\"communityUserIds\":[\"u\"]}", _handler.Seen[0].Body);
            Assert.Equal("GET", _handler.Seen[1].Method);
            Assert.Null(_handler.Seen[1].Body);
        }

        [Fact]
        public async Task Error_status_headers_and_body_come_back_unchanged()
        {
            _handler.Respond = _ =>
            {
                var message = new HttpResponseMessage((HttpStatusCode)429) { Content = new StringContent("{\"message\":\"API rate limit exceeded\"}") };
                message.Headers.TryAddWithoutValidation("Retry-After", "120");
                message.Headers.TryAddWithoutValidation("X-Request-Id", "r-1");
                return message;
            };

            var response = await _transport.SendAsync(Request("POST", "{}"), CancellationToken.None);

            Assert.Equal(429, response.StatusCode);
            Assert.Equal("120", response.Header("retry-after"));
            Assert.Equal("r-1", response.Header("X-Request-Id"));
            Assert.Contains("rate limit", response.Body);
        }

        [Fact]
        public async Task Connection_failure_is_no_response_not_an_exception()
        {
            _handler.Respond = _ => throw new HttpRequestException("Connection refused", new System.Net.Sockets.SocketException(111));

            var response = await _transport.SendAsync(Request("GET", null), CancellationToken.None);

            Assert.False(response.HasResponse);
            Assert.False(response.TimedOut);
            Assert.Contains("Connection refused", response.TransportError);
        }

        [Fact]
        public async Task Request_timeout_on_the_clock_is_a_timed_out_no_response()
        {
            _handler.Hang = true;

            var call = _transport.SendAsync(Request("GET", null), CancellationToken.None);
            await _handler.Entered.Task;
            await _clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(10));
            _clock.Advance(TimeSpan.FromSeconds(10));
            var response = await call;

            Assert.False(response.HasResponse);
            Assert.True(response.TimedOut);
        }

        [Fact]
        public async Task Caller_cancellation_throws()
        {
            _handler.Hang = true;
            using var cts = new CancellationTokenSource();

            var call = _transport.SendAsync(Request("GET", null), cts.Token);
            await _handler.Entered.Task;
            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        }

        private sealed class StubHandler : HttpMessageHandler
        {
            public List<(string Method, string Url, Dictionary<string, string> Headers, string? ContentType, string? Body)> Seen { get; } = new();
            public Func<HttpRequestMessage, HttpResponseMessage> Respond { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
            public bool Hang { get; set; }
            public TaskCompletionSource<bool> Entered { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var body = request.Content == null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
                Seen.Add((request.Method.Method, request.RequestUri!.ToString(),
                    request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value)),
                    request.Content?.Headers.ContentType?.MediaType, body));
                Entered.TrySetResult(true);
                if (Hang) await Task.Delay(Timeout.Infinite, cancellationToken);
                return Respond(request);
            }
        }
    }
}
