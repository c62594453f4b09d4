namespace SonoranFiveM.Emulator.RateLimiting;

/// <summary>Outcome of one rate-limit check. <see cref="RetryAfterSeconds"/> is null when no header should be sent.</summary>
public readonly record struct RateLimitDecision(bool Allowed, int? RetryAfterSeconds)
{
    public static RateLimitDecision Allow { get; } = new(true, null);

    internal static int ToHeaderSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
