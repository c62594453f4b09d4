namespace SonoranFiveM.Emulator.Faults;

/// <summary>A window, in time since the emulator started, during which every request gets 503.</summary>
public readonly record struct OutageWindow(TimeSpan Start, TimeSpan End)
{
    public bool Contains(TimeSpan sinceStart) => sinceStart >= Start && sinceStart < End;

    public override string ToString() => $"outage:{(long)Start.TotalSeconds}-{(long)End.TotalSeconds}";
}
