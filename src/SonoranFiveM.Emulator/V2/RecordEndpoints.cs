namespace SonoranFiveM.Emulator.V2;

/// <summary>v2 record routes: create and delete. <c>deleteAfterMinutes</c> is honoured although v2 does not document it for records.</summary>
internal sealed class RecordEndpoints(EmulatorContext ctx) : V2Handler(ctx)
{
    public override void Map(IEndpointRouteBuilder v2)
    {
        v2.Map("POST", "/general/records", Cad(EndpointNames.CreateRecord), CreateAsync);
        v2.Map("DELETE", "/general/records/{recordId}", Cad(EndpointNames.DeleteRecord), DeleteAsync);
    }

    private Task<IResult> CreateAsync(HttpContext http) => WithInputAsync(http, RecordInput.ParseV2, input =>
        Results.Json(Views.Record(Ctx.State.AddRecord(input.RecordTypeId, input.Owner, input.ReplaceValues, input.RawRecord?.ToJsonString(),
            input.DeleteAfterMinutes, EmulatorApi.CadV2))));

    private Task<IResult> DeleteAsync(HttpContext http)
    {
        var (recordId, error) = RouteInt(http, "recordId");
        if (recordId is null) return Task.FromResult(error!);
        if (!Ctx.State.RemoveRecord(recordId.Value))
        {
            return Task.FromResult(Responses.Problem(http, 404, $"Record {recordId} was not found."));
        }

        return Task.FromResult(Results.Json(new JsonObject { ["recordId"] = recordId }));
    }
}
