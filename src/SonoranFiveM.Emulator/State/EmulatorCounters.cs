using System.Collections.Concurrent;

namespace SonoranFiveM.Emulator.State;

/// <summary>Named counters for reports (requests per endpoint and status, faults, state changes).</summary>
public sealed class EmulatorCounters
{
    public const string Requests = "requests";
    public const string RateLimited = "rateLimited";
    public const string AuthFailures = "authFailures";
    public const string ValidationFailures = "validationFailures";
    public const string CallsCreated = "calls.created";
    public const string CallsRemoved = "calls.removed";
    public const string CallsExpired = "calls.expired";
    public const string RecordsCreated = "records.created";
    public const string RecordsDeleted = "records.deleted";
    public const string RecordsExpired = "records.expired";
    public const string LocationUpdatesApplied = "locations.applied";
    public const string LocationUpdatesUnknownUnit = "locations.unknownUnit";
    public const string Heartbeats = "heartbeats";
    public const string HubConnections = "hub.connections";
    public const string HubAuthAttempts = "hub.authenticate";
    public const string HubUnitLocationCalls = "hub.unitLocation";
    public const string HubLimitErrors = "hub.limitErrors";
    public const string HubPushEvents = "hub.pushEvents";
    public const string TinesRecordsCreated = "tines.created";
    public const string TinesRecordsDeleted = "tines.deleted";
    public const string QuickBloxRecordsCreated = "quickblox.created";
    public const string QuickBloxRecordsDeleted = "quickblox.deleted";

    /// <summary>Prefix of per-fault counters, e.g. <c>fault.5xx</c>.</summary>
    public const string FaultPrefix = "fault.";

    /// <summary>Prefix of per-endpoint counters, e.g. <c>endpoint.create911Call</c>.</summary>
    public const string EndpointPrefix = "endpoint.";

    /// <summary>Prefix of per-status counters, e.g. <c>status.429</c>.</summary>
    public const string StatusPrefix = "status.";

    private readonly ConcurrentDictionary<string, long> _values = new();

    public long this[string name] => _values.TryGetValue(name, out var value) ? value : 0;

    public void Increment(string name, long by = 1) => _values.AddOrUpdate(name, by, (_, v) => v + by);

    public IReadOnlyDictionary<string, long> Snapshot() =>
        _values.OrderBy(kv => kv.Key, System.StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value);

    internal void Reset() => _values.Clear();
}
