namespace SonoranFiveM.Emulator.V2;

/// <summary>v2 911 routes: create and remove.</summary>
internal sealed class CallEndpoints : V2Handler
{
    public CallEndpoints(EmulatorContext ctx) : base(ctx) { }

    public void Map(IEndpointRouteBuilder v2)
    {
        v2.Map("POST", "/emergency/servers/{serverId}/calls/911", Cad(EndpointNames.Create911Call), CreateAsync);
        v2.Map("DELETE", "/emergency/servers/{serverId}/calls/911/{callId}", Cad(EndpointNames.Remove911Call), RemoveAsync);
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        var (body, error) = await ReadObjectAsync(http);
        if (body is null) return error!;
        var (input, inputError) = CallInput.Parse(body, stringMetaDataOnly: true);
        if (input is null) return Bad(http, inputError!);

        var call = Ctx.State.AddCall(V2Route.ServerId(http), input.IsEmergency, input.Caller, input.Location, input.Description,
            input.MetaData, input.DeleteAfterMinutes, EmulatorApi.CadV2);
        return Results.Json(Views.Call(call));
    }

    private Task<IResult> RemoveAsync(HttpContext http)
    {
        var serverId = V2Route.ServerId(http);
        var raw = (string?)http.Request.RouteValues["callId"];
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var callId))
        {
            return Task.FromResult(Bad(http, $"callId '{raw}' is not an integer."));
        }

        if (!Ctx.State.RemoveCall(serverId, callId))
        {
            return Task.FromResult(Responses.Problem(http, 404, $"911 call {callId} was not found on server {serverId}."));
        }

        return Task.FromResult(Results.Json(new JsonObject { ["callId"] = callId, ["serverId"] = serverId }));
    }
}
