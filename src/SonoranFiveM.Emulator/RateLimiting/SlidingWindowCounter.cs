namespace SonoranFiveM.Emulator.RateLimiting;

/// <summary>Counts accepted requests over a sliding window (a log of accept times, not fixed buckets).
/// Rejected attempts are not counted. Not thread-safe; <see cref="RateLimiter"/> locks around it.</summary>
public sealed class SlidingWindowCounter
{
    private readonly Queue<DateTimeOffset> _accepted = new();

    public SlidingWindowCounter(int limit, TimeSpan window)
    {
        if (limit < 1) throw new ArgumentOutOfRangeException(nameof(limit), limit, "A limit is at least 1.");
        if (window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(window), window, "A window is positive.");
        Limit = limit;
        Window = window;
    }

    public int Limit { get; }

    public TimeSpan Window { get; }

    /// <summary>Accepted requests still inside the window at <paramref name="now"/>.</summary>
    public int CountAt(DateTimeOffset now)
    {
        Evict(now);
        return _accepted.Count;
    }

    /// <summary>Accepts and records a request if a slot is free; otherwise says how long until the oldest slot frees.</summary>
    public bool TryAcquire(DateTimeOffset now, out TimeSpan retryAfter)
    {
        Evict(now);
        if (_accepted.Count < Limit)
        {
            _accepted.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }

        retryAfter = _accepted.Peek() + Window - now;
        if (retryAfter < TimeSpan.Zero) retryAfter = TimeSpan.Zero;
        return false;
    }

    private void Evict(DateTimeOffset now)
    {
        while (_accepted.Count > 0 && _accepted.Peek() + Window <= now)
        {
            _accepted.Dequeue();
        }
    }
}
