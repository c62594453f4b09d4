using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace SonoranFiveM.IntegrationTests.Cad;

/// <summary>The one fake clock of a test (emulator and client share it), which also counts the timers armed on it,
/// so a test can tell when the client's retry delay exists before it advances past it.</summary>
internal sealed class ObservedClock : FakeTimeProvider
{
    private readonly object _gate = new();
    private readonly List<(long Count, TaskCompletionSource Done)> _waiters = new();
    private long _created;

    public ObservedClock(DateTimeOffset start) : base(start) { }

    public long TimersCreated
    {
        get { lock (_gate) return _created; }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        var release = new List<TaskCompletionSource>();
        lock (_gate)
        {
            _created++;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Count > _created) continue;
                release.Add(_waiters[i].Done);
                _waiters.RemoveAt(i);
            }
        }

        foreach (var done in release) done.TrySetResult();
        return timer;
    }

    /// <summary>Completes once at least <paramref name="count"/> timers have been created.</summary>
    public Task WhenTimersCreatedAsync(long count)
    {
        lock (_gate)
        {
            if (_created >= count) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }
}
