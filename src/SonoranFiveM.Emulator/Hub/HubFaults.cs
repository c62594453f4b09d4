namespace SonoranFiveM.Emulator.Hub;

/// <summary>Faults of the WebSocket hub (<c>/apiWsHub</c>), separate from the REST fault profile. Change them at any time.</summary>
public sealed class HubFaults
{
    private volatile string? _refuseAuth;
    private long _delayTicks;
    private volatile bool _down;

    /// <summary>When set, <c>authenticatev2</c> fails with this message even with the right key.</summary>
    public string? RefuseAuth
    {
        get => _refuseAuth;
        set => _refuseAuth = value;
    }

    /// <summary>Added (on the emulator's clock) before every hub method answers.</summary>
    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(System.Threading.Interlocked.Read(ref _delayTicks));
        set => System.Threading.Interlocked.Exchange(ref _delayTicks, Math.Max(0, value.Ticks));
    }

    /// <summary>While true the hub refuses new connections (503); setting it drops the open ones (see <see cref="HubSessions.DropAll"/>).</summary>
    public bool Down
    {
        get => _down;
        internal set => _down = value;
    }

    public override string ToString() =>
        (Down ? "down " : "") + (RefuseAuth != null ? "refuseAuth " : "") + (Delay > TimeSpan.Zero ? "delay:" + (long)Delay.TotalMilliseconds : "");
}
