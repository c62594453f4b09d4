using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SonoranFiveM.Emulator.Logging;

/// <summary>What the emulator received, oldest first, bounded to the configured capacity.</summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly LinkedList<RequestLogEntry> _entries = new();
    private readonly List<(Func<int, bool> Condition, TaskCompletionSource Done)> _inFlightWaiters = new();
    private readonly int _capacity;
    private long _sequence;
    private int _inFlight;

    internal RequestLog(int capacity) => _capacity = Math.Max(1, capacity);

    /// <summary>Requests received and not yet answered (or aborted).</summary>
    public int InFlight
    {
        get { lock (_gate) return _inFlight; }
    }

    public IReadOnlyList<RequestLogEntry> Entries
    {
        get { lock (_gate) return _entries.ToArray(); }
    }

    public int Count
    {
        get { lock (_gate) return _entries.Count; }
    }

    /// <summary>Entries for one endpoint name (see <see cref="EndpointNames"/>).</summary>
    public IReadOnlyList<RequestLogEntry> For(string endpoint) =>
        Entries.Where(e => string.Equals(e.Endpoint, endpoint, StringComparison.Ordinal)).ToArray();

    public void Clear()
    {
        lock (_gate) _entries.Clear();
    }

    /// <summary>Completes once the number of requests in flight satisfies <paramref name="condition"/>
    /// (lets a test observe a request that is being held by a latency or hang fault, without sleeping).</summary>
    public Task WaitForInFlightAsync(Func<int, bool> condition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        TaskCompletionSource done;
        lock (_gate)
        {
            if (condition(_inFlight)) return Task.CompletedTask;
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _inFlightWaiters.Add((condition, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    internal void Started() => ChangeInFlight(+1);

    internal void Finished(RequestLogEntry withoutSequence)
    {
        lock (_gate)
        {
            _entries.AddLast(withoutSequence with { Sequence = ++_sequence });
            while (_entries.Count > _capacity) _entries.RemoveFirst();
        }

        ChangeInFlight(-1);
    }

    private void ChangeInFlight(int delta)
    {
        List<TaskCompletionSource> release = new();
        lock (_gate)
        {
            _inFlight += delta;
            for (var i = _inFlightWaiters.Count - 1; i >= 0; i--)
            {
                if (!_inFlightWaiters[i].Condition(_inFlight)) continue;
                release.Add(_inFlightWaiters[i].Done);
                _inFlightWaiters.RemoveAt(i);
            }
        }

        foreach (var done in release) done.TrySetResult();
    }
}
