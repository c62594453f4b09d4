namespace SonoranFiveM.Emulator.Hub;

/// <summary>The push event types the emulator sends (Sonoran's names).</summary>
public static class PushEventTypes
{
    public const string UnitLogin = "EVENT_UNIT_LOGIN";
    public const string UnitLogout = "EVENT_UNIT_LOGOUT";
    public const string UnitStatus = "EVENT_UNIT_STATUS";
    public const string UnitPanic = "EVENT_UNIT_PANIC";
    public const string Call911 = "EVENT_911";
    public const string Remove911 = "EVENT_REMOVE_911";
    public const string DispatchNew = "EVENT_DISPATCH_NEW";
    public const string DispatchUnitAttach = "EVENT_DISPATCH_UNIT_ATTACH";
    public const string DispatchUnitDetach = "EVENT_DISPATCH_UNIT_DETACH";
    public const string DispatchClosed = "EVENT_DISPATCH_CLOSED";
    public const string CommunityLinkVerified = "EVENT_COMMUNITY_LINK_VERIFIED";
}
