namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// One problem that stops the resource from starting. <see cref="Message"/> names the key, the bad value (or
    /// "(hidden)" for a secret) and the fix, and is safe to print.
    /// </summary>
    /// <param name="Key">The option's key path, e.g. <c>location.intervalSeconds</c>; empty for the file as a whole.</param>
    /// <param name="NotSet">The required option has no value at all (as opposed to a wrong one).</param>
    public sealed record OptionsError(string Key, OptionOrigin Origin, string Message, bool NotSet = false)
    {
        public override string ToString() => Message;
    }
}
