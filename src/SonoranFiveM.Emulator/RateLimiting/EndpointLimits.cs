namespace SonoranFiveM.Emulator.RateLimiting;

/// <summary>The documented per-API-key limits (requests per 60 s) of the CAD endpoints the emulator serves.</summary>
public static class EndpointLimits
{
    public static readonly TimeSpan CadWindow = TimeSpan.FromSeconds(60);

    public static IReadOnlyDictionary<string, int> CadPerMinute { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [EndpointNames.UpdateUnitLocations] = 12,
        [EndpointNames.Heartbeat] = 10,
        [EndpointNames.Create911Call] = 10,
        [EndpointNames.Remove911Call] = 10,
        [EndpointNames.SetUnitPanic] = 20,
        [EndpointNames.SetUnitStatus] = 30,
        [EndpointNames.CreateRecord] = 30,
        [EndpointNames.DeleteRecord] = 10,
        [EndpointNames.GetActiveUnits] = 3,
        [EndpointNames.GetVersion] = 10,
        [V2.LinkEndpoints.CreateName] = 30,
        [V2.LinkEndpoints.CheckName] = 30,
    };

    /// <summary>Rate bucket shared by every Tines records route.</summary>
    public const string TinesRecordsBucket = "tines.records";

    /// <summary>Rate bucket shared by every QuickBlox route.</summary>
    public const string QuickBloxBucket = "quickblox";
}
