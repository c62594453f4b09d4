namespace SonoranFiveM.Core.Records.Sinks
{
    internal static class JsonBodies
    {
        /// <summary>The body as a JSON object, or null when it is empty or not a whole JSON object.</summary>
        public static JObject? TryParseObject(string body) => CadJson.TryParse(body) as JObject;

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
