namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Something the owner should look at that does not stop the resource (e.g. an unknown key).</summary>
    public sealed class OptionsWarning
    {
        public OptionsWarning(string key, string message)
        {
            Key = key;
            Message = message;
        }

        public string Key { get; }

        public string Message { get; }

        public override string ToString() => Message;
    }
}
