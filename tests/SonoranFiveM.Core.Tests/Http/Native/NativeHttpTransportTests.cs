using SonoranFiveM.Core.Engine;
using SonoranFiveM.Core.Http.Native;

namespace SonoranFiveM.Core.Tests.Http.Native
{
    public class NativeHttpTransportTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider();
        private readonly MainThreadQueue _mainThread = new MainThreadQueue(new ListLog());
        private readonly List<string> _sentJson = new List<string>();
        private int _nextToken = 7;

        private NativeHttpTransport CreateTransport(Func<string, int>? perform = null)
            => new NativeHttpTransport(_mainThread, json =>
            {
                _sentJson.Add(json);
                return perform != null ? perform(json) : _nextToken++;
            }, _time);

        private static HttpRequest Post(string body = "{\"playerCount\":3}") => new HttpRequest(
            "POST", "https://api.example.test/v2/general/servers/1/heartbeat",
            new Dictionary<string, string> { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer k" },
            RequestBody.FromText(body), TimeSpan.FromSeconds(10));

        [Fact]
        public void The_native_is_only_called_when_the_main_thread_drains_the_queue()
        {
            var transport = CreateTransport();
            _ = transport.SendAsync(Post(), CancellationToken.None);

            Assert.Empty(_sentJson);
            _mainThread.Drain();

            var sent = JObject.Parse(Assert.Single(_sentJson));
            Assert.Equal("https://api.example.test/v2/general/servers/1/heartbeat", (string?)sent["url"]);
            Assert.Equal("POST", (string?)sent["method"]);
            Assert.Equal("{\"playerCount\":3}", (string?)sent["data"]);
            Assert.Equal("Bearer k", (string?)sent["headers"]!["Authorization"]);
        }

        [Fact]
        public async Task The_response_event_completes_the_matching_request_with_status_body_and_headers()
        {
            var transport = CreateTransport();
            var first = transport.SendAsync(Post(), CancellationToken.None);
            var second = transport.SendAsync(Post(), CancellationToken.None);
            _mainThread.Drain();

            transport.OnResponse(8, 429, null, new List<object>(), "HTTP 429: {\"message\":\"API rate limit exceeded\"}",
                new Dictionary<string, object> { ["Retry-After"] = "12" });
            transport.OnResponse(7, 200, "{\"serverId\":1}", new Dictionary<string, object>(), null, new List<object>());

            var a = await first;
            var b = await second;
            Assert.Equal(200, a.StatusCode);
            Assert.Equal("{\"serverId\":1}", a.Body);
            Assert.Equal(429, b.StatusCode);
            Assert.Equal("12", b.Header("retry-after"));
            Assert.Equal(0, transport.PendingCount);
        }

        [Fact]
        public async Task An_error_status_keeps_the_body_without_fxservers_prefix()
        {
            var transport = CreateTransport();
            var pending = transport.SendAsync(Post(), CancellationToken.None);
            _mainThread.Drain();

            transport.OnResponse(7, 400, null, new List<object>(), "HTTP 400: INVALID API KEY", new Dictionary<string, object>());

            var response = await pending;
            Assert.Equal(400, response.StatusCode);
            Assert.Equal("INVALID API KEY", response.Body);
        }

        [Fact]
        public async Task A_connection_failure_becomes_a_no_response_result_not_an_exception()
        {
            var transport = CreateTransport();
            var pending = transport.SendAsync(Post(), CancellationToken.None);
            _mainThread.Drain();

            transport.OnResponse(7, 0, null, new List<object>(), "Couldn't resolve host name", new List<object>());

            var response = await pending;
            Assert.False(response.HasResponse);
            Assert.Equal("Couldn't resolve host name", response.TransportError);
        }

        [Fact]
        public async Task A_request_without_an_answer_times_out_on_the_injected_clock()
        {
            var transport = CreateTransport();
            var pending = transport.SendAsync(Post(), CancellationToken.None);
            _mainThread.Drain();

            _time.Advance(TimeSpan.FromSeconds(9));
            Assert.False(pending.IsCompleted);
            _time.Advance(TimeSpan.FromSeconds(1));

            var response = await pending;
            Assert.True(response.TimedOut);
            Assert.Equal(0, transport.PendingCount);

            transport.OnResponse(7, 200, "late", new Dictionary<string, object>(), null, null);
            Assert.Equal(0, transport.PendingCount);
        }

        [Fact]
        public async Task A_refused_request_fails_at_once()
        {
            var transport = CreateTransport(_ => -1);
            var pending = transport.SendAsync(Post(), CancellationToken.None);
            _mainThread.Drain();

            var response = await pending;
            Assert.False(response.HasResponse);
            Assert.Contains("refused", response.TransportError);
        }

        [Fact]
        public async Task Cancellation_before_the_main_thread_runs_never_calls_the_native()
        {
            var transport = CreateTransport();
            using var cts = new CancellationTokenSource();
            var pending = transport.SendAsync(Post(), cts.Token);
            cts.Cancel();
            _mainThread.Drain();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
            Assert.Empty(_sentJson);
        }
    }
}
