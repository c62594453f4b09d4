namespace SonoranFiveM.Core.Diagnostics
{
    /// <summary>
    /// The logging seam. The adapter writes to the FXServer console, the CLI to stderr, tests to a list.
    /// Implementations must be safe to call from any thread.
    /// </summary>
    public interface ILog
    {
        void Write(LogLevel level, string message);
    }
}
