using System.Dynamic;
using SonoranFiveM.Core.Http.Native;

namespace SonoranFiveM.Core.Tests.Http.Native
{
    /// <summary>Every shape FXServer's <c>__cfx_internal:httpResponse</c> takes (citizen-server-impl HttpScriptFunctions.cpp).</summary>
    public class NativeHttpResponseEventTests
    {
        private static readonly System.DateTimeOffset Now = new System.DateTimeOffset(2026, 11, 30, 12, 0, 0, System.TimeSpan.Zero);

        [Fact]
        public void Success_reads_body_and_headers_from_the_third_and_fourth_arguments()
        {
            var headers = new Dictionary<string, object> { ["Content-Type"] = "application/json" };

            Assert.True(NativeHttpResponseEvent.TryRead(7, 200, "{\"updated\":1}", headers, null, null, out var token, out var response));

            Assert.Equal(7, token);
            Assert.Equal(200, response.StatusCode);
            Assert.Equal("{\"updated\":1}", response.Body);
            Assert.Equal("application/json", response.Header("content-type"));
        }

        [Fact]
        public void A_rate_limit_reads_retry_after_from_the_sixth_argument_and_the_body_without_its_prefix()
        {
            var response = Read(12L, 429.0, null, new List<object>(), "HTTP 429: {\"message\":\"API rate limit exceeded\",\"request_id\":\"r1\"}",
                new Dictionary<string, object> { ["Retry-After"] = "42" });

            Assert.Equal(429, response.StatusCode);
            Assert.Equal("{\"message\":\"API rate limit exceeded\",\"request_id\":\"r1\"}", response.Body);
            Assert.Equal("42", response.Header("retry-after"));
            var failure = FailureClassifier.Classify(response, Now)!;
            Assert.Equal(Now.AddSeconds(42), failure.RetryAt);
        }

        [Fact]
        public void A_problem_json_error_keeps_its_detail_and_trace_id()
        {
            var problem = "{\"type\":\"https://httpstatuses.com/401\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"API key invalid.\",\"traceId\":\"00-abc\"}";
            var headers = new ExpandoObject();
            ((IDictionary<string, object?>)headers)["Content-Type"] = "application/problem+json";

            var response = Read(3, 401, null, new List<object>(), "HTTP 401: " + problem, headers);

            Assert.Equal(problem, response.Body);
            var failure = FailureClassifier.Classify(response, Now)!;
            Assert.Contains("API key invalid.", failure.Message);
            Assert.Equal("00-abc", failure.RequestId);
        }

        [Fact]
        public void Repeated_header_names_arrive_as_lists_and_are_joined()
        {
            var response = Read(1, 200, "ok", new Dictionary<string, object> { ["Set-Cookie"] = new List<object> { "a=1", "b=2" } }, null, null);

            Assert.Equal("a=1, b=2", response.Header("Set-Cookie"));
        }

        [Fact]
        public void A_connection_failure_is_status_zero_with_curls_text()
        {
            var response = Read(5, 0, null, new List<object>(), "Failed to connect to 127.0.0.1 port 9: Connection refused", new List<object>());

            Assert.False(response.HasResponse);
            Assert.False(response.TimedOut);
            Assert.Equal("Failed to connect to 127.0.0.1 port 9: Connection refused", response.TransportError);
        }

        [Fact]
        public void A_timeout_is_status_zero_and_counts_as_timed_out()
        {
            var response = Read(5, 0, null, new List<object>(), "Operation timed out after 5000 milliseconds with 0 bytes received", new List<object>());

            Assert.False(response.HasResponse);
            Assert.True(response.TimedOut);
        }

        [Fact]
        public void An_error_without_any_text_is_still_a_connection_failure()
        {
            var response = Read(5, 0, null, null, null, null);

            Assert.Equal("connection failed", response.TransportError);
        }

        [Fact]
        public void Error_text_that_does_not_carry_the_prefix_is_kept_whole()
        {
            var response = Read(5, 500, null, new List<object>(), "upstream exploded", null);

            Assert.Equal(500, response.StatusCode);
            Assert.Equal("upstream exploded", response.Body);
        }

        [Fact]
        public void An_error_whose_headers_are_only_in_the_fourth_argument_still_has_them()
        {
            var response = Read(5, 429, null, new Dictionary<string, object> { ["Retry-After"] = "3" }, "HTTP 429: slow down", new List<object>());

            Assert.Equal("3", response.Header("Retry-After"));
        }

        [Theory]
        [InlineData(null, 200)]
        [InlineData("seven", 200)]
        [InlineData(7, null)]
        [InlineData(7, "x")]
        [InlineData(1e12, 200)]
        [InlineData(7.5, 200)]
        [InlineData(true, 200)]
        public void A_token_or_status_that_is_not_an_integer_is_refused(object? token, object? status)
        {
            Assert.False(NativeHttpResponseEvent.TryRead(token, status, "body", null, null, null, out _, out _));
        }

        [Fact]
        public void An_oversized_body_is_cut()
        {
            var response = Read(1, 200, new string('x', NativeHttpResponseEvent.MaxBodyLength + 10), null, null, null);

            Assert.Equal(NativeHttpResponseEvent.MaxBodyLength, response.Body.Length);
        }

        private static Core.Http.HttpResponse Read(object token, object status, object? body, object? headers, object? errorData, object? errorHeaders)
        {
            Assert.True(NativeHttpResponseEvent.TryRead(token, status, body, headers, errorData, errorHeaders, out _, out var response));
            return response;
        }
    }
}
