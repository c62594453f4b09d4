namespace SonoranFiveM.Emulator.Operations;

/// <summary>A validated 911 call request.</summary>
internal sealed record CallInput(
    bool IsEmergency, string Caller, string Location, string Description,
    IReadOnlyDictionary<string, string> MetaData, int? DeleteAfterMinutes)
{
    /// <summary>v2 and v1 share the fields; v2 demands string <c>metaData</c> values, v1 takes any scalar.</summary>
    public static (CallInput? Input, string? Error) Parse(JsonObject body, bool stringMetaDataOnly)
    {
        if (!body.TryBool("isEmergency", out var isEmergency)) return (null, "isEmergency is required and must be a boolean.");
        if (!body.TryString("caller", out var caller)) return (null, "caller is required and must be a string.");
        if (!body.TryString("location", out var location)) return (null, "location is required and must be a string.");
        if (!body.TryString("description", out var description)) return (null, "description is required and must be a string.");

        var metaData = new Dictionary<string, string>();
        if (body.TryGetPropertyValue("metaData", out var metaNode) && metaNode is not null)
        {
            if (metaNode is not JsonObject meta) return (null, "metaData must be an object.");
            foreach (var (key, value) in meta)
            {
                if (value is null) continue;
                var kind = value.Kind();
                if (kind == JsonValueKind.String)
                {
                    metaData[key] = value.GetValue<string>();
                }
                else if (!stringMetaDataOnly && kind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                {
                    metaData[key] = value.ToJsonString();
                }
                else
                {
                    return (null, stringMetaDataOnly
                        ? $"metaData.{key} must be a string (all metaData values are strings)."
                        : $"metaData.{key} must be a string, number or boolean.");
                }
            }
        }

        var (minutes, minutesError) = DeleteAfter.Parse(body);
        if (minutesError is not null) return (null, minutesError);
        return (new CallInput(isEmergency, caller, location, description, metaData, minutes), null);
    }
}
