namespace SonoranFiveM.Emulator;

/// <summary>Start-up settings of a <see cref="CadEmulator"/>. Everything that can change at run time lives on
/// <see cref="CadEmulator.Faults"/> and <see cref="CadEmulator.RateLimits"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (read it back from <see cref="CadEmulator.BaseUrl"/>).</summary>
    public int Port { get; set; }

    /// <summary>The community API key (v2 Bearer token, v1 <c>key</c>).</summary>
    public string ApiKey { get; set; } = "emulator-api-key";

    /// <summary>The community id (v1 <c>id</c>).</summary>
    public string CommunityId { get; set; } = "emulator-community";

    /// <summary>CAD server ids configured for the community. Empty means <c>{ 1 }</c>.</summary>
    public List<int> ServerIds { get; } = new();

    /// <summary>Clock for rate-limit windows, expiry, outages and latency. Tests pass a FakeTimeProvider.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Seed for every random choice (fault rates, QuickBlox ids).</summary>
    public int RandomSeed { get; set; } = 20240601;

    /// <summary>Enforce the documented per-key, per-endpoint limits.</summary>
    public bool RateLimitsEnabled { get; set; } = true;

    /// <summary>Send <c>Retry-After</c> (seconds until a slot frees) on rate-limited answers.</summary>
    public bool SendRetryAfter { get; set; } = true;

    /// <summary>Per-endpoint limit overrides (requests per window), keyed by endpoint name, e.g. <c>create911Call</c>.</summary>
    public Dictionary<string, int> RateLimitOverrides { get; } = new(StringComparer.Ordinal);

    /// <summary>When false the emulator answers like a community whose API is not enabled.</summary>
    public bool ApiEnabled { get; set; } = true;

    /// <summary>Fault profiles applied at start, e.g. <c>"5xx:0.2"</c>, <c>"latency:800"</c> (see <see cref="Faults.FaultProfile"/>).</summary>
    public List<string> Faults { get; } = new();

    /// <summary>Subscription level reported by get-version: 0 FREE, 1 STARTER, 2 STANDARD, 3 PLUS, 4 PRO, 6 SONORAN ONE.</summary>
    public int PlanVersion { get; set; } = 3;

    /// <summary>Bearer key accepted by the Tines routes.</summary>
    public string TinesApiKey { get; set; } = "emulator-tines-key";

    /// <summary>Tines records endpoints limit per minute (documented: 400).</summary>
    public int TinesRecordsPerMinute { get; set; } = 400;

    /// <summary>Key accepted by the QuickBlox routes as <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
    public string QuickBloxApiKey { get; set; } = "emulator-quickblox-key";

    /// <summary>QuickBlox requests per second (documented per plan; Basic is 80).</summary>
    public int QuickBloxRequestsPerSecond { get; set; } = 80;

    /// <summary>The <c>user_id</c> QuickBlox stamps on records created with the API key.</summary>
    public long QuickBloxUserId { get; set; } = 1001;

    /// <summary>How the active-unit list names each unit's players (the live CAD's answers vary). Default: v1's full set.</summary>
    public Operations.UnitIdForm UnitIdForm { get; set; } = Operations.UnitIdForm.All;

    /// <summary>How many requests the request log keeps (oldest dropped first).</summary>
    public int RequestLogCapacity { get; set; } = 10_000;

    internal IReadOnlyList<int> EffectiveServerIds => ServerIds.Count == 0 ? new[] { 1 } : ServerIds;

    /// <summary>Called with the path and body of every request as soon as its body is read, before it is answered,
    /// on the request's thread: the simulator times 911 calls from the command to here. Keep it short; it must not throw.</summary>
    public Action<string, string>? RequestReceived { get; set; }
}
