namespace SonoranFiveM.Core.Tests.Cad.TestSupport
{
    /// <summary>A factory wired to a recording transport, a test clock and a list log.</summary>
    public sealed class CadHarness
    {
        public const string ApiKey = "sk-live-Sekr3tKey-0042";
        public const string CommunityId = "community-42";
        public const string BaseUrl = "https://cad.example.test";

        public CadHarness(IEnumerable<string?>? otherSecrets = null)
        {
            Factory = new CadApiFactory(Transport, Clock, Log, otherSecrets);
        }

        public TestClock Clock { get; } = new TestClock();
        public RecordingTransport Transport { get; } = new RecordingTransport();
        public ListLog Log { get; } = new ListLog();
        public CadApiFactory Factory { get; }

        public static CadClientOptions Options(string version = "v2", string baseUrl = BaseUrl)
        {
            var options = new CadClientOptions
            {
                ApiVersion = version,
                BaseUrl = baseUrl,
                ApiKey = ApiKey,
                CommunityId = CommunityId,
                ServerId = 3,
            };
            return options;
        }

        public ICadApi Create(string version = "v2", Action<CadClientOptions>? configure = null)
        {
            var options = Options(version);
            configure?.Invoke(options);
            return Factory.Create(options);
        }

        public static Dictionary<string, string> Headers(params (string Name, string Value)[] headers)
            => headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);

        public static void JsonEqual(string expected, string? actual)
        {
            Assert.NotNull(actual);
            var expectedToken = JToken.Parse(expected);
            var actualToken = JToken.Parse(actual!);
            Assert.True(JToken.DeepEquals(expectedToken, actualToken),
                "JSON differs.\nexpected: " + expectedToken.ToString(Newtonsoft.Json.Formatting.None) + "\nactual:   " + actualToken.ToString(Newtonsoft.Json.Formatting.None));
        }

        public static void AssertV2Headers(HttpRequest request, bool hasBody)
        {
            Assert.Equal("Bearer " + ApiKey, request.Headers["Authorization"]);
            Assert.Equal("application/json", request.Headers["Accept"]);
            if (hasBody) Assert.Equal("application/json", request.Headers["Content-Type"]);
            else
            {
                Assert.False(request.Headers.ContainsKey("Content-Type"));
                Assert.Null(request.Body);
            }
        }
    }
}
