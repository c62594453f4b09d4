namespace SonoranFiveM.Emulator.V2;

/// <summary>v2 record routes: create and delete. <c>deleteAfterMinutes</c> is honoured although v2 does not document it for records.</summary>
internal sealed class RecordEndpoints : V2Handler
{
    public RecordEndpoints(EmulatorContext ctx) : base(ctx) { }

    public void Map(IEndpointRouteBuilder v2)
    {
        v2.Map("POST", "/general/records", Cad(EndpointNames.CreateRecord), CreateAsync);
        v2.Map("DELETE", "/general/records/{recordId}", Cad(EndpointNames.DeleteRecord), DeleteAsync);
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        var (body, error) = await ReadObjectAsync(http);
        if (body is null) return error!;
        var (input, inputError) = RecordInput.ParseV2(body);
        if (input is null) return Bad(http, inputError!);

        var record = Ctx.State.AddRecord(input.RecordTypeId, input.Owner, input.ReplaceValues, input.RawRecord?.ToJsonString(),
            input.DeleteAfterMinutes, EmulatorApi.CadV2);
        return Results.Json(Views.Record(record));
    }

    private Task<IResult> DeleteAsync(HttpContext http)
    {
        var raw = (string?)http.Request.RouteValues["recordId"];
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var recordId))
        {
            return Task.FromResult(Bad(http, $"recordId '{raw}' is not an integer."));
        }

        if (!Ctx.State.RemoveRecord(recordId))
        {
            return Task.FromResult(Responses.Problem(http, 404, $"Record {recordId} was not found."));
        }

        return Task.FromResult(Results.Json(new JsonObject { ["recordId"] = recordId }));
    }
}
