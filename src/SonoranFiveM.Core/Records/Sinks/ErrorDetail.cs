using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>
    /// The human part of an error body: QuickBlox <c>{"errors":[…]}</c> or <c>{"errors":{field:[…]}}</c>, problem+json
    /// <c>detail</c>/<c>title</c>, gateway <c>message</c>, <c>error</c>; else the text itself, on one line. Uncut: it may
    /// hold a secret, and only <see cref="CadFailureRedaction.Redacted"/> cuts, after masking.
    /// </summary>
    internal static class ErrorDetail
    {
        private static readonly Regex Whitespace = new Regex(@"\s+", RegexOptions.CultureInvariant);

        public static string From(string? body)
        {
            if (string.IsNullOrWhiteSpace(body)) return "(empty body)";
            var trimmed = body!.Trim();
            if (CadJson.TryParse(trimmed) is JObject json)
            {
                var found = FromJson(json);
                if (!string.IsNullOrWhiteSpace(found)) return OneLine(found!);
            }
            if (trimmed.StartsWith("<", System.StringComparison.Ordinal)) return "(an HTML page, not an API answer)";
            return OneLine(trimmed);
        }

        private static string? FromJson(JObject json)
        {
            var errors = json["errors"];
            if (errors is JArray list && list.Count > 0)
                return string.Join("; ", list.Select(Text));
            if (errors is JObject byField && byField.HasValues)
                return string.Join("; ", byField.Properties().Select(p => p.Name + ": " + Text(p.Value)));
            if (errors is JValue single && single.Type == JTokenType.String)
                return (string?)single;

            foreach (var name in new[] { "detail", "message", "error", "title" })
            {
                var token = json[name];
                if (token != null && token.Type != JTokenType.Null)
                {
                    var text = Text(token);
                    if (!string.IsNullOrWhiteSpace(text)) return text;
                }
            }
            return null;
        }

        private static string Text(JToken token)
        {
            switch (token)
            {
                case JArray array: return string.Join(", ", array.Select(Text));
                case JValue value: return value.Value?.ToString() ?? "null";
                default: return token.ToString(Formatting.None);
            }
        }

        private static string OneLine(string text) => Whitespace.Replace(text, " ");
    }
}
