using SonoranFiveM.Core.Http.Native;

namespace SonoranFiveM.Core.Tests.Http.Native
{
    public class NativeHttpRequestJsonTests
    {
        [Fact]
        public void The_native_gets_url_method_headers_and_the_body_as_text()
        {
            const string body = "{\"location\":\"[101] \\\"Alta\\\" St\\\\Vespucci\",\"note\":\"line\\nZoë 🚓\"}";
            using var request = new HttpRequest("PATCH", "https://cad.example.test/v2/x?a=\"b\"",
                new Dictionary<string, string> { ["Authorization"] = "Bearer k", ["Content-Type"] = "application/json" },
                RequestBody.FromText(body), TimeSpan.FromSeconds(5));

            var json = JObject.Parse(NativeHttpRequestJson.Build(request));

            Assert.Equal("https://cad.example.test/v2/x?a=\"b\"", (string?)json["url"]);
            Assert.Equal("PATCH", (string?)json["method"]);
            Assert.Equal(body, (string?)json["data"]);
            Assert.Equal("Bearer k", (string?)json["headers"]!["Authorization"]);
            Assert.Equal("application/json", (string?)json["headers"]!["Content-Type"]);
            Assert.False((bool)json["followLocation"]!);
        }

        [Fact]
        public void No_body_is_empty_data()
        {
            using var request = new HttpRequest("GET", "https://cad.example.test/v2/general/version", new Dictionary<string, string>(), null, TimeSpan.FromSeconds(5));

            var json = JObject.Parse(NativeHttpRequestJson.Build(request));

            Assert.Equal("", (string?)json["data"]);
            Assert.Empty((JObject)json["headers"]!);
        }
    }
}
