namespace SonoranFiveM.Core.Cad
{
    /// <summary>The Sonoran CAD operations the integration uses; each is paced as its own lane.</summary>
    public enum CadEndpoint
    {
        UnitLocations,
        Heartbeat,
        Create911Call,
        Remove911Call,
        UnitPanic,
        UnitStatus,
        CreateRecord,
        DeleteRecord,
        ActiveUnits,
        Version,
        CreateLink,
        CheckLink,
    }
}
