namespace SonoranFiveM.Emulator.Mirrors;

/// <summary>
/// QuickBlox Custom Objects: create, multi-create (index-keyed <c>{"record":{"0":{…}}}</c>), get and delete by id,
/// with <c>Authorization: ApiKey &lt;key&gt;</c>. Errors are <c>{"errors":[…]}</c>: 401 bad key, 404 unknown record,
/// 422 invalid fields, 429 over the per-second limit.
/// </summary>
internal sealed class QuickBloxEndpoints(EmulatorContext ctx) : EndpointGroup(ctx)
{
    private static readonly HashSet<string> ReservedFields = new(StringComparer.Ordinal)
    {
        "_id", "_parent_id", "created_at", "updated_at", "user_id",
    };

    private long _counter;

    public override void Map(IEndpointRouteBuilder app)
    {
        var data = app.MapGroup("/data").Gated(Gate);
        data.Map("POST", "/{className}.json", Endpoint(EndpointNames.QuickBloxCreate), CreateAsync);
        data.Map("POST", "/{className}/multi.json", Endpoint(EndpointNames.QuickBloxCreateMulti), CreateMultiAsync);
        data.Map("GET", "/{className}/{ids}.json", Endpoint(EndpointNames.QuickBloxGet), GetAsync);
        data.Map("DELETE", "/{className}/{ids}.json", Endpoint(EndpointNames.QuickBloxDelete), DeleteAsync);
    }

    private static EmulatedEndpoint Endpoint(string name) => new(name, EmulatorApi.QuickBlox, EndpointLimits.QuickBloxBucket);

    private static IResult Errors(int status, params string[] messages) =>
        Results.Json(new Dictionary<string, object> { ["errors"] = messages }, statusCode: status);

    private IResult? Gate(HttpContext http)
    {
        var why = MirrorAuth.Check(http, "ApiKey", Ctx.Options.QuickBloxApiKey);
        if (why is not null)
        {
            Ctx.State.Counters.Increment(EmulatorCounters.AuthFailures);
            return Errors(401, why == "missing" ? "Token is required" : "Unauthorized");
        }

        var decision = Ctx.RateLimiter.Check(Ctx.Options.QuickBloxApiKey, EndpointLimits.QuickBloxBucket,
            Ctx.Options.QuickBloxRequestsPerSecond, TimeSpan.FromSeconds(1));
        return decision.Allowed ? null : Responses.RateLimited(http, Ctx, EmulatorApi.QuickBlox, decision.RetryAfterSeconds);
    }

