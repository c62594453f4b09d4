using SonoranFiveM.Emulator.Faults;
using SonoranFiveM.Emulator.Logging;

namespace SonoranFiveM.Emulator.Hosting;

/// <summary>What every handler and middleware of one emulator instance shares.</summary>
internal sealed class EmulatorContext
{
    private readonly Random _random;
    private readonly object _randomGate = new();

    public EmulatorContext(EmulatorOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        StartedAt = Time.GetUtcNow();
        State = new EmulatorState(Time, options.EffectiveServerIds);
        RateLimits = new RateLimitSettings(options.RateLimitsEnabled, options.SendRetryAfter, options.RateLimitOverrides);
        RateLimiter = new RateLimiter(Time, RateLimits);
        var initial = FaultProfile.Parse(options.Faults);
        if (!options.ApiEnabled) initial = initial with { NotEnabled = true };
        Faults = new FaultSettings(initial);
        Requests = new RequestLog(options.RequestLogCapacity);
        _random = new Random(options.RandomSeed);
    }

    public EmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public DateTimeOffset StartedAt { get; }

    public EmulatorState State { get; }

    public RateLimitSettings RateLimits { get; }

    public RateLimiter RateLimiter { get; }

    public FaultSettings Faults { get; }

    public RequestLog Requests { get; }

    public CancellationTokenSource Stopping { get; } = new();

    public TimeSpan SinceStart => Time.GetUtcNow() - StartedAt;

    /// <summary>True with probability <paramref name="rate"/>, from the seeded generator.</summary>
    public bool Roll(double rate)
    {
        if (rate <= 0) return false;
        if (rate >= 1) return true;
        lock (_randomGate) return _random.NextDouble() < rate;
    }

    public int NextInt(int maxExclusive)
    {
        lock (_randomGate) return _random.Next(maxExclusive);
    }

    public void NextBytes(Span<byte> buffer)
    {
        lock (_randomGate) _random.NextBytes(buffer);
    }
}
