using System.IO;
using System.Text;
using Newtonsoft.Json;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Http.Native
{
    /// <summary>
    /// Builds the JSON FXServer's <c>PerformHttpRequestInternal</c> native takes:
    /// <c>{url, method, data, headers, followLocation}</c> (the same object Lua's PerformHttpRequest sends).
    /// </summary>
    public static class NativeHttpRequestJson
    {
        public static string Build(HttpRequest request)
        {
            var text = new StringBuilder(256 + (request.Body?.Length ?? 0));
            using (var writer = new JsonTextWriter(new StringWriter(text)))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("url");
                writer.WriteValue(request.Url);
                writer.WritePropertyName("method");
                writer.WriteValue(request.Method);
                writer.WritePropertyName("data");
                writer.WriteValue(request.Body ?? string.Empty);
                writer.WritePropertyName("headers");
                writer.WriteStartObject();
                foreach (var header in request.Headers)
                {
                    writer.WritePropertyName(header.Key);
                    writer.WriteValue(header.Value);
                }

                writer.WriteEndObject();
                writer.WritePropertyName("followLocation");
                writer.WriteValue(false);
                writer.WriteEndObject();
            }

            return text.ToString();
        }
    }
}
