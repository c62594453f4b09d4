using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SonoranFiveM.Core.Records.Sinks
{
    internal static class JsonBodies
    {
        public static string Serialize(JToken token) => token.ToString(Formatting.None);

        /// <summary>The body as a JSON object, or null when it is empty or not a JSON object.</summary>
        public static JObject? TryParseObject(string body)
        {
            if (string.IsNullOrWhiteSpace(body)) return null;
            try
            {
                return JToken.Parse(body) as JObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>A scalar id (number or string) as text; null when missing, null or not scalar.</summary>
        public static string? IdText(JToken? token)
        {
            if (token is JValue value && value.Type != JTokenType.Null && value.Type != JTokenType.Undefined)
            {
                var text = System.Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture);
                return string.IsNullOrEmpty(text) ? null : text;
            }
            return null;
        }
    }
}
