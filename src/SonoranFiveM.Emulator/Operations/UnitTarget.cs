namespace SonoranFiveM.Emulator.Operations;

/// <summary>Which units a panic or status request addresses. Targets that name no known unit match nothing.</summary>
internal sealed class UnitTarget
{
    private readonly Func<EmulatedUnit, bool> _match;

    private UnitTarget(Func<EmulatedUnit, bool> match) => _match = match;

    public bool Matches(EmulatedUnit unit) => _match(unit);

    /// <summary>v2 targets: <c>communityUserId</c> | <c>communityUserIds[]</c> | <c>roblox</c> | <c>discord</c> | <c>accountUuid</c> | <c>identIds[]</c>.</summary>
    public static (UnitTarget? Target, string? Error) ParseV2(JsonObject body)
    {
        var matchers = new List<Func<EmulatedUnit, bool>>();
        if (body.ContainsKey("communityUserId"))
        {
            if (!body.TryString("communityUserId", out var id)) return (null, "communityUserId must be a string.");
            matchers.Add(u => u.CommunityUserId == id);
        }

        if (body.ContainsKey("communityUserIds"))
        {
            if (!body.TryStringArray("communityUserIds", out var ids)) return (null, "communityUserIds must be an array of strings.");
            matchers.Add(u => ids.Contains(u.CommunityUserId));
        }

        if (body.ContainsKey("roblox"))
        {
            if (body["roblox"].Kind() is not (JsonValueKind.Number or JsonValueKind.String)) return (null, "roblox must be a number.");
            matchers.Add(_ => false);
        }

        if (body.ContainsKey("discord"))
        {
            if (!body.TryString("discord", out _)) return (null, "discord must be a string.");
            matchers.Add(_ => false);
        }

        var (account, accountError) = ParseAccount(body, "accountUuid");
        if (accountError is not null) return (null, accountError);
        if (account is { } uuid) matchers.Add(u => u.AccountUuid == uuid);

        if (body.ContainsKey("identIds"))
        {
            if (!body.TryIntArray("identIds", out var idents)) return (null, "identIds must be an array of integers.");
            matchers.Add(u => idents.Contains(u.Id));
        }

        if (matchers.Count == 0)
        {
            return (null, "Provide a target: communityUserId, communityUserIds, roblox, discord, accountUuid or identIds.");
        }

        return (new UnitTarget(u => matchers.Any(m => m(u))), null);
    }

    /// <summary>v1 targets: <c>apiId</c> | <c>account</c> (UUID) | <c>identIds[]</c>.</summary>
    public static (UnitTarget? Target, string? Error) ParseV1(JsonObject item)
    {
        if (item.ContainsKey("apiId"))
        {
            if (!item.TryString("apiId", out var apiId)) return (null, "apiId must be a string");
            return (new UnitTarget(u => u.AnswersTo(apiId)), null);
        }

        var (account, accountError) = ParseAccount(item, "account");
        if (accountError is not null) return (null, accountError);
        if (account is { } uuid) return (new UnitTarget(u => u.AccountUuid == uuid), null);

        if (item.ContainsKey("identIds"))
        {
            if (!item.TryIntArray("identIds", out var idents)) return (null, "identIds must be an array of integers");
            return (new UnitTarget(u => idents.Contains(u.Id)), null);
        }

        return (null, "provide apiId, account or identIds");
    }

    private static (Guid? Uuid, string? Error) ParseAccount(JsonObject body, string name)
    {
        if (!body.ContainsKey(name)) return (null, null);
        if (!body.TryString(name, out var text) || !Guid.TryParse(text, out var uuid)) return (null, $"{name} must be a UUID string.");
        return (uuid, null);
    }
}
