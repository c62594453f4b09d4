using SonoranFiveM.Core.Cad.V1;
using SonoranFiveM.Core.Tests.Cad.TestSupport;
using static SonoranFiveM.Core.Tests.Cad.TestSupport.CadHarness;

namespace SonoranFiveM.Core.Tests.Cad
{
    /// <summary>The account-link operations: v2 <c>POST /v2/general/links</c> and <c>/links/check</c>; v1 has none.</summary>
    public class CadApiLinkTests
    {
        private readonly CadHarness _harness = new CadHarness();

        private ICadApi V2 => _harness.Create("v2");

        [Fact]
        public async Task CreateLink_posts_the_community_user_id_and_reads_the_code_and_its_lifetime()
        {
            _harness.Transport.Reply(200, "{\"code\":\"A7K2\",\"communityUserId\":\"abc\",\"communityUuid\":\"00000000-0000-0000-0000-000000000000\",\"expiresAt\":\"2030-01-01T00:00:00Z\",\"expiresInSeconds\":600}");

            var result = await V2.CreateLinkAsync("abc");

            Assert.True(result.IsAccepted);
            Assert.Equal("A7K2", result.Value.Code);
            // expiresInSeconds counts, not expiresAt: our clock and the CAD's may differ.
            Assert.Equal(TestClock.Epoch.AddSeconds(600), result.Value.ExpiresAt);
            var request = _harness.Transport.Last;
            Assert.Equal("POST", request.Method);
            Assert.Equal(BaseUrl + "/v2/general/links", request.Url);
            AssertV2Headers(request, hasBody: true);
            JsonEqual("{\"communityUserId\":\"abc\"}", request.Body!.ToText());
        }

        [Fact]
        public async Task CreateLink_takes_expiresAt_when_the_reply_has_no_expiresInSeconds_and_600_s_when_it_has_neither()
        {
            _harness.Transport.Reply(200, "{\"code\":\"B3\",\"expiresAt\":\"" + TestClock.Epoch.AddSeconds(300).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'") + "\"}");
            Assert.Equal(TestClock.Epoch.AddSeconds(300), (await V2.CreateLinkAsync("abc")).Value.ExpiresAt);

            _harness.Transport.Reply(200, "{\"code\":\"B3\",\"expiresInSeconds\":-5}");
            Assert.Equal(TestClock.Epoch.AddSeconds(600), (await V2.CreateLinkAsync("abc")).Value.ExpiresAt);
        }

        [Theory]
        [InlineData("{}")]
        [InlineData("{\"code\":\"\"}")]
        [InlineData("{\"code\":\"^1A7K2\"}")]
        [InlineData("{\"code\":\"<b>x</b>\"}")]
        [InlineData("{\"code\":\"AAAAAAAAAAAAAAAAA\"}")]
        [InlineData("{\"code\":{\"nested\":1}}")]
        [InlineData("{\"code\":\"A7")]
        [InlineData("not json")]
        public async Task A_create_reply_without_a_usable_code_is_rejected_without_a_retry(string body)
        {
            _harness.Transport.Reply(200, body);

            var result = await V2.CreateLinkAsync("abc");

            Assert.False(result.IsAccepted);
            Assert.Equal(DeliveryFailureKind.Rejected, result.Failure!.Kind);
            Assert.Equal("its reply carried no usable link code", result.Failure.Message);
            Assert.Single(_harness.Transport.Requests);
        }

        [Theory]
        [InlineData("{\"communityUserId\":\"abc\",\"linked\":true,\"accountUuid\":\"00000000-0000-0000-0000-000000000000\"}", true)]
        [InlineData("{\"communityUserId\":\"abc\",\"linked\":false,\"accountUuid\":null}", false)]
        public async Task CheckLink_posts_the_community_user_id_and_reads_linked(string body, bool linked)
        {
            _harness.Transport.Reply(200, body);

            var result = await V2.CheckLinkAsync("abc");

            Assert.True(result.IsAccepted);
            Assert.Equal(linked, result.Value.Linked);
            Assert.Equal(BaseUrl + "/v2/general/links/check", _harness.Transport.Last.Url);
            JsonEqual("{\"communityUserId\":\"abc\"}", _harness.Transport.Last.Body!.ToText());
        }

        [Theory]
        [InlineData("{\"linked\":\"true\"}")]
        [InlineData("{\"communityUserId\":\"abc\"}")]
        [InlineData("[true]")]
        public async Task A_check_reply_without_a_boolean_linked_is_transient(string body)
        {
            _harness.Transport.Reply(200, body);

            var result = await V2.CheckLinkAsync("abc");

            Assert.Equal(DeliveryFailureKind.Transient, result.Failure!.Kind);
        }

        [Fact]
        public async Task A_refusal_is_classified_as_for_every_operation()
        {
            _harness.Transport.Reply(400, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"communityUserId is required\"}");

            var result = await V2.CreateLinkAsync("abc");

            Assert.Equal(DeliveryFailureKind.Rejected, result.Failure!.Kind);
            Assert.Contains("communityUserId is required", result.Failure.Message);
        }

        [Fact]
        public async Task V1_has_no_link_api_and_answers_rejected_without_a_request()
        {
            var v1 = _harness.Create("v1");

            var create = await v1.CreateLinkAsync("abc");
            var check = await v1.CheckLinkAsync("abc");

            Assert.Same(CadApiV1.NoLinking, create.Failure);
            Assert.Same(CadApiV1.NoLinking, check.Failure);
            Assert.Empty(_harness.Transport.Requests);
        }

        [Fact]
        public void Both_link_endpoints_are_limited_to_30_a_minute()
        {
            Assert.Equal(30, CadRateLimits.PerMinute(CadEndpoint.CreateLink));
            Assert.Equal(30, CadRateLimits.PerMinute(CadEndpoint.CheckLink));
        }
    }
}
