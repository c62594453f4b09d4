namespace SonoranFiveM.Core.Configuration
{
    /// <summary>How HTTP requests leave the server. Written in config as <c>"native"</c> or <c>"httpclient"</c>.</summary>
    public enum HttpTransportKind
    {
        /// <summary>FXServer's own HTTP stack (<c>PerformHttpRequest</c>); avoids Mono's TLS and DNS problems (the default).</summary>
        Native,

        /// <summary>Managed <c>HttpClient</c>: for the CLI, tests and servers where managed TLS works.</summary>
        HttpClient,
    }
}
