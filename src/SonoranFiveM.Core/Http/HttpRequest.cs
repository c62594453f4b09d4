namespace SonoranFiveM.Core.Http
{
    /// <summary>
    /// One HTTP request as the core sees it: plain data, so any transport (HttpClient, FXServer's native) can send it.
    /// Whoever builds a request disposes it once its sending is over (for CAD calls, the <c>ResilientSender</c>), which
    /// gives a pooled <see cref="Body"/> back; a transport must not keep it past its send (see <see cref="Copy"/>).
    /// </summary>
    /// <remarks>A class, not a record: a <c>with</c> copy would share the pooled body and dispose it twice.</remarks>
    public sealed class HttpRequest(string method, string url, IReadOnlyDictionary<string, string> headers, RequestBody? body, TimeSpan timeout)
        : IDisposable
    {
        /// <summary>GET, POST, PATCH, DELETE, … (DELETE may carry a body).</summary>
        public string Method { get; } = method;
        public string Url { get; } = url;

        /// <summary>Request headers, including Content-Type when there is a body. May hold secrets: never log them.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; } = headers;

        /// <summary>UTF-8 bytes, or null for none. May hold secrets: never log it.</summary>
        public RequestBody? Body { get; } = body;

        /// <summary>How long to wait for a response before giving up on this attempt.</summary>
        public TimeSpan Timeout { get; } = timeout;

        /// <summary>The same request with its own unpooled copy of the body, for a caller that keeps requests after sending them.</summary>
        public HttpRequest Copy() => new HttpRequest(Method, Url, Headers, Body?.Copy(), Timeout);

        public void Dispose() => Body?.Dispose();
    }
}
