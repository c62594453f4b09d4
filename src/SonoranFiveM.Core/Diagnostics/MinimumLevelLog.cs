namespace SonoranFiveM.Core.Diagnostics
{
    /// <summary>Passes on only lines at or above the configured <c>logLevel</c>.</summary>
    public sealed class MinimumLevelLog : ILog
    {
        private readonly ILog _inner;

        public MinimumLevelLog(ILog inner, LogLevel minimum)
        {
            _inner = inner;
            Minimum = minimum;
        }

        public LogLevel Minimum { get; set; }

        public void Write(LogLevel level, string message)
        {
            if (level >= Minimum) _inner.Write(level, message);
        }
    }
}
