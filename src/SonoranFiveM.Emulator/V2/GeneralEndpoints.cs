namespace SonoranFiveM.Emulator.V2;

/// <summary>v2 general routes: heartbeat and version.</summary>
internal sealed class GeneralEndpoints(EmulatorContext ctx) : V2Handler(ctx)
{
    public override void Map(IEndpointRouteBuilder v2)
    {
        v2.Map("POST", "/general/servers/{serverId}/heartbeat", Cad(EndpointNames.Heartbeat), HeartbeatAsync);
        v2.Map("GET", "/general/version", Cad(EndpointNames.GetVersion), VersionAsync);
    }

    private Task<IResult> HeartbeatAsync(HttpContext http) => WithObjectAsync(http, body =>
    {
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
    });

    private Task<IResult> VersionAsync(HttpContext http) =>
        Task.FromResult(Results.Json(new JsonObject
        {
            ["version"] = Ctx.Options.PlanVersion,
            ["name"] = Plans.Name(Ctx.Options.PlanVersion),
        }));
}
