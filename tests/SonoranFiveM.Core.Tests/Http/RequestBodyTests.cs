using System.Text;

namespace SonoranFiveM.Core.Tests.Http
{
    public class RequestBodyTests
    {
        [Fact]
        public void Text_is_utf8_without_a_byte_order_mark()
        {
            using var body = RequestBody.FromText("{\"name\":\"Zoë 🚓\"}");

            Assert.Equal(Encoding.UTF8.GetBytes("{\"name\":\"Zoë 🚓\"}"), body.Bytes.ToArray());
            Assert.Equal("{\"name\":\"Zoë 🚓\"}", body.ToText());
        }

        [Fact]
        public void Json_is_written_compactly()
        {
            using var body = RequestBody.Json(new JObject { ["a"] = 1, ["b"] = new JArray("x") });

            Assert.Equal("{\"a\":1,\"b\":[\"x\"]}", body.ToText());
        }

        [Fact]
        public void A_disposed_body_refuses_to_be_read_and_a_copy_stays_readable()
        {
            var body = RequestBody.FromText("{\"key\":\"k\"}");
            var copy = body.Copy();

            body.Dispose();
            body.Dispose();

            Assert.Throws<ObjectDisposedException>(() => body.Bytes);
            Assert.Throws<ObjectDisposedException>(() => body.ToText());
            Assert.Equal("{\"key\":\"k\"}", copy.ToText());
        }

        [Fact]
        public void A_body_does_not_show_its_text_when_logged()
        {
            using var body = RequestBody.FromText("{\"id\":\"c\",\"key\":\"sk-live-Sekr3tKey-0042\"}");

            Assert.DoesNotContain("Sekr3t", body.ToString());
            Assert.DoesNotContain("Sekr3t", $"sending {body}");
        }

        [Fact]
        public void Disposing_a_request_disposes_its_body()
        {
            var body = RequestBody.FromText("{}");
            var request = new HttpRequest("POST", "https://cad.example.test/x", new System.Collections.Generic.Dictionary<string, string>(), body, TimeSpan.FromSeconds(1));
            var copy = request.Copy();

            request.Dispose();

            Assert.Throws<ObjectDisposedException>(() => body.ToText());
            Assert.Equal("{}", copy.Body!.ToText());
            Assert.Equal(request.Url, copy.Url);
        }
    }
}
