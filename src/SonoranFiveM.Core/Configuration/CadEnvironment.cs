namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Which Sonoran CAD deployment to use. Written in config as <c>"production"</c> or <c>"development"</c>.</summary>
    public enum CadEnvironment
    {
        /// <summary><c>https://api.sonorancad.com</c> (the default).</summary>
        Production,

        /// <summary>Sonoran's development branch, <c>https://staging-api.dev.sonorancad.com</c>.</summary>
        Development,
    }
}
