using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Http
{
    /// <summary>
    /// What came back. A transport never throws for a network failure: it returns a response with
    /// <see cref="StatusCode"/> 0 and <see cref="TransportError"/> set (connection refused, reset, DNS, timeout).
    /// </summary>
    public sealed class HttpResponse
    {
        public HttpResponse(int statusCode, string body, IReadOnlyDictionary<string, string>? headers = null, string? transportError = null, bool timedOut = false)
        {
            StatusCode = statusCode;
            Body = body ?? string.Empty;
            Headers = headers != null
                ? new Dictionary<string, string>(ToDictionary(headers), StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            TransportError = transportError;
            TimedOut = timedOut;
        }

        public static HttpResponse NoResponse(string error, bool timedOut = false) => new HttpResponse(0, string.Empty, null, error, timedOut);

        /// <summary>HTTP status; 0 when no response arrived.</summary>
        public int StatusCode { get; }
        public string Body { get; }

        /// <summary>Response headers, looked up case-insensitively.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        public string? TransportError { get; }
        public bool TimedOut { get; }

        public bool HasResponse => StatusCode != 0;

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        private static IDictionary<string, string> ToDictionary(IReadOnlyDictionary<string, string> source)
        {
            var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in source) copy[pair.Key] = pair.Value;
            return copy;
        }
    }
}
