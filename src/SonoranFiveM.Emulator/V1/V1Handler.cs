namespace SonoranFiveM.Emulator.V1;

/// <summary>Shared plumbing of the v1 handler classes; each serves one route category (<c>emergency</c>, <c>general</c>).</summary>
internal abstract class V1Handler(EmulatorContext ctx, string category)
{
    protected EmulatorContext Ctx { get; } = ctx;

    public abstract IEnumerable<V1Operation> Operations();

    protected V1Operation Operation(string type, string endpoint, Func<JsonNode?, IResult> handle) =>
        new(category, type, endpoint, handle);

    /// <summary>An operation whose <c>data</c> must be a non-empty array of objects (answered 400 otherwise).</summary>
    protected V1Operation ItemsOperation(string type, string endpoint, Func<List<JsonObject>, IResult> handle) =>
        Operation(type, endpoint, data =>
        {
            var (items, error) = Items(data);
            return items is null ? Bad(error!) : handle(items);
        });

    protected IResult Bad(string why)
    {
        Ctx.State.Counters.Increment(EmulatorCounters.ValidationFailures);
        return Responses.Text(400, V1Errors.InvalidData(why));
    }

    protected static IResult Ok(string text) => Responses.Text(200, text);

    /// <summary><c>data</c> as a non-empty array of objects, or the reason it is not.</summary>
    private static (List<JsonObject>? Items, string? Error) Items(JsonNode? data)
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
