namespace SonoranFiveM.Emulator.State;

/// <summary>A unit (identifier) logged in to the CAD, as the emulator holds it. Immutable; updates replace it.</summary>
public sealed record EmulatedUnit
{
    /// <summary>Ident id (v2 <c>identIds</c>, the <c>id</c> in get-active-units).</summary>
    public required int Id { get; init; }

    public required Guid AccountUuid { get; init; }

    public required string CommunityUserId { get; init; }

    /// <summary>Legacy v1 API ids that also address this unit (the community user id always does).</summary>
    public IReadOnlyList<string> ApiIds { get; init; } = Array.Empty<string>();

    public required int ServerId { get; init; }

    public string UnitNum { get; init; } = "";

    public string Name { get; init; } = "";

    public string Department { get; init; } = "";

    public bool IsDispatch { get; init; }

    /// <summary>0 UNAVAILABLE, 1 BUSY, 2 AVAILABLE, 3 ENROUTE, 4 ON_SCENE, 100 OFFLINE.</summary>
    public int Status { get; init; } = 2;

    public bool IsPanic { get; init; }

    public string Location { get; init; } = "";

    public UnitCoordinates? Coordinates { get; init; }

    /// <summary>The last location update's <c>vehicle.model</c>; null on foot (an update without a vehicle clears it).</summary>
    public string? VehicleModel { get; init; }

    /// <summary>The last location update's <c>vehicle.headingOffset</c>.</summary>
    public double? VehicleHeadingOffset { get; init; }

    /// <summary>Emulator-clock time of the last location update that reached this unit.</summary>
    public DateTimeOffset? LastLocationUpdate { get; init; }

    public int LocationUpdateCount { get; init; }

    public bool IsOffline => Status == UnitStatuses.Offline;

    public bool AnswersTo(string apiId) =>
        string.Equals(CommunityUserId, apiId, StringComparison.Ordinal) || ApiIdsContain(apiId);

    private bool ApiIdsContain(string apiId)
    {
        foreach (var id in ApiIds)
        {
            if (string.Equals(id, apiId, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
