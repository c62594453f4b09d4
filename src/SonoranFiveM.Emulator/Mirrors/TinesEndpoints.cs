namespace SonoranFiveM.Emulator.Mirrors;

/// <summary>
/// Tines Records API: create, get, delete. Bearer key (401), records limit per minute (429), 404 for unknown ids,
/// 400 for bad bodies. Error bodies are <c>{"error":"..."}</c> (Tines does not document its error shape).
/// </summary>
internal sealed class TinesEndpoints(EmulatorContext ctx) : EndpointGroup(ctx)
{

    public override void Map(IEndpointRouteBuilder app)
    {
        var records = app.MapGroup("/api/v1/records").Gated(Gate);
        records.Map("POST", "", Endpoint(EndpointNames.TinesCreateRecord), CreateAsync);
        records.Map("GET", "/{id}", Endpoint(EndpointNames.TinesGetRecord), GetAsync);
        records.Map("DELETE", "/{id}", Endpoint(EndpointNames.TinesDeleteRecord), DeleteAsync);
    }

    private static EmulatedEndpoint Endpoint(string name) => new(name, EmulatorApi.Tines, EndpointLimits.TinesRecordsBucket);

    private static IResult Error(int status, string message) =>
        Results.Json(new Dictionary<string, object> { ["error"] = message }, statusCode: status);

    /// <summary>Auth then rate limit; null when the request may go on.</summary>
    private IResult? Gate(HttpContext http)
    {
        if (MirrorAuth.Check(http, "Bearer", Ctx.Options.TinesApiKey) is not null)
        {
            Ctx.State.Counters.Increment(EmulatorCounters.AuthFailures);
            return Error(401, "Unauthorized: a valid API key is required (Authorization: Bearer <key>).");
        }

        var decision = Ctx.RateLimiter.Check(Ctx.Options.TinesApiKey, EndpointLimits.TinesRecordsBucket,
            Ctx.Options.TinesRecordsPerMinute, TimeSpan.FromMinutes(1));
        return decision.Allowed ? null : Responses.RateLimited(http, Ctx, EmulatorApi.Tines, decision.RetryAfterSeconds);
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        var (node, error) = await JsonBody.ReadAsync(http);
        if (node is not JsonObject body) return Bad(error ?? "The body must be a JSON object.");
        if (!TryId(body["record_type_id"], out var recordTypeId)) return Bad("record_type_id is required (string or integer id).");
        if (body["field_values"] is not JsonArray values) return Bad("field_values is required and must be an array of {field_id, value}.");

        var fields = new List<TinesFieldValue>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not JsonObject fv || !TryId(fv["field_id"], out var fieldId) || !fv.ContainsKey("value"))
            {
                return Bad($"field_values[{i}] must be an object with field_id and value.");
            }

            fields.Add(new TinesFieldValue(fieldId, fv["value"]?.ToJsonString() ?? "null"));
        }

        var caseIds = new List<long>();
        if (body["case_ids"] is { } casesNode)
        {
            if (casesNode is not JsonArray cases) return Bad("case_ids must be an array of ids.");
            foreach (var c in cases)
            {
                if (!TryId(c, out var text) || !long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var caseId))
                {
                    return Bad("case_ids must be an array of ids.");
                }

                caseIds.Add(caseId);
            }
        }

        var testMode = body.TryBool("test_mode", out var tm) && tm;
        var record = Ctx.State.AddTinesRecord(recordTypeId, fields, caseIds, testMode);
        return Results.Json(Render(record), statusCode: 201);
    }

    private Task<IResult> GetAsync(HttpContext http)
    {
        var record = Find(http);
        var wantedType = http.Request.Query["record_type_id"].ToString();
        if (record is null || (wantedType.Length > 0 && wantedType != record.RecordTypeId))
        {
            return Task.FromResult(Error(404, "Record not found."));
        }

        return Task.FromResult(Results.Json(Render(record)));
    }

    private Task<IResult> DeleteAsync(HttpContext http)
    {
        var record = Find(http);
        if (record is null || !Ctx.State.RemoveTinesRecord(record.Id)) return Task.FromResult(Error(404, "Record not found."));
        return Task.FromResult(Results.StatusCode(204));
    }

    private TinesRecordEntry? Find(HttpContext http) =>
        long.TryParse((string?)http.Request.RouteValues["id"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? Ctx.State.FindTinesRecord(id)
            : null;

    private IResult Bad(string message)
    {
        Ctx.State.Counters.Increment(EmulatorCounters.ValidationFailures);
        return Error(400, message);
    }

    private static bool TryId(JsonNode? node, out string id)
    {
        id = "";
        switch (node.Kind())
        {
            case JsonValueKind.String:
                id = node!.GetValue<string>();
                return id.Length > 0;
            case JsonValueKind.Number when node!.AsValue().TryGetValue<long>(out var n):
                id = n.ToString(CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The seed's response shape: ids are integers in responses, field ids stay strings.</summary>
    private static JsonObject Render(TinesRecordEntry r)
    {
        var created = r.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var records = new JsonArray();
        var result = new JsonObject { ["id"] = r.Id };
        foreach (var f in r.FieldValues)
        {
            var name = "Field " + f.FieldId;
            records.Add(new JsonObject { ["field_id"] = f.FieldId, ["name"] = name, ["value"] = JsonNode.Parse(f.ValueJson) });
            result[name] = JsonNode.Parse(f.ValueJson);
        }

        result["case_ids"] = r.CaseIds.ToJsonArray(c => c);
        result["updated_at"] = created;
        return new JsonObject
        {
            ["id"] = r.Id,
            ["created_at"] = created,
            ["record_type"] = new JsonObject
            {
                ["id"] = long.TryParse(r.RecordTypeId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var typeId) ? (JsonNode)typeId : (JsonNode)r.RecordTypeId,
                ["name"] = "Record type " + r.RecordTypeId,
            },
            ["test_mode"] = r.TestMode,
            ["records"] = records,
            ["case_ids"] = r.CaseIds.ToJsonArray(c => c),
            ["result"] = result,
        };
    }
}
