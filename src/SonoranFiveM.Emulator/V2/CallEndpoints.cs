namespace SonoranFiveM.Emulator.V2;

/// <summary>v2 911 routes: create and remove.</summary>
internal sealed class CallEndpoints(EmulatorContext ctx) : V2Handler(ctx)
{
    public override void Map(IEndpointRouteBuilder v2)
    {
        v2.Map("POST", "/emergency/servers/{serverId}/calls/911", Cad(EndpointNames.Create911Call), CreateAsync);
        v2.Map("DELETE", "/emergency/servers/{serverId}/calls/911/{callId}", Cad(EndpointNames.Remove911Call), RemoveAsync);
    }

    private Task<IResult> CreateAsync(HttpContext http) => WithInputAsync(http, body => CallInput.Parse(body, stringMetaDataOnly: true), input =>
        Results.Json(Views.Call(Ctx.State.AddCall(V2Route.ServerId(http), input.IsEmergency, input.Caller, input.Location,
            input.Description, input.MetaData, input.DeleteAfterMinutes, EmulatorApi.CadV2))));

    private Task<IResult> RemoveAsync(HttpContext http)
    {
        var serverId = V2Route.ServerId(http);
        var (callId, error) = RouteInt(http, "callId");
        if (callId is null) return Task.FromResult(error!);
        if (!Ctx.State.RemoveCall(serverId, callId.Value))
        {
            return Task.FromResult(Responses.Problem(http, 404, $"911 call {callId} was not found on server {serverId}."));
        }

        return Task.FromResult(Results.Json(new JsonObject { ["callId"] = callId, ["serverId"] = serverId }));
    }
}
