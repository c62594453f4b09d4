namespace SonoranFiveM.IntegrationTests.Cad;

/// <summary>Keeps the client's log lines.</summary>
internal sealed class RecordingLog : ILog
{
    private readonly object _gate = new();
    private readonly List<string> _lines = new();

    public IReadOnlyList<string> Lines
    {
        get { lock (_gate) return _lines.ToArray(); }
    }

    public void Write(LogLevel level, string message)
    {
        lock (_gate) _lines.Add(level + " " + message);
    }
}
