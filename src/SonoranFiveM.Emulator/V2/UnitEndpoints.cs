using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SonoranFiveM.Emulator.Hosting;
using SonoranFiveM.Emulator.Http;
using SonoranFiveM.Emulator.Operations;
using SonoranFiveM.Emulator.State;

namespace SonoranFiveM.Emulator.V2;

/// <summary>v2 unit routes: locations (batch), panic, status, active units (paged).</summary>
internal sealed class UnitEndpoints : V2Handler
{
    public UnitEndpoints(EmulatorContext ctx) : base(ctx) { }

    public void Map(IEndpointRouteBuilder v2)
    {
        v2.Map("PATCH", "/emergency/servers/{serverId}/unit-locations", Cad(EndpointNames.UpdateUnitLocations), UpdateLocationsAsync);
        v2.Map("PATCH", "/emergency/servers/{serverId}/units/panic", Cad(EndpointNames.SetUnitPanic), SetPanicAsync);
        v2.Map("PATCH", "/emergency/servers/{serverId}/units/status", Cad(EndpointNames.SetUnitStatus), SetStatusAsync);
        v2.Map("GET", "/emergency/servers/{serverId}/units", Cad(EndpointNames.GetActiveUnits), GetActiveUnitsAsync);
    }

    private async Task<IResult> UpdateLocationsAsync(HttpContext http)
    {
        var (body, error) = await ReadObjectAsync(http);
        if (body is null) return error!;
        if (!body.TryGetPropertyValue("updates", out var node) || node is not JsonArray updates)
        {
            return Bad(http, "updates is required and must be an array.");
        }

        var serverId = V2Route.ServerId(http);
        var parsed = new (string Id, string? Location, UnitCoordinates? Coordinates, Vehicle? Vehicle)[updates.Count];
        for (var i = 0; i < updates.Count; i++)
        {
            if (updates[i] is not JsonObject update) return Bad(http, $"updates[{i}] must be an object.");
            string id;
            if (update.ContainsKey("communityUserId"))
            {
                if (!update.TryString("communityUserId", out id)) return Bad(http, $"updates[{i}].communityUserId must be a string.");
            }
            else if (update.Has("roblox") || update.Has("discord"))
            {
                id = "";
            }
            else
            {
                return Bad(http, $"updates[{i}] needs communityUserId (or roblox / discord).");
            }

            string? location = null;
            if (update.ContainsKey("location"))
            {
                if (!update.TryString("location", out var text)) return Bad(http, $"updates[{i}].location must be a string.");
                location = text;
            }

            var (coordinates, coordError) = ParseCoordinates(update, i);
            if (coordError is not null) return Bad(http, coordError);
            var (vehicle, vehicleError) = ParseVehicle(update, i);
            if (vehicleError is not null) return Bad(http, vehicleError);
            parsed[i] = (id, location, coordinates, vehicle);
        }

        var now = Ctx.Time.GetUtcNow();
        var applied = 0;
        foreach (var (id, location, coordinates, vehicle) in parsed)
        {
            var changed = Ctx.State.UpdateUnits(
                u => u.ServerId == serverId && id.Length > 0 && u.CommunityUserId == id,
                u => u with
                {
                    Location = location ?? u.Location,
                    Coordinates = coordinates ?? u.Coordinates,
                    VehicleModel = vehicle?.Model,
                    VehicleHeadingOffset = vehicle?.HeadingOffset,
                    LastLocationUpdate = now,
                    LocationUpdateCount = u.LocationUpdateCount + 1,
                });
            applied += changed;
            Ctx.State.Counters.Increment(changed > 0 ? EmulatorCounters.LocationUpdatesApplied : EmulatorCounters.LocationUpdatesUnknownUnit);
        }

        return Results.Json(new JsonObject { ["updated"] = applied });
    }

    private sealed record Vehicle(string Model, double? HeadingOffset);

