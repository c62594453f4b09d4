namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Something the owner should look at that does not stop the resource (e.g. an unknown key).</summary>
    public sealed record OptionsWarning(string Key, string Message)
    {
        public override string ToString() => Message;
    }
}
