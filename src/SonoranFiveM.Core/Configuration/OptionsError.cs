namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// One problem that stops the resource from starting. <see cref="Message"/> names the key, the bad value (or
    /// "(hidden)" for a secret) and the fix, and is safe to print.
    /// </summary>
    public sealed class OptionsError
    {
        public OptionsError(string key, OptionOrigin origin, string message)
        {
            Key = key;
            Origin = origin;
            Message = message;
        }

        /// <summary>The option's key path, e.g. <c>location.intervalSeconds</c>; empty for the file as a whole.</summary>
        public string Key { get; }

        public OptionOrigin Origin { get; }

        public string Message { get; }

        public override string ToString() => Message;
    }
}
