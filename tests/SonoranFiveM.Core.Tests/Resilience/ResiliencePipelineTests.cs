using Polly.CircuitBreaker;
using SonoranFiveM.Core.Tests.Cad.TestSupport;
using static SonoranFiveM.Core.Tests.Cad.TestSupport.CadHarness;

namespace SonoranFiveM.Core.Tests.Resilience
{
    /// <summary>One attempt per call, timeout and breaker behaviour, driven by the fake clock (no sleeping).</summary>
    public class ResiliencePipelineTests
    {
        private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
        private readonly CadHarness _harness = new CadHarness();

        private TestClock Clock => _harness.Clock;
        private RecordingTransport Transport => _harness.Transport;

        /// <summary>Timers that are not per-attempt timeouts (a retry delay would be one).</summary>
        private static bool IsDelay(TimeSpan due) => due != AttemptTimeout;

        [Fact]
        public async Task Transient_failure_is_returned_after_one_attempt_for_the_lane_to_retry()
        {
            var api = _harness.Create("v2");
            Transport.Reply(503, "down").Reply(200, "{\"updated\":1}");

            var result = await api.SendHeartbeatAsync(5);

            Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
            Assert.Equal(503, result.Failure.StatusCode);
            Assert.Single(Transport.Requests);
            Assert.DoesNotContain(Clock.TimerDueTimes, IsDelay);
        }

        [Fact]
        public async Task Short_retry_after_is_returned_at_once_with_its_retry_time()
        {
            var api = _harness.Create("v2");
            Transport.Reply(429, "{\"message\":\"API rate limit exceeded\"}", Headers(("Retry-After", "2"))).Reply(200, "{}");

            var result = await api.SetUnitPanicAsync("u", true);

            Assert.Equal(DeliveryFailureKind.RateLimited, result.Failure!.Kind);
            Assert.Equal(TestClock.Epoch.AddSeconds(2), result.Failure.RetryAt);
            Assert.Single(Transport.Requests);
        }

        [Fact]
        public async Task Attempt_timeout_is_reported_as_transient()
        {
            var api = _harness.Create("v2");
            Transport.Hang();

            var call = api.SendHeartbeatAsync(1);
            await Clock.WaitForTimerAsync(d => d == AttemptTimeout);
            Clock.Advance(AttemptTimeout);
            var result = await call;

            Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
            Assert.Contains("10 s", result.Failure.Message);
        }

        [Theory]
        [InlineData(400, DeliveryFailureKind.Rejected)]
        [InlineData(401, DeliveryFailureKind.Fatal)]
        [InlineData(404, DeliveryFailureKind.Fatal)]
        public async Task Rejected_and_fatal_are_not_retried(int status, DeliveryFailureKind kind)
        {
            var api = _harness.Create("v2");
            Transport.Reply(status, "{\"title\":\"x\",\"detail\":\"y\"}");

            var result = await api.SetUnitStatusAsync("u", 2);

            Assert.Equal(kind, result.Failure!.Kind);
            Assert.Single(Transport.Requests);
            Assert.DoesNotContain(Clock.TimerDueTimes, IsDelay);
        }

        [Fact]
        public async Task Long_retry_after_returns_rate_limited_at_once()
        {
            var api = _harness.Create("v2");
            Transport.Reply(429, "{\"message\":\"API rate limit exceeded\",\"request_id\":\"g-1\"}", Headers(("Retry-After", "45")));

            var result = await api.UpdateUnitLocationsAsync(new Core.Cad.Models.UnitLocation[0]);

            Assert.Equal(DeliveryFailureKind.RateLimited, result.Failure!.Kind);
            Assert.Equal(TestClock.Epoch.AddSeconds(45), result.Failure.RetryAt);
            Assert.Equal("g-1", result.Failure.RequestId);
            Assert.Single(Transport.Requests);
            Assert.DoesNotContain(Clock.TimerDueTimes, IsDelay);
        }

        [Fact]
        public async Task Rate_limit_without_retry_after_is_returned_not_retried()
        {
            var api = _harness.Create("v2");
            Transport.Reply(429, "{\"message\":\"API rate limit exceeded\"}");

            var result = await api.SetUnitPanicAsync("u", true);

            Assert.Equal(DeliveryFailureKind.RateLimited, result.Failure!.Kind);
            Assert.Null(result.Failure.RetryAt);
            Assert.Single(Transport.Requests);
        }

