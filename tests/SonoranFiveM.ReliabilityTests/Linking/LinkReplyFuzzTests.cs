using SonoranFiveM.Core.Cad;
using SonoranFiveM.ReliabilityTests.Loaders;

namespace SonoranFiveM.ReliabilityTests.Linking
{
    /// <summary>
    /// The CAD's replies to the account-link operations as hostile input: whatever arrives, create and check end in a
    /// result; a code that reaches the player is 1 to 16 letters and digits, valid for at most a day.
    /// </summary>
    public class LinkReplyFuzzTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

        /// <summary>A create reply: hostile JSON, or an object whose code and lifetime are hostile scalars.</summary>
        private static readonly Gen<string> Body = Gen.Frequency(
            (2, HostileText.Value),
            (3, Gen.Select(HostileText.Value, HostileText.Value, HostileText.Value)
                .Select((code, seconds, at) => "{\"code\":" + code + ",\"expiresInSeconds\":" + seconds + ",\"expiresAt\":" + at + ",\"linked\":" + code + "}")),
            (1, Gen.Int[0, 100_000].Select(n => "{\"code\":\"" + new string('A', n) + "\",\"linked\":true}")));

        [Fact]
        public void Any_reply_to_create_or_check_ends_in_a_result_and_only_a_clean_code_is_taken()
        {
            Gen.Select(Gen.Bool, Gen.OneOf(new[] { 200, 201, 400, 404, 429, 500 }), Body).Sample((create, status, body) =>
            {
                var api = new CadApiFactory(new OneReply(new HttpResponse(status, body)), new FakeTimeProvider(Now))
                    .Create(new CadClientOptions { ApiVersion = "v2", BaseUrl = "https://cad.example.test", ApiKey = "fuzz-key", ServerId = 1 });

                if (!create)
                {
                    var check = api.CheckLinkAsync("abc").GetAwaiter().GetResult();
                    Assert.True(check.IsAccepted || !string.IsNullOrWhiteSpace(check.Failure!.Message));
                    return;
                }

                var result = api.CreateLinkAsync("abc").GetAwaiter().GetResult();
                if (!result.IsAccepted)
                {
                    Assert.False(string.IsNullOrWhiteSpace(result.Failure!.Message));
                    return;
                }

                var code = result.Value.Code;
                Assert.InRange(code.Length, 1, 16);
                Assert.All(code, c => Assert.True(c < 128 && char.IsLetterOrDigit(c), "code " + code));
                Assert.InRange(result.Value.ExpiresAt, Now.AddSeconds(1), Now.AddDays(1));
            }, iter: SuiteSettings.Iterations, print: t => (t.Item1 ? "create" : "check") + " HTTP " + t.Item2 + " " + (t.Item3.Length > 200 ? t.Item3.Substring(0, 200) + "…" : t.Item3));
        }

        private sealed class OneReply : IHttpTransport
        {
            private readonly HttpResponse _response;

            public OneReply(HttpResponse response) => _response = response;

            public Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken) => Task.FromResult(_response);
        }
    }
}
