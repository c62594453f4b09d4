namespace SonoranFiveM.Emulator.Operations;

/// <summary>A validated create-record request: dictionary form (<c>useDictionary</c> + <c>recordTypeId</c> +
/// <c>replaceValues</c>) or raw form (<c>record</c>).</summary>
internal sealed record RecordInput(
    string Owner, int? RecordTypeId, IReadOnlyDictionary<string, string>? ReplaceValues, JsonObject? RawRecord, int? DeleteAfterMinutes)
{
    private static readonly string[] V2AltTargets = { "roblox", "discord", "accountUuid" };

    /// <summary>v2: owner is <c>communityUserId</c>, or exactly one of <c>roblox</c>/<c>discord</c>/<c>accountUuid</c>.</summary>
    public static (RecordInput? Input, string? Error) ParseV2(JsonObject body)
    {
        string owner;
        if (body.ContainsKey("communityUserId"))
        {
            if (!body.TryString("communityUserId", out owner)) return (null, "communityUserId must be a string.");
        }
        else
        {
            var present = new List<string>();
            foreach (var name in V2AltTargets) if (body.Has(name)) present.Add(name);
            if (present.Count != 1)
            {
                return (null, "Provide communityUserId, or exactly one of roblox, discord or accountUuid.");
            }

            owner = present[0] + ":" + body[present[0]]!.ScalarText();
        }

        return ParseContent(body, owner, stringValuesOnly: true);
    }

    /// <summary>v1 <c>NEW_RECORD</c> item: <c>user</c> owns the record.</summary>
    public static (RecordInput? Input, string? Error) ParseV1(JsonObject item)
    {
        if (!item.TryString("user", out var owner)) return (null, "user is required and must be a string");
        return ParseContent(item, owner, stringValuesOnly: false);
    }

    private static (RecordInput? Input, string? Error) ParseContent(JsonObject body, string owner, bool stringValuesOnly)
    {
        var (minutes, minutesError) = DeleteAfter.Parse(body);
        if (minutesError is not null) return (null, minutesError);

        if (body.TryGetPropertyValue("record", out var rawNode) && rawNode is not null)
        {
            if (rawNode is not JsonObject raw) return (null, "record must be an object.");
            return (new RecordInput(owner, raw.TryInt("type", out var type) ? type : null, null, (JsonObject)raw.DeepClone(), minutes), null);
        }

        if (!body.TryBool("useDictionary", out var useDictionary) || !useDictionary)
        {
            return (null, "Send useDictionary:true with recordTypeId and replaceValues, or a raw record object.");
        }

        if (!body.TryInt("recordTypeId", out var recordTypeId)) return (null, "recordTypeId is required and must be an integer.");
        if (!body.TryGetPropertyValue("replaceValues", out var valuesNode) || valuesNode is not JsonObject values)
        {
            return (null, "replaceValues is required and must be an object.");
        }

        var replace = new Dictionary<string, string>();
        foreach (var (uid, value) in values)
        {
            if (value is null) continue;
            if (value.Kind() == JsonValueKind.String) replace[uid] = value.GetValue<string>();
            else if (!stringValuesOnly && value.Kind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False) replace[uid] = value.ToJsonString();
            else return (null, $"replaceValues.{uid} must be a string.");
        }

        return (new RecordInput(owner, recordTypeId, replace, null, minutes), null);
    }
}