    private static string ClassName(HttpContext http) => (string)http.Request.RouteValues["className"]!;

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        var (node, error) = await JsonBody.ReadAsync(http);
        if (node is not JsonObject fields) return Invalid(400, error ?? "The body must be a JSON object of fields.");
        var problem = Validate(fields, "");
        if (problem is not null) return Invalid(422, problem);
        return Results.Json(Create(ClassName(http), fields), statusCode: 201);
    }

    private async Task<IResult> CreateMultiAsync(HttpContext http)
    {
        var (node, error) = await JsonBody.ReadAsync(http);
        if (node is not JsonObject body) return Invalid(400, error ?? "The body must be a JSON object.");
        if (body["record"] is not JsonObject records || records.Count == 0)
        {
            return Invalid(422, "record must be a non-empty index-keyed object, e.g. {\"record\":{\"0\":{...},\"1\":{...}}}.");
        }

        var items = new List<JsonObject>();
        foreach (var (index, item) in records.OrderBy(kv => int.TryParse(kv.Key, out var i) ? i : int.MaxValue))
        {
            if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return Invalid(422, $"record keys must be indexes \"0\", \"1\", ...; got \"{index}\".");
            }

            if (item is not JsonObject fields) return Invalid(422, $"record[{index}] must be an object of fields.");
            var problem = Validate(fields, $"record[{index}].");
            if (problem is not null) return Invalid(422, problem);
            items.Add(fields);
        }

        var className = ClassName(http);
        var created = items.Select(f => (JsonNode)Create(className, f)).ToArray();
        return Results.Json(new JsonObject { ["class_name"] = className, ["items"] = new JsonArray(created) }, statusCode: 201);
    }

    private Task<IResult> GetAsync(HttpContext http)
    {
        var className = ClassName(http);
        var found = Ids(http).Select(id => Ctx.State.FindQuickBloxRecord(className, id)).Where(r => r is not null).ToArray();
        if (found.Length == 0) return Task.FromResult(Errors(404, "Record not found"));
        return Task.FromResult(Results.Json(new JsonObject
        {
            ["class_name"] = className,
            ["skip"] = 0,
            ["limit"] = 100,
            ["items"] = found.ToJsonArray(r => JsonNode.Parse(r!.RecordJson)),
        }));
    }

    private Task<IResult> DeleteAsync(HttpContext http)
    {
        var className = ClassName(http);
        var ids = Ids(http);
        var deleted = ids.Where(id => Ctx.State.RemoveQuickBloxRecord(className, id)).ToArray();
        if (ids.Length == 1)
        {
            return Task.FromResult(deleted.Length == 1 ? Results.Text("", "application/json", statusCode: 200) : Errors(404, "Record not found"));
        }

        return Task.FromResult(Results.Json(new JsonObject
        {
            ["SuccessfullyDeleted"] = new JsonObject { ["ids"] = deleted.ToJsonArray(i => i) },
            ["NotFound"] = new JsonObject { ["ids"] = ids.Except(deleted).ToJsonArray(i => i) },
        }));
    }

    private static string[] Ids(HttpContext http) =>
        ((string)http.Request.RouteValues["ids"]!).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Validate(JsonObject fields, string where)
    {
        foreach (var (name, _) in fields)
        {
            if (ReservedFields.Contains(name)) return $"{where}{name} is set by QuickBlox and cannot be sent.";
        }

        if (fields["permissions"] is { } permissions && permissions is not JsonObject)
        {
            return $"{where}permissions must be an object.";
        }

        return null;
    }

    private IResult Invalid(int status, string message)
    {
        Ctx.State.Counters.Increment(EmulatorCounters.ValidationFailures);
        return Errors(status, message);
    }

    private JsonObject Create(string className, JsonObject fields)
    {
        var now = Ctx.Time.GetUtcNow();
        var id = NewObjectId(now);
        var unix = now.ToUnixTimeSeconds();
        var record = new JsonObject { ["_id"] = id, ["_parent_id"] = null };
        foreach (var (name, value) in fields)
        {
            if (name != "permissions") record[name] = value?.DeepClone();
        }

        record["created_at"] = unix;
        record["updated_at"] = unix;
        record["user_id"] = Ctx.Options.QuickBloxUserId;
        record["permissions"] = fields["permissions"]?.DeepClone() ?? new JsonObject
        {
            ["read"] = new JsonObject { ["access"] = "open" },
            ["update"] = new JsonObject { ["access"] = "owner" },
            ["delete"] = new JsonObject { ["access"] = "owner" },
        };
        Ctx.State.AddQuickBloxRecord(new QuickBloxRecordEntry(id, className, record.ToJsonString(), Ctx.Options.QuickBloxUserId, now));
        return record;
    }

    /// <summary>24 hex digits like a MongoDB ObjectId: 4 bytes of unix time, 5 seeded-random bytes, 3 bytes of counter.</summary>
    private string NewObjectId(DateTimeOffset now)
    {
        Span<byte> random = stackalloc byte[5];
        Ctx.NextBytes(random);
        var counter = System.Threading.Interlocked.Increment(ref _counter) & 0xFFFFFF;
        return ((uint)now.ToUnixTimeSeconds()).ToString("x8", CultureInfo.InvariantCulture)
            + Convert.ToHexString(random).ToLowerInvariant()
            + counter.ToString("x6", CultureInfo.InvariantCulture);
    }
}
