using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace SonoranFiveM.Emulator.Hub;

/// <summary>Open hub connections: which are authenticated, for which server, and when each last sent locations.</summary>
public sealed class HubSessions
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly object _heldGate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _heldWaiters = new();
    private int _held;

    internal HubSessions(HubFaults faults) => Faults = faults;

    public HubFaults Faults { get; }

    /// <summary>Authenticated connections now.</summary>
    public int AuthenticatedCount => _sessions.Values.Count(s => s.ServerId.HasValue);

    /// <summary>Open connections now (authenticated or not).</summary>
    public int OpenCount => _sessions.Count;

    /// <summary>Takes the hub down (new connections refused, open ones dropped) or brings it back up.</summary>
    public void SetDown(bool down)
    {
        Faults.Down = down;
        if (down) DropAll();
    }

    /// <summary>Closes every open connection (clients see the connection drop).</summary>
    public void DropAll()
    {
        foreach (var session in _sessions.Values) session.Context.Abort();
    }

    /// <summary>Hub calls being held by the delay fault right now (their timer is already set).</summary>
    public int Held
    {
        get { lock (_heldGate) return _held; }
    }

    /// <summary>
    /// Completes once at least <paramref name="count"/> hub calls are held by the delay fault: a test can then advance
    /// its fake clock knowing the delay's timer exists, without sleeping.
    /// </summary>
    public Task WaitForHeldAsync(int count)
    {
        lock (_heldGate)
        {
            if (_held >= count) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _heldWaiters.Add((count, done));
            return done.Task;
        }
    }

    internal void HoldStarted()
    {
        var release = new List<TaskCompletionSource>();
        lock (_heldGate)
        {
            _held++;
            for (var i = _heldWaiters.Count - 1; i >= 0; i--)
            {
                if (_held < _heldWaiters[i].Count) continue;
                release.Add(_heldWaiters[i].Done);
                _heldWaiters.RemoveAt(i);
            }
        }

        foreach (var done in release) done.TrySetResult();
    }

    internal void HoldEnded()
    {
        lock (_heldGate) _held--;
    }

    internal void Open(HubCallerContext context) => _sessions[context.ConnectionId] = new Session(context);

    internal void Close(string connectionId) => _sessions.TryRemove(connectionId, out _);

    internal Session? Find(string connectionId) => _sessions.TryGetValue(connectionId, out var s) ? s : null;

    internal IReadOnlyList<string> ConnectionsFor(int serverId) =>
        _sessions.Values.Where(s => s.ServerId == serverId).Select(s => s.Context.ConnectionId).ToList();

    internal sealed class Session
    {
        public Session(HubCallerContext context) => Context = context;

        public HubCallerContext Context { get; }

        public int? ServerId { get; set; }

        public DateTimeOffset? LastLocationsAt { get; set; }

        public object Gate { get; } = new();
    }
}
