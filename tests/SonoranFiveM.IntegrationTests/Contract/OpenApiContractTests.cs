using System.Text;
using SonoranFiveM.IntegrationTests.Emulator;

namespace SonoranFiveM.IntegrationTests.Contract;

public sealed class OpenApiContractTests
{
    private static readonly OpenApiContract Seed = OpenApiContract.LoadSonoranSeed();
    private static readonly Dictionary<string, string> Bearer = new() { ["Authorization"] = "Bearer some-key", ["Accept"] = "application/json" };

    [Fact]
    public void The_vendored_seed_loads_with_its_operations()
    {
        Assert.Equal("Sonoran CAD v2 API", Seed.Document.Info.Title);
        var operationIds = Seed.Document.Paths.Values.SelectMany(p => p.Operations.Values).Select(o => o.OperationId).ToHashSet();
        Assert.Equal(69, operationIds.Count);
        Assert.Contains("create911Call", operationIds);
        Assert.Contains("updateUnitLocations", operationIds);
    }

    [Theory]
    [InlineData("PATCH", "https://api.sonorancad.com/v2/emergency/servers/1/unit-locations", "updateUnitLocations")]
    [InlineData("POST", "/v2/general/servers/1/heartbeat", "heartbeat")]
    [InlineData("POST", "/v2/emergency/servers/1/calls/911", "create911Call")]
    [InlineData("DELETE", "/v2/emergency/servers/1/calls/911/302", "remove911Call")]
    [InlineData("PATCH", "/v2/emergency/servers/1/units/panic", "setUnitPanic")]
    [InlineData("PATCH", "/v2/emergency/servers/1/units/status", "setUnitStatus")]
    [InlineData("POST", "/v2/general/records", "createRecord")]
    [InlineData("DELETE", "/v2/general/records/451", "deleteRecord")]
    [InlineData("GET", "/v2/emergency/servers/1/units?includeOffline=false&onlyUnits=true&limit=100&offset=0", "getActiveUnits")]
    [InlineData("GET", "/v2/general/version", "getVersion")]
    public void Well_formed_requests_pass_and_name_their_operation(string method, string url, string operationId)
    {
        var result = Seed.Check(ContractRequest.Create(method, url, Bearer, hasBody: method is "POST" or "PATCH"));
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(operationId, result.OperationId);
    }

    [Fact]
    public void Literal_segments_win_over_parameters()
    {
        var result = Seed.Check(ContractRequest.Create("DELETE", "/v2/emergency/servers/1/dispatch-calls/attachments", Bearer, hasBody: true));
        Assert.Equal("/v2/emergency/servers/{serverId}/dispatch-calls/attachments", result.PathTemplate);
    }

    [Fact]
    public void Unknown_path_fails()
    {
        var result = Seed.Check(ContractRequest.Create("POST", "/v2/emergency/servers/1/calls/912", Bearer));
        Assert.False(result.IsValid);
        Assert.Contains("No path", result.Violations.Single());
    }

    [Fact]
    public void Wrong_method_fails_and_lists_the_defined_ones()
    {
        var result = Seed.Check(ContractRequest.Create("POST", "/v2/emergency/servers/1/unit-locations", Bearer));
        Assert.False(result.IsValid);
        Assert.Contains("PATCH", result.Violations.Single());
    }

    [Fact]
    public void Missing_required_query_parameters_fail_by_name()
    {
        var result = Seed.Check(ContractRequest.Create("GET", "/v2/emergency/servers/1/units?limit=100", Bearer));
        Assert.False(result.IsValid);
        Assert.Equal(3, result.Violations.Count);
        Assert.Contains(result.Violations, v => v.Contains("includeOffline"));
        Assert.Contains(result.Violations, v => v.Contains("onlyUnits"));
        Assert.Contains(result.Violations, v => v.Contains("offset"));
    }

    [Fact]
    public void Non_integer_path_parameter_fails()
    {
        var result = Seed.Check(ContractRequest.Create("DELETE", "/v2/emergency/servers/one/calls/911/302", Bearer));
        Assert.False(result.IsValid);
        Assert.Contains("serverId", result.Violations.Single());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic abc")]
    [InlineData("Bearer ")]
    public void Missing_or_non_bearer_authorization_fails(string? authorization)
    {
        var headers = new Dictionary<string, string>();
        if (authorization is not null) headers["Authorization"] = authorization;
        var result = Seed.Check(ContractRequest.Create("GET", "/v2/general/version", headers));
        Assert.False(result.IsValid);
        Assert.Contains("Authorization", result.Violations.Single());
    }

    [Fact]
    public void Missing_required_body_fails_when_the_caller_says_there_is_none()
    {
        var result = Seed.Check(ContractRequest.Create("POST", "/v2/emergency/servers/1/calls/911", Bearer, hasBody: false));
        Assert.False(result.IsValid);
        Assert.Contains("body", result.Violations.Single());
    }

    [Fact]
    public async Task Requests_recorded_by_the_emulator_can_be_checked()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.V2Async("POST", "/v2/emergency/servers/1/calls/911", new { isEmergency = true, caller = "a", location = "b", description = "c" });
        await h.V2Async("GET", "/v2/emergency/servers/1/units");

        var results = h.Emulator.Requests.Entries
            .Select(e => Seed.Check(ContractRequest.Create(e.Method, e.Path + e.Query,
                e.Headers.ToDictionary(kv => kv.Key, kv => kv.Value.Replace("***", "redacted")), e.Body.Length > 0)))
            .ToArray();

        Assert.True(results[0].IsValid, results[0].ToString());
        Assert.False(results[1].IsValid);
    }

    [Fact]
    public void Null_security_scopes_are_normalized_and_the_seed_still_demands_bearer()
    {
        const string yaml = "paths:\n  /a:\n    get:\n      security:\n      - bearerAuth: null\n      tags:\n      - x: null\n";
        var normalized = OpenApiContract.NormalizeNullSecurityScopes(yaml);
        Assert.Contains("- bearerAuth: []", normalized);
        Assert.Contains("- x: null", normalized);
        var create911 = Seed.Document.Paths["/v2/emergency/servers/{serverId}/calls/911"].Operations[Microsoft.OpenApi.Models.OperationType.Post];
        Assert.Equal("bearer", Assert.Single(create911.Security.Single().Keys).Scheme);
    }

    [Fact]
    public void Any_document_can_be_loaded_from_a_stream()
    {
        const string yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /things/{id}:\n    get:\n      operationId: getThing\n      parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n      responses: {'200': {description: ok}}\n";
        var contract = OpenApiContract.Load(new MemoryStream(Encoding.UTF8.GetBytes(yaml)));
        Assert.True(contract.Check(ContractRequest.Create("GET", "/things/abc")).IsValid);
        Assert.False(contract.Check(ContractRequest.Create("GET", "/things")).IsValid);
    }
}
