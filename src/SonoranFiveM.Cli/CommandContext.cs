using System;
using System.IO;
using System.Threading;

namespace SonoranFiveM.Cli
{
    /// <summary>What a command may use: its output streams, the Ctrl+C token, and an optional hook that long-running
    /// commands call with the service they started (tests use it instead of scraping output).</summary>
    public sealed class CommandContext
    {
        public CommandContext(TextWriter output, TextWriter error, CancellationToken cancellation, Action<object>? started = null)
        {
            Out = output;
            Error = error;
            Cancellation = cancellation;
            Started = started;
        }

        public TextWriter Out { get; }

        public TextWriter Error { get; }

        public CancellationToken Cancellation { get; }

        public Action<object>? Started { get; }

        /// <summary>The error stream is a terminal (not redirected): only then does <c>simulate</c> show its progress line.</summary>
        public bool ErrorIsTerminal { get; init; }
    }
}
