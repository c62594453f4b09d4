namespace SonoranFiveM.Emulator.V2;

/// <summary>v2 unit routes: locations (batch), panic, status, active units (paged).</summary>
internal sealed class UnitEndpoints(EmulatorContext ctx) : V2Handler(ctx)
{
    public override void Map(IEndpointRouteBuilder v2)
    {
        v2.Map("PATCH", "/emergency/servers/{serverId}/unit-locations", Cad(EndpointNames.UpdateUnitLocations), UpdateLocationsAsync);
        v2.Map("PATCH", "/emergency/servers/{serverId}/units/panic", Cad(EndpointNames.SetUnitPanic), SetPanicAsync);
        v2.Map("PATCH", "/emergency/servers/{serverId}/units/status", Cad(EndpointNames.SetUnitStatus), SetStatusAsync);
        v2.Map("GET", "/emergency/servers/{serverId}/units", Cad(EndpointNames.GetActiveUnits), GetActiveUnitsAsync);
    }

    private Task<IResult> UpdateLocationsAsync(HttpContext http) => WithObjectAsync(http, body =>
    {
        if (!body.TryGetPropertyValue("updates", out var node) || node is not JsonArray updates)
        {
            return Bad(http, "updates is required and must be an array.");
        }

        var (parsed, parseError) = LocationUpdates.Parse(updates);
        if (parsed is null) return Bad(http, parseError!);
        var applied = LocationUpdates.Apply(Ctx, V2Route.ServerId(http), parsed);
        return Results.Json(new JsonObject { ["updated"] = applied });
    });

    private Task<IResult> SetPanicAsync(HttpContext http) => WithObjectAsync(http, body =>
    {
        var (target, targetError) = UnitTarget.ParseV2(body);
        if (target is null) return Bad(http, targetError!);
        if (!body.TryBool("isPanic", out var isPanic)) return Bad(http, "isPanic is required and must be a boolean.");

        var serverId = V2Route.ServerId(http);
        var updated = Ctx.State.UpdateUnits(u => u.ServerId == serverId && target.Matches(u), u => u with { IsPanic = isPanic });
        return Results.Json(new JsonObject { ["updated"] = updated, ["isPanic"] = isPanic });
    });

    private Task<IResult> SetStatusAsync(HttpContext http) => WithObjectAsync(http, body =>
    {
        var (target, targetError) = UnitTarget.ParseV2(body);
        if (target is null) return Bad(http, targetError!);
        if (!body.TryInt("status", out var status) || !UnitStatuses.IsValid(status))
        {
            return Bad(http, "status is required: 0 UNAVAILABLE, 1 BUSY, 2 AVAILABLE, 3 ENROUTE, 4 ON_SCENE or 100 OFFLINE.");
        }

        var serverId = V2Route.ServerId(http);
        var updated = Ctx.State.UpdateUnits(u => u.ServerId == serverId && target.Matches(u), u => u with { Status = status });
        return Results.Json(new JsonObject { ["updated"] = updated, ["status"] = UnitStatuses.Names[status] });
    });

    private Task<IResult> GetActiveUnitsAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var (paging, error) = UnitPaging.Parse(
            query["includeOffline"].ToString(), query["onlyUnits"].ToString(), query["limit"].ToString(), query["offset"].ToString());
        if (paging is null) return Task.FromResult(Bad(http, error!));

        var serverId = V2Route.ServerId(http);
        var page = paging.Apply(Ctx.State.Units.Where(u => u.ServerId == serverId));
        return Task.FromResult(Results.Json(page.ToJsonArray(u => Views.Unit(u, Ctx.Options.UnitIdForm))));
    }
}
