using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SonoranFiveM.Emulator.Hosting;
using SonoranFiveM.Emulator.Http;
using SonoranFiveM.Emulator.Hub;

namespace SonoranFiveM.Emulator.V2;

/// <summary>
/// Account linking (v2 OpenAPI <c>createCommunityLink</c>, <c>checkCommunityLink</c>; 30/min each, Bearer auth and
/// problem+json through <see cref="V2Gateway"/>). v1 documents no link API, so there is none here.
/// <list type="bullet">
/// <item><c>POST /v2/general/links</c> <c>{communityUserId}</c> → <c>{code, communityUserId, communityUuid, expiresAt,
/// expiresInSeconds: 600}</c>: a 4-character code; a new one replaces the user's earlier pending code.</item>
/// <item><c>POST /v2/general/links/check</c> <c>{communityUserId}</c> → <c>{communityUserId, linked, accountUuid}</c>
/// (<c>accountUuid</c> null while not linked).</item>
/// <item><c>POST /_emulator/links/verify</c> <c>{code}</c>: what the website does when the player signs in with the code:
/// the user becomes linked and <c>EVENT_COMMUNITY_LINK_VERIFIED</c> <c>{communityUserId}</c> goes to the hub sessions.
/// 404 for an unknown or expired code.</item>
/// <item><c>POST /_emulator/links/nextCode</c> <c>{code}</c>: the next create answers this code as is (a hostile reply).</item>
/// <item><c>GET /_emulator/links</c>: pending codes and linked users.</item>
/// </list>
/// </summary>
internal sealed class LinkEndpoints : V2Handler
{
    public const string CreateName = "createCommunityLink";
    public const string CheckName = "checkCommunityLink";
    public const int CodeLifetimeSeconds = 600;
    private const int MaxCommunityUserIdLength = 255;
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly CadSide _cad;
    private readonly object _gate = new();
    private readonly Dictionary<string, (string CommunityUserId, DateTimeOffset ExpiresAt)> _pending = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _linked = new(StringComparer.Ordinal);
    private readonly Guid _communityUuid;
    private string? _nextCode;

    public LinkEndpoints(EmulatorContext ctx, CadSide cad) : base(ctx)
    {
        _cad = cad;
        _communityUuid = NewGuid();
    }

    public override void Map(IEndpointRouteBuilder v2)
    {
        v2.Map("POST", "/general/links", Cad(CreateName), CreateAsync);
        v2.Map("POST", "/general/links/check", Cad(CheckName), CheckAsync);
    }

    /// <summary>The <c>/_emulator/links</c> control routes, outside the v2 group.</summary>
    public void MapControl(IEndpointRouteBuilder app)
    {
        app.Map("POST", "/_emulator/links/verify", Control("emulator.links.verify"), VerifyAsync);
        app.Map("POST", "/_emulator/links/nextCode", Control("emulator.links.nextCode"), NextCodeAsync);
        app.Map("GET", "/_emulator/links", Control("emulator.links"), ListAsync);
    }

    private Task<IResult> CreateAsync(HttpContext http) => WithInputAsync(http, CommunityUserId, id =>
    {
        var now = Ctx.Time.GetUtcNow();
        var expiresAt = now.AddSeconds(CodeLifetimeSeconds);
        string code;
        lock (_gate)
        {
            foreach (var old in _pending.Where(p => p.Value.CommunityUserId == id || p.Value.ExpiresAt <= now).Select(p => p.Key).ToList()) _pending.Remove(old);
            code = _nextCode ?? NewCode();
            _nextCode = null;
            _pending[code] = (id, expiresAt);
        }

        return Results.Json(new JsonObject
        {
            ["code"] = code,
            ["communityUserId"] = id,
            ["communityUuid"] = _communityUuid.ToString(),
            ["expiresAt"] = expiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["expiresInSeconds"] = CodeLifetimeSeconds,
        });
    });

    private Task<IResult> CheckAsync(HttpContext http) => WithInputAsync(http, CommunityUserId, id =>
    {
        string? account;
        lock (_gate) _linked.TryGetValue(id, out account);
        return Results.Json(new JsonObject { ["communityUserId"] = id, ["linked"] = account != null, ["accountUuid"] = account });
    });

    private async Task<IResult> VerifyAsync(HttpContext http)
    {
        var (node, _) = await JsonBody.ReadAsync(http);
        if (node is not JsonObject body || !body.TryString("code", out var code)) return Results.BadRequest(new { error = "code is required" });
        var now = Ctx.Time.GetUtcNow();
        string id, account;
        lock (_gate)
        {
            if (!_pending.TryGetValue(code, out var pending) || pending.ExpiresAt <= now)
            {
                return Results.NotFound(new { error = "no pending link with code " + code });
            }

            _pending.Remove(code);
            id = pending.CommunityUserId;
            account = NewGuid().ToString();
            _linked[id] = account;
        }

        await _cad.LinkVerifiedAsync(id);
        return Results.Json(new { communityUserId = id, accountUuid = account });
    }

    private async Task<IResult> NextCodeAsync(HttpContext http)
    {
        var (node, _) = await JsonBody.ReadAsync(http);
        if (node is not JsonObject body || !body.TryString("code", out var code)) return Results.BadRequest(new { error = "code is required" });
        lock (_gate) _nextCode = code;
        return Results.Json(new { ok = true });
    }

    private Task<IResult> ListAsync(HttpContext http)
    {
        lock (_gate)
        {
            return Task.FromResult(Results.Json(new
            {
                pending = _pending.Select(p => new { code = p.Key, communityUserId = p.Value.CommunityUserId, expiresAt = p.Value.ExpiresAt.ToString("O", CultureInfo.InvariantCulture) }).ToList(),
                linked = _linked.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList(),
            }));
        }
    }

    /// <summary>The documented body: <c>communityUserId</c>, a non-empty string of at most 255 characters.</summary>
    private static (string? Id, string? Error) CommunityUserId(JsonObject body) =>
        body.TryString("communityUserId", out var id) && !string.IsNullOrWhiteSpace(id) && id.Length <= MaxCommunityUserIdLength
            ? (id, null)
            : (null, "communityUserId is required: a string of 1 to 255 characters.");

    private string NewCode()
    {
        Span<char> code = stackalloc char[4];
        do
        {
            for (var i = 0; i < code.Length; i++) code[i] = CodeAlphabet[Ctx.NextInt(CodeAlphabet.Length)];
        }
        while (_pending.ContainsKey(new string(code)));

        return new string(code);
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Ctx.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static EmulatedEndpoint Control(string name) => new(name, EmulatorApi.Inspection);
}
