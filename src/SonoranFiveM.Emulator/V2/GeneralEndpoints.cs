namespace SonoranFiveM.Emulator.V2;

/// <summary>v2 general routes: heartbeat and version.</summary>
internal sealed class GeneralEndpoints : V2Handler
{
    public GeneralEndpoints(EmulatorContext ctx) : base(ctx) { }

    public void Map(IEndpointRouteBuilder v2)
    {
        v2.Map("POST", "/general/servers/{serverId}/heartbeat", Cad(EndpointNames.Heartbeat), HeartbeatAsync);
        v2.Map("GET", "/general/version", Cad(EndpointNames.GetVersion), VersionAsync);
    }

    private async Task<IResult> HeartbeatAsync(HttpContext http)
    {
        var (body, error) = await ReadObjectAsync(http);
        if (body is null) return error!;
        if (!body.TryInt("playerCount", out var playerCount) || playerCount < 0)
        {
            return Bad(http, "playerCount is required and must be a non-negative integer.");
        }

        var serverId = V2Route.ServerId(http);
        Ctx.State.RecordHeartbeat(serverId, playerCount);
        return Results.Json(new JsonObject
        {
            ["serverId"] = serverId,
            ["playerCount"] = playerCount,
            ["receivedAtUtc"] = Ctx.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        });
    }

    private Task<IResult> VersionAsync(HttpContext http) =>
        Task.FromResult(Results.Json(new JsonObject
        {
            ["version"] = Ctx.Options.PlanVersion,
            ["name"] = Plans.Name(Ctx.Options.PlanVersion),
        }));
}
