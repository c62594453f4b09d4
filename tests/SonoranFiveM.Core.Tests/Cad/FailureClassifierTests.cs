using SonoranFiveM.Core.Tests.Cad.TestSupport;
using static SonoranFiveM.Core.Tests.Cad.TestSupport.CadHarness;

namespace SonoranFiveM.Core.Tests.Cad
{
    public class FailureClassifierTests
    {
        private static readonly DateTimeOffset Now = TestClock.Epoch;

        [Theory]
        [InlineData(200)]
        [InlineData(201)]
        [InlineData(204)]
        public void Success_statuses_are_accepted(int status)
            => Assert.Null(FailureClassifier.Classify(new HttpResponse(status, "{}"), Now));

        [Theory]
        [InlineData(401, DeliveryFailureKind.Fatal)]
        [InlineData(403, DeliveryFailureKind.Fatal)]
        [InlineData(404, DeliveryFailureKind.Fatal)]
        [InlineData(301, DeliveryFailureKind.Fatal)]
        [InlineData(429, DeliveryFailureKind.RateLimited)]
        [InlineData(408, DeliveryFailureKind.Transient)]
        [InlineData(500, DeliveryFailureKind.Transient)]
        [InlineData(503, DeliveryFailureKind.Transient)]
        [InlineData(400, DeliveryFailureKind.Rejected)]
        [InlineData(409, DeliveryFailureKind.Rejected)]
        [InlineData(422, DeliveryFailureKind.Rejected)]
        public void Statuses_map_to_classes(int status, DeliveryFailureKind kind)
        {
            var failure = FailureClassifier.Classify(new HttpResponse(status, "nope"), Now);
            Assert.Equal(kind, failure!.Kind);
            Assert.Equal(status, failure.StatusCode);
        }

        [Fact]
        public void No_response_is_transient_without_status()
        {
            var failure = FailureClassifier.Classify(HttpResponse.NoResponse("Name or service not known"), Now);
            Assert.Equal(DeliveryFailureKind.Transient, failure!.Kind);
            Assert.Null(failure.StatusCode);
            Assert.Contains("Name or service not known", failure.Message);
        }

        [Fact]
        public void Fatal_phrase_in_problem_detail_wins_over_status()
        {
            var failure = FailureClassifier.Classify(new HttpResponse(400, "{\"title\":\"Bad Request\",\"detail\":\"API is not enabled for this community\"}"), Now);
            Assert.Equal(DeliveryFailureKind.Fatal, failure!.Kind);
        }

        [Fact]
        public void Request_id_falls_back_to_header()
        {
            var failure = FailureClassifier.Classify(new HttpResponse(500, "oops", Headers(("X-Request-Id", "hdr-1"))), Now);
            Assert.Equal("hdr-1", failure!.RequestId);
        }

        [Fact]
        public void Long_bodies_are_one_line_and_cut_only_when_redacted()
        {
            var failure = FailureClassifier.Classify(new HttpResponse(400, "line one\nline two " + new string('x', 1000)), Now);
            Assert.DoesNotContain("\n", failure!.Message);

            var shown = failure.Redacted(SecretRedactor.For("some-key"));
            Assert.Equal(CadFailureRedaction.MaxMessageLength + 1, shown.Message.Length);
            Assert.EndsWith("…", shown.Message);
        }

        [Theory]
        [InlineData("Backend Service Reached", true)]
        [InlineData("  Sonoran CAD: Backend Service Reached \n", true)]
        [InlineData("UNIT LOCATION UPDATED", false)]
        [InlineData("", false)]
        public void Wrong_url_banner_is_recognised(string body, bool expected)
            => Assert.Equal(expected, FailureClassifier.IsWrongUrlBanner(body));
    }
}