    /// <summary>
    /// <c>vehicle</c> is <c>{model, headingOffset}</c>, the model a name such as "police3" (the docs' example) or a model
    /// URL; a bare number (a game model hash) is not a model the live map can draw, so it is refused.
    /// </summary>
    private static (Vehicle? Vehicle, string? Error) ParseVehicle(JsonObject update, int i)
    {
        if (!update.TryGetPropertyValue("vehicle", out var node) || node is null) return (null, null);
        if (node is not JsonObject v) return (null, $"updates[{i}].vehicle must be an object {{model, headingOffset}}.");
        if (!v.TryString("model", out var model) || model.Trim().Length == 0)
        {
            return (null, $"updates[{i}].vehicle.model is required and must be a model name, e.g. \"police3\".");
        }

        if (long.TryParse(model.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return (null, $"updates[{i}].vehicle.model must be a model name such as \"police3\", not a model hash (\"{model}\").");
        }

        double? headingOffset = null;
        if (v.TryGetPropertyValue("headingOffset", out var offsetNode) && offsetNode is not null)
        {
            if (!offsetNode.TryDouble(out var offset)) return (null, $"updates[{i}].vehicle.headingOffset must be a number.");
            headingOffset = offset;
        }

        return (new Vehicle(model, headingOffset), null);
    }

    private static (UnitCoordinates? Coordinates, string? Error) ParseCoordinates(JsonObject update, int i)
    {
        if (!update.TryGetPropertyValue("coordinates", out var node) || node is null)
        {
            if (update.ContainsKey("x") || update.ContainsKey("y") || update.ContainsKey("heading"))
            {
                return (null, $"updates[{i}]: send coordinates as an object {{x,y,z,w}}, not flat x/y/heading.");
            }

            return (null, null);
        }

        if (node is not JsonObject c) return (null, $"updates[{i}].coordinates must be an object {{x,y,z,w}}.");
        if (!c["x"].TryDouble(out var x) || !c["y"].TryDouble(out var y))
        {
            return (null, $"updates[{i}].coordinates.x and .y are required numbers.");
        }

        double z = 0, w = 0;
        if (c.Has("z") && !c["z"].TryDouble(out z)) return (null, $"updates[{i}].coordinates.z must be a number.");
        if (c.Has("w") && !c["w"].TryDouble(out w)) return (null, $"updates[{i}].coordinates.w must be a number.");
        return (new UnitCoordinates(x, y, z, w), null);
    }

    private async Task<IResult> SetPanicAsync(HttpContext http)
    {
        var (body, error) = await ReadObjectAsync(http);
        if (body is null) return error!;
        var (target, targetError) = UnitTarget.ParseV2(body);
        if (target is null) return Bad(http, targetError!);
        if (!body.TryBool("isPanic", out var isPanic)) return Bad(http, "isPanic is required and must be a boolean.");

        var serverId = V2Route.ServerId(http);
        var updated = Ctx.State.UpdateUnits(u => u.ServerId == serverId && target.Matches(u), u => u with { IsPanic = isPanic });
        return Results.Json(new JsonObject { ["updated"] = updated, ["isPanic"] = isPanic });
    }

    private async Task<IResult> SetStatusAsync(HttpContext http)
    {
        var (body, error) = await ReadObjectAsync(http);
        if (body is null) return error!;
        var (target, targetError) = UnitTarget.ParseV2(body);
        if (target is null) return Bad(http, targetError!);
        if (!body.TryInt("status", out var status) || !UnitStatuses.IsValid(status))
        {
            return Bad(http, "status is required: 0 UNAVAILABLE, 1 BUSY, 2 AVAILABLE, 3 ENROUTE, 4 ON_SCENE or 100 OFFLINE.");
        }

        var serverId = V2Route.ServerId(http);
        var updated = Ctx.State.UpdateUnits(u => u.ServerId == serverId && target.Matches(u), u => u with { Status = status });
        return Results.Json(new JsonObject { ["updated"] = updated, ["status"] = UnitStatuses.Names[status] });
    }

    private Task<IResult> GetActiveUnitsAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var (paging, error) = UnitPaging.Parse(
            query["includeOffline"].ToString(), query["onlyUnits"].ToString(), query["limit"].ToString(), query["offset"].ToString());
        if (paging is null) return Task.FromResult(Bad(http, error!));

        var serverId = V2Route.ServerId(http);
        var page = paging.Apply(Ctx.State.Units.Where(u => u.ServerId == serverId));
        return Task.FromResult(Results.Json(new JsonArray(page.Select(u => (JsonNode)Views.Unit(u, Ctx.Options.UnitIdForm)).ToArray())));
    }
}
