using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.IntegrationTests.Cad;

/// <summary>Keeps the client's log lines and counts the retries it announced (Polly's OnRetry, logged just before
/// the retry delay is armed), so a test knows when advancing the fake clock will release a retry.</summary>
internal sealed class RecordingLog : ILog
{
    private readonly object _gate = new();
    private readonly List<string> _lines = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = new();
    private static readonly System.Text.RegularExpressions.Regex RetryDelay =
        new(@"; retrying in ([0-9.]+) s", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private int _retries;
    private TimeSpan _lastRetryDelay;

    /// <summary>The delay the latest announced retry waits (the log prints it to the millisecond).</summary>
    public TimeSpan LastRetryDelay
    {
        get { lock (_gate) return _lastRetryDelay; }
    }

    public IReadOnlyList<string> Lines
    {
        get { lock (_gate) return _lines.ToArray(); }
    }

    public int RetriesAnnounced
    {
        get { lock (_gate) return _retries; }
    }

    public void Write(LogLevel level, string message)
    {
        var release = new List<TaskCompletionSource>();
        lock (_gate)
        {
            _lines.Add(level + " " + message);
            var retry = RetryDelay.Match(message);
            if (retry.Success)
            {
                _retries++;
                _lastRetryDelay = TimeSpan.FromSeconds(double.Parse(retry.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Count > _retries) continue;
                release.Add(_waiters[i].Done);
                _waiters.RemoveAt(i);
            }
        }

        foreach (var done in release) done.TrySetResult();
    }

    /// <summary>Completes once at least <paramref name="count"/> retries have been announced.</summary>
    public Task WhenRetriesAtLeastAsync(int count)
    {
        lock (_gate)
        {
            if (_retries >= count) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }
}
