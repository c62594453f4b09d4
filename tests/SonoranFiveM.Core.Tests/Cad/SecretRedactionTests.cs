using SonoranFiveM.Core.Tests.Cad.TestSupport;
using static SonoranFiveM.Core.Tests.Cad.TestSupport.CadHarness;

namespace SonoranFiveM.Core.Tests.Cad
{
    /// <summary>A hostile or buggy server echoes the key back; it must not reach a failure text or a log line.</summary>
    public class SecretRedactionTests
    {
        public static IEnumerable<object[]> Replies()
        {
            foreach (var version in new[] { "v1", "v2" })
            {
                yield return new object[] { version, 400, "{\"title\":\"Bad Request\",\"detail\":\"key " + ApiKey + " is malformed\",\"traceId\":\"t-" + ApiKey + "\"}", DeliveryFailureKind.Rejected };
                yield return new object[] { version, 400, "INVALID API KEY " + ApiKey.ToLowerInvariant(), DeliveryFailureKind.Fatal };
                yield return new object[] { version, 401, "Unauthorized: Bearer " + ApiKey, DeliveryFailureKind.Fatal };
                yield return new object[] { version, 429, "{\"message\":\"slow down " + ApiKey + "\",\"request_id\":\"" + ApiKey + "\"}", DeliveryFailureKind.RateLimited };
                yield return new object[] { version, 500, "echo: {\"key\":\"" + ApiKey + "\"}", DeliveryFailureKind.Transient };
                yield return new object[] { version, 0, "connection to " + ApiKey + " refused", DeliveryFailureKind.Transient };
            }
        }

        [Theory]
        [MemberData(nameof(Replies))]
        public async Task Api_key_never_appears_in_failure_or_log(string version, int status, string body, DeliveryFailureKind kind)
        {
            var harness = new CadHarness();
            var api = harness.Create(version);
            if (status == 0) harness.Transport.ReplyNoResponse(body);
            else harness.Transport.Reply(status, body);

            var result = await api.Create911CallAsync(new EmergencyCall(true, "C", "L", "D", null, new Dictionary<string, string>()));

            Assert.Equal(kind, result.Failure!.Kind);
            AssertClean(result.Failure.Message);
            AssertClean(result.Failure.ToString());
            AssertClean(result.Failure.RequestId ?? string.Empty);
            AssertClean(result.ToString());
            Assert.NotEmpty(harness.Log.Lines);
            foreach (var line in harness.Log.Lines) AssertClean(line.Message);
        }

        /// <summary>Bodies that put the key across the cut of the error text, at offsets around it.</summary>
        public static IEnumerable<object[]> KeyAtTheCut()
        {
            // Around the old cut of the server's words (300) and around today's cut of the whole message (500).
            foreach (var version in new[] { "v1", "v2" })
                foreach (var offset in new[] { 282, 288, 292, 296, 300, 440, 456, 470, 482, 494, 500 })
                {
                    yield return new object[] { version, offset, false };
                    yield return new object[] { version, offset, true };
                }
        }

        [Theory]
        [MemberData(nameof(KeyAtTheCut))]
        public async Task A_key_echoed_where_the_error_text_is_cut_leaves_no_fragment(string version, int offset, bool json)
        {
            // Before masking came first, the cut kept e.g. "…key sk-live-Sekr3t…" and the mask no longer matched it.
            var text = new string('x', offset) + ApiKey + " and more";
            var harness = new CadHarness();
            var api = harness.Create(version);
            harness.Transport.Reply(400, json ? "{\"detail\":\"" + text + "\"}" : text);

            var result = await api.Create911CallAsync(new EmergencyCall(true, "C", "L", "D", null, new Dictionary<string, string>()));

            AssertNoFragment(result.Failure!.ToString());
            foreach (var line in harness.Log.Lines) AssertNoFragment(line.Message);
        }

        [Theory]
        [InlineData("v1", 290)]
        [InlineData("v2", 290)]
        [InlineData("v1", 470)]
        [InlineData("v2", 470)]
        public async Task A_key_written_with_json_escapes_where_the_text_is_cut_leaves_no_fragment(string version, int offset)
        {
            // The raw body does not contain the key (every letter is a \u escape), the parsed detail does.
            var escaped = string.Concat(ApiKey.Select(c => "\\u" + ((int)c).ToString("x4")));
            var harness = new CadHarness();
            var api = harness.Create(version);
            harness.Transport.Reply(400, "{\"detail\":\"" + new string('x', offset) + escaped + "\",\"traceId\":\"" + new string('t', 90) + escaped + "\"}");

            var result = await api.Create911CallAsync(new EmergencyCall(true, "C", "L", "D", null, new Dictionary<string, string>()));

            AssertNoFragment(result.Failure!.ToString());
            Assert.True(result.Failure.Message.Length <= 501, result.Failure.Message);
            Assert.True(result.Failure.RequestId!.Length <= 101, result.Failure.RequestId);
        }

        [Fact]
        public async Task A_mirror_key_echoed_by_the_cad_is_masked_too()
        {
            const string tinesKey = "tines-Zx9Yw8Vu7Ts6";
            var harness = new CadHarness(otherSecrets: new[] { tinesKey });
            var api = harness.Create("v2");
            harness.Transport.Reply(400, new string('x', 295) + tinesKey);

            var result = await api.Create911CallAsync(new EmergencyCall(true, "C", "L", "D", null, new Dictionary<string, string>()));

            Assert.DoesNotContain("tines-Zx", result.Failure!.Message);
        }

        private static void AssertNoFragment(string text)
        {
            for (var i = 0; i + 8 <= ApiKey.Length; i++)
                Assert.DoesNotContain(ApiKey.Substring(i, 8), text, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public async Task Transport_exception_text_is_redacted()
        {
            var harness = new CadHarness();
            var api = harness.Create("v1");
            harness.Transport.Throw(new InvalidOperationException("failed to send {\"key\":\"" + ApiKey + "\"}"));

            var result = await api.SendHeartbeatAsync(1);

            AssertClean(result.Failure!.Message);
            foreach (var line in harness.Log.Lines) AssertClean(line.Message);
        }

        private static void AssertClean(string text)
            => Assert.DoesNotContain(ApiKey, text, StringComparison.OrdinalIgnoreCase);
    }
}