        [Fact]
        public async Task Breaker_opens_after_repeated_transient_failures_and_closes_after_break()
        {
            var api = _harness.Create("v2");
            Transport.Default = _ => new Core.Http.HttpResponse(503, "down");

            for (var i = 0; i < 4; i++)
                Assert.Equal(DeliveryFailureKind.Transient, (await api.SendHeartbeatAsync(i)).Failure!.Kind);
            Assert.Equal(CircuitState.Open, _harness.Factory.Breakers.StateOf(BaseUrl));

            var refused = await api.SendHeartbeatAsync(9);
            Assert.Equal(DeliveryFailureKind.Transient, refused.Failure!.Kind);
            Assert.Contains("circuit", refused.Failure.Message);
            Assert.Equal(TestClock.Epoch.AddSeconds(30), refused.Failure.RetryAt);
            Assert.Equal(4, Transport.Requests.Count);

            Clock.Advance(TimeSpan.FromSeconds(30));
            Transport.Default = _ => new Core.Http.HttpResponse(200, "{}");
            Assert.True((await api.SendHeartbeatAsync(10)).IsAccepted);
            Assert.Equal(5, Transport.Requests.Count);
            Assert.Equal(CircuitState.Closed, _harness.Factory.Breakers.StateOf(BaseUrl));
            Assert.True((await api.SendHeartbeatAsync(11)).IsAccepted);
        }

        [Fact]
        public async Task Rejections_and_rate_limits_do_not_open_the_breaker()
        {
            var api = _harness.Create("v2");
            Transport.Default = _ => new Core.Http.HttpResponse(400, "bad");
            for (var i = 0; i < 6; i++) await api.SendHeartbeatAsync(i);
            Transport.Default = _ => new Core.Http.HttpResponse(429, "{}");
            for (var i = 0; i < 6; i++) await api.SendHeartbeatAsync(i);

            Assert.Equal(CircuitState.Closed, _harness.Factory.Breakers.StateOf(BaseUrl));
            Assert.Equal(12, Transport.Requests.Count);
        }

        [Fact]
        public async Task Breaker_is_shared_per_base_url_across_api_versions()
        {
            var v2 = _harness.Create("v2");
            var v1 = _harness.Create("v1", configure: o => o.BaseUrl = BaseUrl.ToUpperInvariant() + "/");
            var other = _harness.Create("v2", configure: o => o.BaseUrl = "https://other.example.test");
            Transport.Default = _ => new Core.Http.HttpResponse(500, "down");

            for (var i = 0; i < 4; i++) await v2.SendHeartbeatAsync(i);
            var sent = Transport.Requests.Count;

            var v1Result = await v1.SendHeartbeatAsync(1);
            Assert.Contains("circuit", v1Result.Failure!.Message);
            Assert.Equal(sent, Transport.Requests.Count);

            await other.SendHeartbeatAsync(1);
            Assert.Equal(sent + 1, Transport.Requests.Count);
            Assert.Equal("https://other.example.test/v2/general/servers/3/heartbeat", Transport.Last.Url);
        }

        [Fact]
        public async Task Transport_exception_becomes_transient_failure()
        {
            var api = _harness.Create("v1");
            Transport.Throw(new InvalidOperationException("socket exploded"));

            var result = await api.SendHeartbeatAsync(1);

            Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
            Assert.Contains("socket exploded", result.Failure.Message);
        }

        [Fact]
        public async Task Caller_cancellation_propagates()
        {
            var api = _harness.Create("v2");
            Transport.Hang();
            using var cts = new CancellationTokenSource();

            var call = api.SendHeartbeatAsync(1, cts.Token);
            await Transport.WaitForRequestsAsync(1);
            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
            Assert.Single(Transport.Requests);
        }

        [Fact]
        public void Invalid_options_are_refused_with_every_problem_named()
        {
            var options = Options();
            options.ApiKey = "";
            options.ServerId = 0;
            options.Resilience.BreakerMinimumThroughput = 1;

            var error = Assert.Throws<ArgumentException>(() => _harness.Factory.Create(options));

            Assert.Contains("ApiKey", error.Message);
            Assert.Contains("ServerId", error.Message);
            Assert.Contains("BreakerMinimumThroughput", error.Message);
        }
    }
}
