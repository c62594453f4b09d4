using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Http
{
    /// <summary>One HTTP request as the core sees it: plain data, so any transport (HttpClient, FXServer's native) can send it.</summary>
    public sealed class HttpRequest
    {
        public HttpRequest(string method, string url, IReadOnlyDictionary<string, string> headers, string? body, TimeSpan timeout)
        {
            Method = method;
            Url = url;
            Headers = headers;
            Body = body;
            Timeout = timeout;
        }

        /// <summary>GET, POST, PATCH, DELETE, … (DELETE may carry a body).</summary>
        public string Method { get; }
        public string Url { get; }

        /// <summary>Request headers, including Content-Type when there is a body. May hold secrets: never log them.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        public string? Body { get; }

        /// <summary>How long to wait for a response before giving up on this attempt.</summary>
        public TimeSpan Timeout { get; }
    }
}
