using System.Collections.Concurrent;

namespace SonoranFiveM.Emulator.RateLimiting;

/// <summary>Run-time switches for rate limiting (safe to change while requests flow).</summary>
public sealed class RateLimitSettings
{
    private readonly ConcurrentDictionary<string, int> _overrides;
    private volatile bool _enabled;
    private volatile bool _sendRetryAfter;

    internal RateLimitSettings(bool enabled, bool sendRetryAfter, IReadOnlyDictionary<string, int> overrides)
    {
        _enabled = enabled;
        _sendRetryAfter = sendRetryAfter;
        _overrides = new ConcurrentDictionary<string, int>(overrides, StringComparer.Ordinal);
    }

    /// <summary>When false no request is ever rate limited (429storm still applies).</summary>
    public bool Enabled { get => _enabled; set => _enabled = value; }

    /// <summary>Whether rate-limited answers carry <c>Retry-After</c>.</summary>
    public bool SendRetryAfter { get => _sendRetryAfter; set => _sendRetryAfter = value; }

    /// <summary>Changes one endpoint's limit (requests per window). Takes effect for windows created afterwards;
    /// call <see cref="CadEmulator.ResetRateLimits"/> to apply it at once.</summary>
    public void SetLimit(string endpointOrBucket, int limit) => _overrides[endpointOrBucket] = limit;

    internal bool TryGetOverride(string bucket, out int limit) => _overrides.TryGetValue(bucket, out limit);
}
