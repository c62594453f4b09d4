namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Where an option's effective value came from.</summary>
    public enum OptionSource
    {
        Default,
        ConfigFile,
        Convar,
    }
}
