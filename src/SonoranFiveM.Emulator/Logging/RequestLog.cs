namespace SonoranFiveM.Emulator.Logging;

/// <summary>What the emulator received, oldest first, bounded to the configured capacity.</summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly LinkedList<RequestLogEntry> _entries = new();
    private readonly List<(Func<int> Read, Func<int, bool> Condition, TaskCompletionSource Done)> _waiters = new();
    private readonly int _capacity;
    private long _sequence;
    private int _inFlight;
    private int _held;

    internal RequestLog(int capacity) => _capacity = Math.Max(1, capacity);

    /// <summary>Requests received and not yet answered (or aborted).</summary>
    public int InFlight
    {
        get { lock (_gate) return _inFlight; }
    }

    /// <summary>Requests being held by a latency or hang fault right now (their timer is already set).</summary>
    public int Held
    {
        get { lock (_gate) return _held; }
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

    /// <summary>Completes once the number of held requests satisfies <paramref name="condition"/>: a test can then
    /// advance its fake clock knowing the latency timer exists, or release a hang, without sleeping.</summary>
    public Task WaitForHeldAsync(Func<int, bool> condition, CancellationToken cancellationToken = default) =>
        WaitAsync(() => _held, condition, cancellationToken);

    /// <summary>Completes once the number of requests in flight satisfies <paramref name="condition"/>
    /// (lets a test observe a request that is being held by a latency or hang fault, without sleeping).</summary>
    public Task WaitForInFlightAsync(Func<int, bool> condition, CancellationToken cancellationToken = default) =>
        WaitAsync(() => _inFlight, condition, cancellationToken);

    internal void Started() => Change(() => _inFlight++);

    internal void HoldStarted() => Change(() => _held++);

    internal void HoldEnded() => Change(() => _held--);

    internal void Finished(RequestLogEntry withoutSequence)
    {
        lock (_gate)
        {
            _entries.AddLast(withoutSequence with { Sequence = ++_sequence });
            while (_entries.Count > _capacity) _entries.RemoveFirst();
        }

        Change(() => _inFlight--);
    }

    private Task WaitAsync(Func<int> read, Func<int, bool> condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        TaskCompletionSource done;
        lock (_gate)
        {
            if (condition(read())) return Task.CompletedTask;
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((read, condition, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    private void Change(Action change)
    {
        List<TaskCompletionSource> release = new();
        lock (_gate)
        {
            change();
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (!_waiters[i].Condition(_waiters[i].Read())) continue;
                release.Add(_waiters[i].Done);
                _waiters.RemoveAt(i);
            }
        }

        foreach (var done in release) done.TrySetResult();
    }
}
