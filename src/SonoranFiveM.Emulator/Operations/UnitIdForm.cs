namespace SonoranFiveM.Emulator.Operations;

/// <summary>How the active-unit list names each unit's players (<c>data.*</c>); the live CAD's answers vary.</summary>
public enum UnitIdForm
{
    /// <summary>v1's <c>apiId1</c>/<c>apiId2</c> and <c>communityUserId</c>, as the v1 docs list them.</summary>
    All,

    /// <summary>Only <c>communityUserId</c> (the v2 docs' example).</summary>
    CommunityUserId,

    /// <summary>Only a <c>communityUserIds</c> array (read first by the official resource).</summary>
    CommunityUserIds,

    /// <summary>Only a legacy <c>apiIds</c> array (as push events carry it).</summary>
    ApiIds,

    /// <summary>Only v1's <c>apiId1</c>/<c>apiId2</c>.</summary>
    ApiId1,
}
