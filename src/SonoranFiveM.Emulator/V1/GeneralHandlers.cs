namespace SonoranFiveM.Emulator.V1;

/// <summary>v1 <c>general/*</c>: new record (several per request), remove record, heartbeat, get version.</summary>
internal sealed class GeneralHandlers(EmulatorContext ctx) : V1Handler(ctx, "general")
{
    public override IEnumerable<V1Operation> Operations() => new[]
    {
        ItemsOperation("NEW_RECORD", EndpointNames.CreateRecord, NewRecord),
        ItemsOperation("REMOVE_RECORD", EndpointNames.DeleteRecord, RemoveRecord),
        Operation("HEARTBEAT", EndpointNames.Heartbeat, Heartbeat),
        Operation("GET_VERSION", EndpointNames.GetVersion, GetVersion),
    };

    /// <summary>Answers the record object for one item (as documented), a JSON array of them for several.</summary>
    private IResult NewRecord(List<JsonObject> items)
    {
        var inputs = new List<RecordInput>();
        foreach (var item in items)
        {
            var (input, inputError) = RecordInput.ParseV1(item);
            if (input is null) return Bad(inputError!);
            inputs.Add(input);
        }

        var created = inputs
            .Select(i => Ctx.State.AddRecord(i.RecordTypeId, i.Owner, i.ReplaceValues, i.RawRecord?.ToJsonString(), i.DeleteAfterMinutes, EmulatorApi.CadV1))
            .Select(r => (JsonNode)Views.Record(r))
            .ToArray();
        return created.Length == 1 ? Results.Json(created[0]) : Results.Json(new JsonArray(created));
    }

    private IResult RemoveRecord(List<JsonObject> items)
    {
        var ids = new List<int>();
        foreach (var item in items)
        {
            if (!item.TryLooseInt("id", out var id)) return Bad("id is required and must be an integer");
            if (Ctx.State.FindRecord(id) is null) return Responses.Text(404, $"RECORD {id} NOT FOUND");
            ids.Add(id);
        }

        foreach (var id in ids) Ctx.State.RemoveRecord(id);
        return Ok(string.Join("\n", ids.Select(id => "REMOVED RECORD " + id.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>The legacy heartbeat sends <c>data</c> as an object; an array holding one object is taken too.</summary>
    private IResult Heartbeat(JsonNode? data)
    {
        var payload = data switch
        {
            JsonObject obj => obj,
            JsonArray { Count: 1 } array when array[0] is JsonObject first => first,
            _ => null,
        };
        if (payload is null) return Bad("data must be an object {serverId, playerCount, ...}");

        var serverId = Ctx.State.ServerIds[0];
        if (payload.ContainsKey("serverId") && !TryServer(payload, out serverId, out var serverError)) return Bad(serverError!);
        var playerCount = 0;
        if (payload.ContainsKey("playerCount") && (!payload.TryLooseInt("playerCount", out playerCount) || playerCount < 0))
        {
            return Bad("playerCount must be a non-negative integer");
        }

        Ctx.State.RecordHeartbeat(serverId, playerCount);
        return Ok("HEARTBEAT RECEIVED");
    }

    private IResult GetVersion(JsonNode? data) =>
        Ok(Ctx.Options.PlanVersion.ToString(CultureInfo.InvariantCulture));
}
