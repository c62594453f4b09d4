namespace SonoranFiveM.Emulator.Operations;

/// <summary>JSON shapes of units, calls and records as the CAD answers them.</summary>
internal static class Views
{
    public static JsonObject Unit(EmulatedUnit u, UnitIdForm form = UnitIdForm.All)
    {
        var view = UnitWithoutIds(u);
        var data = (JsonObject)view["data"]!;
        var ids = new[] { u.CommunityUserId }.Concat(u.ApiIds).Distinct().ToArray();
        switch (form)
        {
            case UnitIdForm.CommunityUserId:
                data["communityUserId"] = u.CommunityUserId;
                break;
            case UnitIdForm.CommunityUserIds:
                data["communityUserIds"] = ids.ToJsonArray(id => JsonValue.Create(id));
                break;
            case UnitIdForm.ApiIds:
                data["apiIds"] = ids.ToJsonArray(id => JsonValue.Create(id));
                break;
            case UnitIdForm.ApiId1:
                data["apiId1"] = u.ApiIds.ElementAtOrDefault(0) ?? u.CommunityUserId;
                data["apiId2"] = u.ApiIds.ElementAtOrDefault(1) ?? "";
                break;
            default:
                data["apiId1"] = u.ApiIds.ElementAtOrDefault(0) ?? u.CommunityUserId;
                data["apiId2"] = u.ApiIds.ElementAtOrDefault(1) ?? "";
                data["communityUserId"] = u.CommunityUserId;
                break;
        }

        return view;
    }

    private static JsonObject UnitWithoutIds(EmulatedUnit u) => new()
    {
        ["id"] = u.Id,
        ["accId"] = u.AccountUuid.ToString(),
        ["status"] = u.Status,
        ["isPanic"] = u.IsPanic,
        ["location"] = u.Location,
        ["coordinates"] = u.Coordinates is { } c
            ? new JsonObject { ["x"] = c.X, ["y"] = c.Y, ["z"] = c.Z, ["w"] = c.W }
            : null,
        ["aop"] = "",
        ["data"] = new JsonObject
        {
            ["unitNum"] = u.UnitNum,
            ["name"] = u.Name,
            ["district"] = "",
            ["department"] = u.Department,
            ["subdivision"] = "",
            ["rank"] = "",
            ["group"] = "",
            ["page"] = 0,
        },
        ["isDispatch"] = u.IsDispatch,
    };

    public static JsonObject Call(EmergencyCallEntry c) => new()
    {
        ["callId"] = c.CallId,
        ["isEmergency"] = c.IsEmergency,
        ["caller"] = c.Caller,
        ["location"] = c.Location,
        ["description"] = c.Description,
        ["metaData"] = MetaData(c.MetaData),
        ["updated"] = c.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static JsonObject Record(CadRecordEntry r)
    {
        if (r.RawRecordJson is not null && JsonNode.Parse(r.RawRecordJson) is JsonObject raw)
        {
            return new JsonObject
            {
                ["recordTypeId"] = r.RecordTypeId,
                ["id"] = r.Id,
                ["name"] = raw["name"]?.DeepClone() ?? $"Record {r.Id}",
                ["type"] = raw["type"]?.DeepClone() ?? r.RecordTypeId,
                ["sections"] = raw["sections"]?.DeepClone() ?? new JsonArray(),
            };
        }

        var fields = new JsonArray();
        foreach (var (uid, value) in r.ReplaceValues ?? new Dictionary<string, string>())
        {
            fields.Add(new JsonObject { ["label"] = uid, ["value"] = value, ["uid"] = uid });
        }

        return new JsonObject
        {
            ["recordTypeId"] = r.RecordTypeId,
            ["id"] = r.Id,
            ["name"] = $"Record {r.Id}",
            ["type"] = r.RecordTypeId,
            ["sections"] = new JsonArray(new JsonObject { ["category"] = 0, ["label"] = "Values", ["fields"] = fields }),
        };
    }

    private static JsonObject MetaData(IReadOnlyDictionary<string, string> metaData)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in metaData) obj[key] = value;
        return obj;
    }
}
