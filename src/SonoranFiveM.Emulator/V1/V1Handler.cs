namespace SonoranFiveM.Emulator.V1;

/// <summary>Shared plumbing of the v1 handler classes.</summary>
internal abstract class V1Handler
{
    protected V1Handler(EmulatorContext ctx) => Ctx = ctx;

    protected EmulatorContext Ctx { get; }

    public abstract IEnumerable<V1Operation> Operations();

    protected IResult Bad(string why)
    {
        Ctx.State.Counters.Increment(EmulatorCounters.ValidationFailures);
        return Responses.Text(400, V1Errors.InvalidData(why));
    }

    protected static IResult Ok(string text) => Responses.Text(200, text);

    /// <summary><c>data</c> as a non-empty array of objects, or the reason it is not.</summary>
    protected static (List<JsonObject>? Items, string? Error) Items(JsonNode? data)
    {
        if (data is not JsonArray array || array.Count == 0) return (null, "data must be a non-empty array of objects");
        var items = new List<JsonObject>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item) return (null, $"data[{i}] must be an object");
            items.Add(item);
        }

        return (items, null);
    }

    protected bool TryServer(JsonObject item, out int serverId, out string? error)
    {
        error = null;
        if (!item.TryLooseInt("serverId", out serverId))
        {
            error = "serverId is required and must be an integer";
            return false;
        }

        if (!Ctx.State.ServerIds.Contains(serverId))
        {
            error = $"serverId {serverId} is not configured for this community";
            return false;
        }

        return true;
    }
}
