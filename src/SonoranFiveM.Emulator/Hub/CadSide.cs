using Microsoft.AspNetCore.SignalR;

namespace SonoranFiveM.Emulator.Hub;

/// <summary>
/// What a dispatcher or unit does in the CAD's own UI: it changes the emulator's state and sends the matching
/// <c>pushEvent</c> <c>{key, type, data}</c> to every authenticated hub session of that server. (Changes made through
/// the REST API are not echoed back, as on the real CAD.) Payloads (<c>data</c>):
/// <list type="bullet">
/// <item>unit events (login, logout, status, panic): the unit as get-active-units lists it;</item>
/// <item><c>EVENT_DISPATCH_NEW</c> / <c>EVENT_DISPATCH_UNIT_ATTACH</c> / <c>_DETACH</c> / <c>_CLOSED</c>:
/// <c>{callId, title, postal, address, description, units: [unit…]}</c>, <c>units</c> being the units attached
/// (attach) or detached (detach);</item>
/// <item><c>EVENT_COMMUNITY_LINK_VERIFIED</c>: <c>{communityUserId}</c>.</item>
/// </list>
/// </summary>
public sealed class CadSide
{
    private readonly EmulatorContext _ctx;
    private readonly HubSessions _sessions;
    private IHubContext<ApiHub>? _hub;

    internal CadSide(EmulatorContext ctx, HubSessions sessions)
    {
        _ctx = ctx;
        _sessions = sessions;
    }

    internal void Attach(IHubContext<ApiHub> hub) => _hub = hub;

    public Task<EmulatedUnit> LoginUnitAsync(string communityUserId, string? name = null, string? unitNum = null, int? serverId = null)
    {
        var unit = _ctx.State.FindUnit(communityUserId);
        if (unit == null) unit = _ctx.State.AddUnit(communityUserId, name, unitNum, serverId);
        else Change(communityUserId, u => u with { Status = 2 });
        unit = _ctx.State.FindUnit(communityUserId)!;
        return PushUnitAsync(PushEventTypes.UnitLogin, unit);
    }

    public Task<EmulatedUnit> LogoutUnitAsync(string communityUserId) =>
        PushUnitAsync(PushEventTypes.UnitLogout, Change(communityUserId, u => u with { Status = UnitStatuses.Offline, IsPanic = false }));

    public Task<EmulatedUnit> SetStatusAsync(string communityUserId, int status)
    {
        if (!UnitStatuses.IsValid(status)) throw new ArgumentOutOfRangeException(nameof(status), status, "Not a unit status.");
        return PushUnitAsync(PushEventTypes.UnitStatus, Change(communityUserId, u => u with { Status = status }));
    }

    public Task<EmulatedUnit> SetPanicAsync(string communityUserId, bool isPanic) =>
        PushUnitAsync(PushEventTypes.UnitPanic, Change(communityUserId, u => u with { IsPanic = isPanic }));

    /// <summary>Attaches units to a dispatch call (sending <c>EVENT_DISPATCH_NEW</c> first when <paramref name="isNew"/>).</summary>
    public async Task AttachUnitsAsync(int callId, string title, string postal, string address, string description, IEnumerable<string> communityUserIds, bool isNew = true)
    {
        var units = communityUserIds.Select(id => _ctx.State.FindUnit(id) ?? throw new ArgumentException($"No unit '{id}'.", nameof(communityUserIds))).ToList();
        JsonObject Call(IEnumerable<EmulatedUnit> attached) => new()
        {
            ["callId"] = callId,
            ["title"] = title,
            ["postal"] = postal,
            ["address"] = address,
            ["description"] = description,
            ["units"] = attached.ToJsonArray(u => Views.Unit(u)),
        };
        var serverId = units.FirstOrDefault()?.ServerId ?? _ctx.State.ServerIds[0];
        if (isNew) await PushAsync(serverId, PushEventTypes.DispatchNew, Call(Array.Empty<EmulatedUnit>()));
        await PushAsync(serverId, PushEventTypes.DispatchUnitAttach, Call(units));
    }

    public Task LinkVerifiedAsync(string communityUserId, int? serverId = null) =>
        PushAsync(serverId ?? _ctx.State.ServerIds[0], PushEventTypes.CommunityLinkVerified, new JsonObject { ["communityUserId"] = communityUserId });

    /// <summary>Sends any push event as is (e.g. a type the client does not know, or a wrong <paramref name="key"/>).</summary>
    public async Task PushAsync(int serverId, string type, JsonNode? data, string? key = null)
    {
        var hub = _hub ?? throw new InvalidOperationException("The emulator is not started.");
        var payload = new JsonObject { ["key"] = key ?? _ctx.Options.ApiKey, ["type"] = type, ["data"] = data };
        var connections = _sessions.ConnectionsFor(serverId);
        if (connections.Count == 0) return;
        _ctx.State.Counters.Increment(EmulatorCounters.HubPushEvents);
        await hub.Clients.Clients(connections).SendAsync("pushEvent", payload);
    }

    private EmulatedUnit Change(string communityUserId, Func<EmulatedUnit, EmulatedUnit> change)
    {
        if (_ctx.State.UpdateUnits(u => u.AnswersTo(communityUserId), change) == 0)
        {
            throw new ArgumentException($"No unit '{communityUserId}'.", nameof(communityUserId));
        }

        return _ctx.State.FindUnit(communityUserId)!;
    }

    private async Task<EmulatedUnit> PushUnitAsync(string type, EmulatedUnit unit)
    {
        await PushAsync(unit.ServerId, type, Views.Unit(unit, _ctx.Options.UnitIdForm));
        return unit;
    }
}
