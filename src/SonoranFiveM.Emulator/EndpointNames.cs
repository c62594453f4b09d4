namespace SonoranFiveM.Emulator;

/// <summary>Endpoint names used in the request log, counters and rate-limit buckets.
/// CAD names are the Sonoran v2 OpenAPI operation ids; the v1 form of an operation shares its name (and its limit).</summary>
public static class EndpointNames
{
    public const string UpdateUnitLocations = "updateUnitLocations";
    public const string Heartbeat = "heartbeat";
    public const string Create911Call = "create911Call";
    public const string Remove911Call = "remove911Call";
    public const string SetUnitPanic = "setUnitPanic";
    public const string SetUnitStatus = "setUnitStatus";
    public const string CreateRecord = "createRecord";
    public const string DeleteRecord = "deleteRecord";
    public const string GetActiveUnits = "getActiveUnits";
    public const string GetVersion = "getVersion";

    /// <summary>A v1 POST to a route the CAD does not know (answered 200 <c>Backend Service Reached</c>).</summary>
    public const string V1Unknown = "v1.unknown";

    public const string TinesCreateRecord = "tines.createRecord";
    public const string TinesGetRecord = "tines.getRecord";
    public const string TinesDeleteRecord = "tines.deleteRecord";

    public const string QuickBloxCreate = "quickblox.create";
    public const string QuickBloxCreateMulti = "quickblox.createMulti";
    public const string QuickBloxGet = "quickblox.get";
    public const string QuickBloxDelete = "quickblox.delete";

    public const string InspectState = "emulator.state";
    public const string InspectRequests = "emulator.requests";
}
