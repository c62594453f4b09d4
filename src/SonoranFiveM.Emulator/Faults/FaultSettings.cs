namespace SonoranFiveM.Emulator.Faults;

/// <summary>The faults in force, changeable at run time (each request reads one consistent snapshot).</summary>
public sealed class FaultSettings
{
    private volatile FaultProfile _current;

    internal FaultSettings(FaultProfile initial) => _current = initial;

    /// <summary>The profile in force.</summary>
    public FaultProfile Current { get => _current; set => _current = value ?? FaultProfile.None; }

    /// <summary>Adds the parsed tokens to the profile in force, e.g. <c>Apply("5xx:0.2,latency:800")</c>.</summary>
    public void Apply(string profile) => Apply(FaultProfile.Parse(profile));

    public void Apply(FaultProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Current = Current.Merge(profile);
    }

    /// <summary>Replaces the profile in force with the parsed tokens.</summary>
    public void Set(string profile) => Current = FaultProfile.Parse(profile);

    /// <summary>Removes every fault.</summary>
    public void Clear() => Current = FaultProfile.None;

    public override string ToString() => Current.ToString();
}
