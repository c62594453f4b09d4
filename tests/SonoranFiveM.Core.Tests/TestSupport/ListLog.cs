using System.Collections.Concurrent;

namespace SonoranFiveM.Core.Tests.TestSupport
{
    /// <summary>An <see cref="ILog"/> that keeps every line, for asserting what an owner would read.</summary>
    public sealed class ListLog : ILog
    {
        private readonly ConcurrentQueue<(LogLevel Level, string Message)> _lines = new ConcurrentQueue<(LogLevel, string)>();

        public IReadOnlyList<(LogLevel Level, string Message)> Lines => _lines.ToList();

        public IEnumerable<string> Messages(LogLevel level) => _lines.Where(l => l.Level == level).Select(l => l.Message);

        public bool Contains(string text) => _lines.Any(l => l.Message.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0);

        public void Write(LogLevel level, string message) => _lines.Enqueue((level, message));
    }
}
