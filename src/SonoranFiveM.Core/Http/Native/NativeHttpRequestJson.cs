using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Http.Native
{
    /// <summary>
    /// Builds the JSON FXServer's <c>PerformHttpRequestInternal</c> native takes:
    /// <c>{url, method, data, headers, followLocation}</c> (the same object Lua's PerformHttpRequest sends). The native
    /// takes a string, so this is the one place a body becomes text: escaped from its UTF-8 bytes into a pooled buffer,
    /// then decoded once.
    /// </summary>
    public static class NativeHttpRequestJson
    {
        public static string Build(HttpRequest request)
        {
            var body = request.Body;
            using (var json = new Utf8JsonBuilder(256 + (body == null ? 0 : body.Length + body.Length / 4)))
            {
                json.Raw("{\"url\":").String(request.Url)
                    .Raw(",\"method\":").String(request.Method)
                    .Raw(",\"data\":");
                if (body == null) json.String(string.Empty);
                else json.String(body.Bytes);
                json.Raw(",\"headers\":{");
                var first = true;
                foreach (var header in request.Headers)
                {
                    if (!first) json.Raw(",");
                    first = false;
                    json.String(header.Key).Raw(":").String(header.Value);
                }

                json.Raw("},\"followLocation\":false}");
                return json.ToText();
            }
        }
    }
}
