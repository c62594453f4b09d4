namespace SonoranFiveM.Emulator.V1;

/// <summary>v1 <c>emergency/*</c>: unit location, panic, status, 911 call, remove 911, get active units.
/// A request is validated whole before any of it is applied.</summary>
internal sealed class EmergencyHandlers(EmulatorContext ctx) : V1Handler(ctx, "emergency")
{
    public override IEnumerable<V1Operation> Operations() => new[]
    {
        ItemsOperation("UNIT_LOCATION", EndpointNames.UpdateUnitLocations, UnitLocation),
        ItemsOperation("UNIT_PANIC", EndpointNames.SetUnitPanic, UnitPanic),
        ItemsOperation("UNIT_STATUS", EndpointNames.SetUnitStatus, UnitStatus),
        ItemsOperation("CALL_911", EndpointNames.Create911Call, Call911),
        ItemsOperation("REMOVE_911", EndpointNames.Remove911Call, Remove911),
        ItemsOperation("GET_ACTIVE_UNITS", EndpointNames.GetActiveUnits, GetActiveUnits),
    };

    private IResult UnitLocation(List<JsonObject> items)
    {
        var updates = new List<(string ApiId, string? Location, UnitCoordinates? Coordinates)>();
        foreach (var item in items)
        {
            if (!item.TryString("apiId", out var apiId)) return Bad("apiId is required and must be a string");
            string? location = null;
            if (item.ContainsKey("location"))
            {
                if (!item.TryString("location", out var text)) return Bad("location must be a string");
                location = text;
            }

            UnitCoordinates? coordinates = null;
            if (item.TryGetPropertyValue("coordinates", out var c) && c is not null)
            {
                if (c is not JsonObject xy || !xy["x"].TryDouble(out var x) || !xy["y"].TryDouble(out var y))
                {
                    return Bad("coordinates must be an object with numeric x and y");
                }

                coordinates = new UnitCoordinates(x, y);
            }

            updates.Add((apiId, location, coordinates));
        }

        var now = Ctx.Time.GetUtcNow();
        foreach (var (apiId, location, coordinates) in updates)
        {
            var changed = Ctx.State.UpdateUnits(u => u.AnswersTo(apiId), u => u with
            {
                Location = location ?? u.Location,
                Coordinates = coordinates ?? u.Coordinates,
                LastLocationUpdate = now,
                LocationUpdateCount = u.LocationUpdateCount + 1,
            });
            Ctx.State.Counters.Increment(changed > 0 ? EmulatorCounters.LocationUpdatesApplied : EmulatorCounters.LocationUpdatesUnknownUnit);
        }

        return Ok("UNIT LOCATION UPDATED");
    }

    private IResult UnitPanic(List<JsonObject> items)
    {
        var changes = new List<(UnitTarget Target, bool IsPanic)>();
        foreach (var item in items)
        {
            var (target, targetError) = UnitTarget.ParseV1(item);
            if (target is null) return Bad(targetError!);
            if (!item.TryBool("isPanic", out var isPanic)) return Bad("isPanic is required and must be a boolean");
            changes.Add((target, isPanic));
        }

        foreach (var (target, isPanic) in changes) Ctx.State.UpdateUnits(target.Matches, u => u with { IsPanic = isPanic });
        return Ok("UNIT PANIC UPDATED");
    }

    private IResult UnitStatus(List<JsonObject> items)
    {
        var changes = new List<(UnitTarget Target, int Status, int? ServerId)>();
        foreach (var item in items)
        {
            var (target, targetError) = UnitTarget.ParseV1(item);
            if (target is null) return Bad(targetError!);
            if (!item.TryLooseInt("status", out var status) || !UnitStatuses.IsValid(status))
            {
                return Bad("status must be 0 UNAVAILABLE, 1 BUSY, 2 AVAILABLE, 3 ENROUTE or 4 ON_SCENE");
            }

            int? serverId = null;
            if (item.ContainsKey("serverId"))
            {
                if (!TryServer(item, out var id, out var serverError)) return Bad(serverError!);
                serverId = id;
            }

            changes.Add((target, status, serverId));
        }

        foreach (var (target, status, serverId) in changes)
        {
            Ctx.State.UpdateUnits(u => (serverId is null || u.ServerId == serverId) && target.Matches(u), u => u with { Status = status });
        }

        return Ok("UNIT STATUS UPDATED");
    }

    private IResult Call911(List<JsonObject> items)
    {
        var calls = new List<(int ServerId, CallInput Input)>();
        foreach (var item in items)
        {
            if (!TryServer(item, out var serverId, out var serverError)) return Bad(serverError!);
            var (input, inputError) = CallInput.Parse(item, stringMetaDataOnly: false);
            if (input is null) return Bad(inputError!);
            calls.Add((serverId, input));
        }

        var lines = calls.Select(c => Ctx.State.AddCall(c.ServerId, c.Input.IsEmergency, c.Input.Caller, c.Input.Location,
                c.Input.Description, c.Input.MetaData, c.Input.DeleteAfterMinutes, EmulatorApi.CadV1))
            .Select(call => "EMERGENCY CALL ADDED ID: " + call.CallId.ToString(CultureInfo.InvariantCulture));
        return Ok(string.Join("\n", lines));
    }

    private IResult Remove911(List<JsonObject> items)
    {
        var removals = new List<(int ServerId, int CallId)>();
        foreach (var item in items)
        {
            if (!TryServer(item, out var serverId, out var serverError)) return Bad(serverError!);
            if (!item.TryLooseInt("callId", out var callId)) return Bad("callId is required and must be an integer");
            if (Ctx.State.FindCall(callId) is not { } call || call.ServerId != serverId)
            {
                return Responses.Text(404, $"CALL {callId} NOT FOUND");
            }

            removals.Add((serverId, callId));
        }

        foreach (var (serverId, callId) in removals) Ctx.State.RemoveCall(serverId, callId);

        // The documented 200 text for REMOVE_911 (apparently copied from another page, but it is what the doc shows).
        return Ok("API ID(s) set!");
    }

    private IResult GetActiveUnits(List<JsonObject> items)
    {
        var item = items[0];
        if (!TryServer(item, out var serverId, out var serverError)) return Bad(serverError!);
        var (paging, pagingError) = UnitPaging.Parse(
            Text(item, "includeOffline"), Text(item, "onlyUnits"), Text(item, "limit"), Text(item, "offset"));
        if (paging is null) return Bad(pagingError!);
        var page = paging.Apply(Ctx.State.Units.Where(u => u.ServerId == serverId));
        return Results.Json(page.ToJsonArray(u => Views.Unit(u, Ctx.Options.UnitIdForm)));
    }

    private static string? Text(JsonObject item, string name) =>
        item.TryGetPropertyValue(name, out var node) && node is not null ? node.ScalarText() : null;
}
