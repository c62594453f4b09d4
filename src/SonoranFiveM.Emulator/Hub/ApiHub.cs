using Microsoft.AspNetCore.SignalR;

namespace SonoranFiveM.Emulator.Hub;

/// <summary>
/// Sonoran's API WebSocket hub (<c>/apiWsHub</c>, SignalR JSON protocol): <c>authenticatev2(communityId, apiKey, serverId)</c>
/// with REST's auth rules, then <c>unitLocation(updates[])</c> with the documented limits (≤ 25 updates, one call per 200 ms)
/// and exact error strings. Authenticated sessions receive <c>pushEvent</c> messages for their server.
/// </summary>
internal sealed class ApiHub : Microsoft.AspNetCore.SignalR.Hub
{
    public const string Path = "/apiWsHub";
    public const string TooManyUpdates = "Too many unit updates in one call. Max is 25.";
    public const string TooFrequent = "UNIT_LOCATION updates are limited to every 200ms.";
    public const int MaxUpdatesPerCall = 25;
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(200);

    private readonly EmulatorContext _ctx;
    private readonly HubSessions _sessions;

    public ApiHub(EmulatorContext ctx, HubSessions sessions)
    {
        _ctx = ctx;
        _sessions = sessions;
    }

    public override Task OnConnectedAsync()
    {
        _sessions.Open(Context);
        _ctx.State.Counters.Increment(EmulatorCounters.HubConnections);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        _sessions.Close(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>True when authenticated; otherwise a hub error naming the cause (never the key).</summary>
    public async Task<bool> AuthenticateV2(string communityId, string apiKey, int? serverId)
    {
        await DelayAsync();
        var session = _sessions.Find(Context.ConnectionId) ?? throw new HubException("Connection is not open.");
        _ctx.State.Counters.Increment(EmulatorCounters.HubAuthAttempts);
        string? refusal = null;
        if (_sessions.Faults.RefuseAuth is { } forced) refusal = forced;
        else if (!string.Equals(apiKey, _ctx.Options.ApiKey, StringComparison.Ordinal)) refusal = "Invalid API key.";
        else if (!string.Equals(communityId, _ctx.Options.CommunityId, StringComparison.Ordinal)) refusal = "Invalid community id.";
        else if (_ctx.Faults.Current.NotEnabled) refusal = "API is not enabled for this community.";
        else if (!_ctx.State.ServerIds.Contains(serverId ?? _ctx.State.ServerIds[0])) refusal = $"Server {serverId} is not configured for this community.";

        if (refusal != null)
        {
            _ctx.State.Counters.Increment(EmulatorCounters.AuthFailures);
            throw new HubException(refusal);
        }

        lock (session.Gate) session.ServerId = serverId ?? _ctx.State.ServerIds[0];
        return true;
    }

    /// <summary>Applies a batch of unit locations for the session's server; returns how many units changed.</summary>
    public async Task<int> UnitLocation(JsonArray updates)
    {
        await DelayAsync();
        var counters = _ctx.State.Counters;
        counters.Increment(EmulatorCounters.HubUnitLocationCalls);
        var session = _sessions.Find(Context.ConnectionId);
        int serverId;
        if (session == null || session.ServerId is not { } id) throw new HubException("Not authenticated. Call authenticatev2 first.");
        serverId = id;
        if (updates == null) throw new HubException("updates must be an array.");
        if (updates.Count > MaxUpdatesPerCall)
        {
            counters.Increment(EmulatorCounters.HubLimitErrors);
            throw new HubException(TooManyUpdates);
        }

        var now = _ctx.Time.GetUtcNow();
        lock (session.Gate)
        {
            if (session.LastLocationsAt is { } last && now - last < MinInterval)
            {
                counters.Increment(EmulatorCounters.HubLimitErrors);
                throw new HubException(TooFrequent);
            }

            session.LastLocationsAt = now;
        }

        var (parsed, error) = LocationUpdates.Parse(updates);
        if (parsed is null)
        {
            counters.Increment(EmulatorCounters.ValidationFailures);
            throw new HubException(error);
        }

        return LocationUpdates.Apply(_ctx, serverId, parsed);
    }

    private async Task DelayAsync()
    {
        var delay = _sessions.Faults.Delay;
        if (delay <= TimeSpan.Zero) return;
        var held = Task.Delay(delay, _ctx.Time, Context.ConnectionAborted);
        _sessions.HoldStarted();
        try
        {
            await held;
        }
        finally
        {
            _sessions.HoldEnded();
        }
    }
}
