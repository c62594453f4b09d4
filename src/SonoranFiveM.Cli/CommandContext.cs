namespace SonoranFiveM.Cli
{
    /// <summary>What a command may use: its output streams, the Ctrl+C token, and an optional hook that long-running
    /// commands call with the service they started (tests use it instead of scraping output).</summary>
    public sealed class CommandContext(TextWriter output, TextWriter error, CancellationToken cancellation, Action<object>? started = null)
    {
        public TextWriter Out { get; } = output;

        public TextWriter Error { get; } = error;

        public CancellationToken Cancellation { get; } = cancellation;

        public Action<object>? Started { get; } = started;

        /// <summary>The error stream is a terminal (not redirected): only then does <c>simulate</c> show its progress line.</summary>
        public bool ErrorIsTerminal { get; init; }
    }
}
