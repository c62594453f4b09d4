namespace SonoranFiveM.Emulator.Http;

/// <summary>Strict accessors over <see cref="JsonObject"/> used by the validators.</summary>
internal static class JsonFields
{
    public static bool Has(this JsonObject obj, string name) => obj.TryGetPropertyValue(name, out var v) && v is not null;

    public static JsonValueKind Kind(this JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    public static bool TryString(this JsonObject obj, string name, out string value)
    {
        value = "";
        if (!obj.TryGetPropertyValue(name, out var node) || node.Kind() != JsonValueKind.String) return false;
        value = node!.GetValue<string>();
        return true;
    }

    public static bool TryBool(this JsonObject obj, string name, out bool value)
    {
        value = false;
        if (!obj.TryGetPropertyValue(name, out var node)) return false;
        switch (node.Kind())
        {
            case JsonValueKind.True: value = true; return true;
            case JsonValueKind.False: value = false; return true;
            default: return false;
        }
    }

    public static bool TryInt(this JsonObject obj, string name, out int value)
    {
        value = 0;
        return obj.TryGetPropertyValue(name, out var node) && node.TryInt(out value);
    }

    public static bool TryInt(this JsonNode? node, out int value)
    {
        value = 0;
        return node.Kind() == JsonValueKind.Number && node!.AsValue().TryGetValue(out value);
    }

    public static bool TryDouble(this JsonNode? node, out double value)
    {
        value = 0;
        return node.Kind() == JsonValueKind.Number && node!.AsValue().TryGetValue(out value);
    }

    /// <summary>A number or a numeric string as an integer (v1 sends ids either way).</summary>
    public static bool TryLooseInt(this JsonObject obj, string name, out int value)
    {
        value = 0;
        if (!obj.TryGetPropertyValue(name, out var node)) return false;
        if (node.TryInt(out value)) return true;
        return node.Kind() == JsonValueKind.String
            && int.TryParse(node!.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Any scalar as text: strings as they are, numbers and booleans as their JSON text.</summary>
    public static string ScalarText(this JsonNode node) =>
        node.Kind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    public static bool TryStringArray(this JsonObject obj, string name, out List<string> values)
    {
        values = new List<string>();
        if (!obj.TryGetPropertyValue(name, out var node) || node is not JsonArray array) return false;
        foreach (var item in array)
        {
            if (item.Kind() != JsonValueKind.String) return false;
            values.Add(item!.GetValue<string>());
        }

        return true;
    }

    public static bool TryIntArray(this JsonObject obj, string name, out List<int> values)
    {
        values = new List<int>();
        if (!obj.TryGetPropertyValue(name, out var node) || node is not JsonArray array) return false;
        foreach (var item in array)
        {
            if (!item.TryInt(out var v)) return false;
            values.Add(v);
        }

        return true;
    }
}
