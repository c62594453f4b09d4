namespace SonoranFiveM.Emulator.RateLimiting;

/// <summary>Per (API key, bucket) sliding windows, measured with the emulator's <see cref="TimeProvider"/>.</summary>
internal sealed class RateLimiter
{
    private readonly object _gate = new();
    private readonly Dictionary<(string Key, string Bucket), SlidingWindowCounter> _windows = new();
    private readonly TimeProvider _time;
    private readonly RateLimitSettings _settings;

    public RateLimiter(TimeProvider time, RateLimitSettings settings)
    {
        _time = time;
        _settings = settings;
    }

    public RateLimitDecision Check(string apiKey, string bucket, int defaultLimit, TimeSpan window)
    {
        if (!_settings.Enabled) return RateLimitDecision.Allow;

        lock (_gate)
        {
            if (!_windows.TryGetValue((apiKey, bucket), out var counter))
            {
                var limit = _settings.TryGetOverride(bucket, out var overridden) ? overridden : defaultLimit;
                counter = new SlidingWindowCounter(limit, window);
                _windows[(apiKey, bucket)] = counter;
            }

            if (counter.TryAcquire(_time.GetUtcNow(), out var wait)) return RateLimitDecision.Allow;
            return new RateLimitDecision(false, _settings.SendRetryAfter ? RateLimitDecision.ToHeaderSeconds(wait) : null);
        }
    }

    public void Reset()
    {
        lock (_gate) _windows.Clear();
    }
}
