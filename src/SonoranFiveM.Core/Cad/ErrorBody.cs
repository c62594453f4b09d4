using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// What an error reply says, whatever its shape: RFC 7807 problem+json (<c>title</c>, <c>detail</c>, <c>traceId</c>),
    /// the v2 gateway's 429 JSON (<c>message</c>, <c>request_id</c>), or v1 plain text.
    /// </summary>
    public sealed class ErrorBody
    {
        private ErrorBody(string? detail, string? requestId)
        {
            Detail = detail;
            RequestId = requestId;
        }

        /// <summary>
        /// The server's own words (detail, else title, else message, else the text) on one line, uncut: secrets may be
        /// in it, and only <see cref="CadFailureRedaction.Redacted"/> cuts, after masking them.
        /// </summary>
        public string? Detail { get; }

        /// <summary><c>traceId</c> / <c>request_id</c> from the body, else an <c>X-Request-Id</c> header.</summary>
        public string? RequestId { get; }

        public static ErrorBody Parse(HttpResponse response)
        {
            string? detail = null;
            string? requestId = null;
            var json = CadJson.TryParse(response.Body) as JObject;
            if (json != null)
            {
                var title = CadJson.String(json, "title");
                var text = CadJson.String(json, "detail");
                detail = text != null && title != null && !text.StartsWith(title, StringComparison.OrdinalIgnoreCase)
                    ? title + ": " + text
                    : text ?? title ?? CadJson.String(json, "message") ?? CadJson.String(json, "error");
                requestId = CadJson.String(json, "traceId") ?? CadJson.String(json, "request_id") ?? CadJson.String(json, "requestId");
            }
            else if (!string.IsNullOrWhiteSpace(response.Body))
            {
                detail = response.Body;
            }

            requestId ??= response.Header("X-Request-Id") ?? response.Header("Request-Id");
            return new ErrorBody(OneLine(detail), requestId);
        }

        private static string? OneLine(string? text) =>
            string.IsNullOrWhiteSpace(text) ? null : text!.Replace("\r", " ").Replace("\n", " ").Trim();
    }

    /// <summary>Tolerant JSON reading: malformed input gives null, never an exception.</summary>
    internal static class CadJson
    {
        public static JToken? TryParse(string? body)
        {
            if (string.IsNullOrWhiteSpace(body)) return null;
            var trimmed = body!.TrimStart();
            if (trimmed[0] != '{' && trimmed[0] != '[') return null;
            // JsonConvert.DeserializeObject<JToken> quietly completes a body cut off mid-way (a truncated array
            // comes back as the items read so far). JToken.ReadFrom throws on an unexpected end, and anything after
            // the value is refused too, so only a whole document counts as readable.
            try
            {
                using (var reader = new JsonTextReader(new System.IO.StringReader(body)) { MaxDepth = 64, DateParseHandling = DateParseHandling.None })
                {
                    var token = JToken.ReadFrom(reader);
                    while (reader.Read())
                    {
                        if (reader.TokenType != JsonToken.Comment) return null;
                    }

                    return token;
                }
            }
            catch (JsonException)
            {
                return null;
            }
        }

        public static string? String(JObject obj, string name)
        {
            var token = obj.GetValue(name, StringComparison.OrdinalIgnoreCase);
            if (token == null || token.Type == JTokenType.Null) return null;
            var text = token.Type == JTokenType.String ? (string?)token : token.ToString(Formatting.None);
            return string.IsNullOrWhiteSpace(text) ? null : text;
        }

        public static long? Long(JToken? token)
        {
            if (token == null) return null;
            switch (token.Type)
            {
                case JTokenType.Integer: return token.Value<long>();
                case JTokenType.Float: return (long)token.Value<double>();
                case JTokenType.String:
                    return long.TryParse((string?)token, System.Globalization.NumberStyles.Integer,
                        System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : (long?)null;
                default: return null;
            }
        }

        public static bool Bool(JToken? token)
        {
            if (token == null) return false;
            if (token.Type == JTokenType.Boolean) return token.Value<bool>();
            if (token.Type == JTokenType.String) return string.Equals((string?)token, "true", StringComparison.OrdinalIgnoreCase);
            return false;
        }

        public static string? Text(JToken? token)
        {
            if (token == null || token.Type == JTokenType.Null || token.Type == JTokenType.Object || token.Type == JTokenType.Array) return null;
            var text = token.Type == JTokenType.String ? (string?)token : token.ToString(Formatting.None);
            return string.IsNullOrEmpty(text) ? null : text;
        }
    }
}
