namespace SonoranFiveM.Emulator.Operations;

/// <summary>Unit-location updates as v2 REST (<c>PATCH …/unit-locations</c>) and the hub's <c>unitLocation</c> both take them.</summary>
internal static class LocationUpdates
{
    public sealed record Update(string Id, string? Location, UnitCoordinates? Coordinates, Vehicle? Vehicle);

    public sealed record Vehicle(string Model, double? HeadingOffset);

    /// <summary>All updates, or the first error (nothing is applied when one update is bad).</summary>
    public static (IReadOnlyList<Update>? Updates, string? Error) Parse(JsonArray updates)
    {
        var parsed = new Update[updates.Count];
        for (var i = 0; i < updates.Count; i++)
        {
            if (updates[i] is not JsonObject update) return (null, $"updates[{i}] must be an object.");
            string id;
            if (update.ContainsKey("communityUserId"))
            {
                if (!update.TryString("communityUserId", out id)) return (null, $"updates[{i}].communityUserId must be a string.");
            }
            else if (update.Has("roblox") || update.Has("discord"))
            {
                id = "";
            }
            else
            {
                return (null, $"updates[{i}] needs communityUserId (or roblox / discord).");
            }

            string? location = null;
            if (update.ContainsKey("location"))
            {
                if (!update.TryString("location", out var text)) return (null, $"updates[{i}].location must be a string.");
                location = text;
            }

            var (coordinates, coordError) = ParseCoordinates(update, i);
            if (coordError is not null) return (null, coordError);
            var (vehicle, vehicleError) = ParseVehicle(update, i);
            if (vehicleError is not null) return (null, vehicleError);
            parsed[i] = new Update(id, location, coordinates, vehicle);
        }

        return (parsed, null);
    }

    /// <summary>Applies the updates to the units of <paramref name="serverId"/>; returns how many units changed.</summary>
    public static int Apply(EmulatorContext ctx, int serverId, IReadOnlyList<Update> updates)
    {
        var now = ctx.Time.GetUtcNow();
        var applied = 0;
        foreach (var (id, location, coordinates, vehicle) in updates)
        {
            var changed = ctx.State.UpdateUnits(
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
            ctx.State.Counters.Increment(changed > 0 ? EmulatorCounters.LocationUpdatesApplied : EmulatorCounters.LocationUpdatesUnknownUnit);
        }

        return applied;
    }

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

        if (long.TryParse(model.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
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
}
