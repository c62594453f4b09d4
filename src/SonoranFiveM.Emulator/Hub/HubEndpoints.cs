namespace SonoranFiveM.Emulator.Hub;

/// <summary>
/// <c>/apiWsHub</c> (SignalR) plus its control routes:
/// <list type="bullet">
/// <item><c>POST /_emulator/hub/faults</c> <c>{refuseAuth?: "reason"|null, delayMs?: n, down?: bool, drop?: true}</c>;</item>
/// <item><c>POST /_emulator/cad</c> <c>{action: login|logout|status|panic|attach|linkVerified, communityUserId, status?, isPanic?,
/// callId?, title?, postal?, address?, description?, units?: [communityUserId…]}</c>, a change made in the CAD's UI
/// (state changes, and a push event goes out; see <see cref="CadSide"/>).</item>
/// </list>
/// </summary>
internal static class HubEndpoints
{
    public static bool IsHub(HttpContext http) => http.Request.Path.StartsWithSegments(ApiHub.Path);

    /// <summary>While the hub is down every hub request (negotiate, WebSocket, polling) gets 503.</summary>
    public static async Task GateAsync(HttpContext http, HubSessions sessions, Func<Task> next)
    {
        if (IsHub(http) && sessions.Faults.Down)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        await next();
    }

    public static void Map(WebApplication app, HubSessions sessions, CadSide cad)
    {
        app.MapHub<ApiHub>(ApiHub.Path);
        app.MapPost("/_emulator/hub/faults", async (HttpContext http) =>
        {
            var body = await ReadAsync(http);
            if (body is null) return Results.BadRequest(new { error = "body must be a JSON object" });
            if (body.ContainsKey("refuseAuth")) sessions.Faults.RefuseAuth = body.TryString("refuseAuth", out var reason) ? reason : null;
            if (body.TryGetPropertyValue("delayMs", out var delay) && delay.TryDouble(out var ms)) sessions.Faults.Delay = TimeSpan.FromMilliseconds(ms);
            if (body.TryBool("down", out var down)) sessions.SetDown(down);
            if (body.TryBool("drop", out var drop) && drop) sessions.DropAll();
            return Results.Json(new { faults = sessions.Faults.ToString(), open = sessions.OpenCount, authenticated = sessions.AuthenticatedCount });
        });
        app.MapPost("/_emulator/cad", async (HttpContext http) =>
        {
            var body = await ReadAsync(http);
            if (body is null || !body.TryString("action", out var action)) return Results.BadRequest(new { error = "action is required" });
            body.TryString("communityUserId", out var id);
            try
            {
                switch (action)
                {
                    case "login": await cad.LoginUnitAsync(id); break;
                    case "logout": await cad.LogoutUnitAsync(id); break;
                    case "status":
                        if (!body.TryGetPropertyValue("status", out var s) || !s.TryDouble(out var status)) return Results.BadRequest(new { error = "status is required" });
                        await cad.SetStatusAsync(id, (int)status);
                        break;
                    case "panic": await cad.SetPanicAsync(id, body.TryBool("isPanic", out var p) && p); break;
                    case "linkVerified": await cad.LinkVerifiedAsync(id); break;
                    case "attach":
                        body.TryString("title", out var title);
                        body.TryString("postal", out var postal);
                        body.TryString("address", out var address);
                        body.TryString("description", out var description);
                        var callId = body.TryGetPropertyValue("callId", out var c) && c.TryDouble(out var n) ? (int)n : 1;
                        var units = (body["units"] as JsonArray)?.Select(u => u?.GetValue<string>() ?? "").ToArray() ?? new[] { id };
                        await cad.AttachUnitsAsync(callId, title, postal, address, description, units);
                        break;
                    default: return Results.BadRequest(new { error = "unknown action " + action });
                }
            }
            catch (ArgumentException e)
            {
                return Results.BadRequest(new { error = e.Message });
            }

            return Results.Json(new { ok = true });
        });
    }

    private static async Task<JsonObject?> ReadAsync(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
