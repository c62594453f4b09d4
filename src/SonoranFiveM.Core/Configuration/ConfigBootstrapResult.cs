namespace SonoranFiveM.Core.Configuration
{
    /// <summary>What <see cref="ConfigBootstrap.Prepare"/> did, and the config text to hand to <see cref="OptionsLoader.Load"/>.</summary>
    /// <param name="ConfigJson">The config text to load; null means start from convars only.</param>
    /// <param name="Created">True when config.json was just created from config.example.json.</param>
    /// <param name="CanStart">False when the owner must fix the files first (e.g. the config.json.json mistake).</param>
    /// <param name="Level">How loudly <paramref name="Message"/> should be logged.</param>
    /// <param name="Message">What to tell the server owner, or null when config.json was simply read.</param>
    public sealed record ConfigBootstrapResult(string? ConfigJson, bool Created, bool CanStart, LogLevel Level, string? Message)
    {
        /// <summary>Leaves out <see cref="ConfigJson"/>, which may hold the API key.</summary>
        public override string ToString() =>
            nameof(ConfigBootstrapResult) + " { Created = " + Created + ", CanStart = " + CanStart + ", Level = " + Level + ", Message = " + Message + " }";
    }
}
