namespace SonoranFiveM.Cli.Commands
{
    /// <summary>Bad command-line input: printed with the command's usage, exit code 2.</summary>
    public sealed class UsageException : Exception
    {
        public UsageException(string message) : base(message) { }
    }
}
