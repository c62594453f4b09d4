using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SonoranFiveM.Core.Http.Native
{
    /// <summary>
    /// Reads FXServer's <c>__cfx_internal:httpResponse</c> arguments as they arrive (citizen-server-impl
    /// <c>HttpScriptFunctions.cpp</c>): success <c>(token, status, body, headers)</c>; an HTTP status of 400 or more
    /// <c>(token, status, nil, {}, "HTTP &lt;status&gt;: &lt;body&gt;", headers)</c>; no answer at all (connection
    /// failure, timeout) <c>(token, 0, nil, {}, curl's error text, {})</c>. Numbers may be int, long or double; headers a
    /// map whose repeated names arrive as lists; an empty table as an empty list. Anything else is refused, not thrown.
    /// </summary>
    public static class NativeHttpResponseEvent
    {
        /// <summary>Bodies longer than this are cut (a CAD reply is a few kilobytes at most).</summary>
        public const int MaxBodyLength = 1024 * 1024;

        private const int MaxHeaders = 100;

        /// <summary>The request token and the response; false when the token or status is not a number.</summary>
        public static bool TryRead(object? token, object? status, object? body, object? headers, object? errorData, object? errorHeaders,
            out int requestToken, out HttpResponse response)
        {
            response = HttpResponse.NoResponse("unreadable response event");
            if (!TryInt(token, out requestToken) || !TryInt(status, out var code)) return false;

            var errorText = Cap(errorData as string);
            if (code <= 0)
            {
                var error = string.IsNullOrEmpty(errorText) ? "connection failed" : errorText!;
                response = HttpResponse.NoResponse(error, IsTimeout(error));
                return true;
            }

            var text = Cap(body as string);
            var headerSource = headers;
            if (text == null && errorText != null)
            {
                text = WithoutStatusPrefix(errorText, code);
                headerSource = errorHeaders;
            }

            var read = Headers(headerSource);
            if (read.Count == 0 && !ReferenceEquals(headerSource, headers)) read = Headers(headers);
            response = new HttpResponse(code, text ?? string.Empty, read);
            return true;
        }

        /// <summary>"HTTP 429: {...}" → "{...}"; other text is kept whole.</summary>
        public static string WithoutStatusPrefix(string errorText, int status)
        {
            var prefix = "HTTP " + status.ToString(CultureInfo.InvariantCulture) + ": ";
            return errorText.StartsWith(prefix, StringComparison.Ordinal) ? errorText.Substring(prefix.Length) : errorText;
        }

        private static bool IsTimeout(string error)
            => error.IndexOf("timed out", StringComparison.OrdinalIgnoreCase) >= 0
               || error.IndexOf("timeout", StringComparison.OrdinalIgnoreCase) >= 0;

        private static string? Cap(string? text) => text != null && text.Length > MaxBodyLength ? text.Substring(0, MaxBodyLength) : text;

        private static bool TryInt(object? value, out int number)
        {
            number = 0;
            switch (value)
            {
                case int i:
                    number = i;
                    return true;
                case long l when l >= int.MinValue && l <= int.MaxValue:
                    number = (int)l;
                    return true;
                case double d:
                    if (double.IsNaN(d) || d < int.MinValue || d > int.MaxValue || Math.Floor(d) != d) return false;
                    number = (int)d;
                    return true;
                case float f:
                    return TryInt((double)f, out number);
                case bool _:
                    return false;
                case string s:
                    return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
                case IConvertible c:
                    try
                    {
                        number = c.ToInt32(CultureInfo.InvariantCulture);
                        return true;
                    }
                    catch (Exception e) when (e is FormatException || e is OverflowException || e is InvalidCastException)
                    {
                        return false;
                    }
                default:
                    return false;
            }
        }

        private static Dictionary<string, string> Headers(object? headers)
        {
            var read = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (!(headers is IEnumerable<KeyValuePair<string, object>> pairs)) return read;
            foreach (var pair in pairs)
            {
                if (read.Count >= MaxHeaders) break;
                if (string.IsNullOrEmpty(pair.Key)) continue;
                var value = HeaderValue(pair.Value);
                if (value != null) read[pair.Key] = value;
            }

            return read;
        }

        private static string? HeaderValue(object? value)
        {
            switch (value)
            {
                case null:
                    return null;
                case string s:
                    return s;
                case IEnumerable list:
                {
                    // A repeated header name arrives as a list of its values.
                    var joined = new StringBuilder();
                    foreach (var item in list)
                    {
                        if (item == null) continue;
                        if (joined.Length > 0) joined.Append(", ");
                        joined.Append(Convert.ToString(item, CultureInfo.InvariantCulture));
                    }

                    return joined.ToString();
                }
                default:
                    return Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }
    }
}
