namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Which Sonoran CAD API the integration talks to. Written in config as <c>"v2"</c> or <c>"v1"</c>.</summary>
    public enum ApiVersion
    {
        /// <summary>The legacy envelope API (everything is a POST with the key in the body).</summary>
        V1,

        /// <summary>The REST API with a Bearer key (the default).</summary>
        V2,
    }
}
