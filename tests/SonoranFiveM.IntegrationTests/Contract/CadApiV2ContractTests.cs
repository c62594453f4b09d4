using System.Threading;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;

namespace SonoranFiveM.IntegrationTests.Contract;

/// <summary>
/// Every request <c>CadApiV2</c> can build, captured at the transport and checked against the vendored Sonoran v2
/// OpenAPI document: path template, method, required path and query parameters, required body, Bearer header.
/// </summary>
public sealed class CadApiV2ContractTests
{
    private const string Key = "contract-key-55";
    private static readonly OpenApiContract Seed = OpenApiContract.LoadSonoranSeed();

    /// <summary>Operation name (an <see cref="ICadApi"/> method), the call that makes it, and the document's operationId.</summary>
    public static IEnumerable<object[]> Operations()
    {
        yield return Op(nameof(ICadApi.UpdateUnitLocationsAsync), "updateUnitLocations",
            c => c.UpdateUnitLocationsAsync(new[] { new UnitLocation("license:abc", "Alta St", 1, 2, 3, 90, "POLICE") }));
        yield return Op(nameof(ICadApi.SendHeartbeatAsync), "heartbeat", c => c.SendHeartbeatAsync(12));
        yield return Op(nameof(ICadApi.Create911CallAsync), "create911Call",
            c => c.Create911CallAsync(new EmergencyCall(true, "Jane", "Alta St", "Shots", 30, new Dictionary<string, string> { ["x"] = "1" })));
        yield return Op(nameof(ICadApi.Remove911CallAsync), "remove911Call", c => c.Remove911CallAsync(302));
        yield return Op(nameof(ICadApi.SetUnitPanicAsync), "setUnitPanic", c => c.SetUnitPanicAsync("license:abc", true));
        yield return Op(nameof(ICadApi.SetUnitStatusAsync), "setUnitStatus", c => c.SetUnitStatusAsync("license:abc", 3));
        yield return Op(nameof(ICadApi.CreateRecordsAsync), "createRecord",
            c => c.CreateRecordsAsync(new[] { RecordRequest.FromTemplate("license:abc", 7, new Dictionary<string, string> { ["plate"] = "A1" }, null) }));
        yield return Op(nameof(ICadApi.DeleteRecordAsync), "deleteRecord", c => c.DeleteRecordAsync("451"));
        yield return Op(nameof(ICadApi.GetActiveUnitsAsync), "getActiveUnits", c => c.GetActiveUnitsAsync(25, 50));
        yield return Op(nameof(ICadApi.GetVersionAsync), "getVersion", c => c.GetVersionAsync());
        yield return Op(nameof(ICadApi.CreateLinkAsync), "createCommunityLink", c => c.CreateLinkAsync("abc123"));
        yield return Op(nameof(ICadApi.CheckLinkAsync), "checkCommunityLink", c => c.CheckLinkAsync("abc123"));
    }

    private static object[] Op(string method, string operationId, Func<ICadApi, Task> call) => new object[] { method, operationId, call };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_operation_sends_one_request_the_document_accepts(string method, string operationId, Func<ICadApi, Task> call)
    {
        var transport = new Recorder();
        var cad = Create(transport, serverId: 3);

        await call(cad);

        var request = Assert.Single(transport.Requests);
        var result = Seed.Check(ContractRequest.Create(request.Method, request.Url, request.Headers, hasBody: request.Body is not null));
        Assert.True(result.IsValid, $"{method}: {result}");
        Assert.Equal(operationId, result.OperationId);
        Assert.Equal("Bearer " + Key, request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        if (request.Body is not null)
        {
            Assert.Equal("application/json", request.Headers["Content-Type"]);
            Assert.IsType<JObject>(JToken.Parse(request.Body.ToText()));
        }

        if (result.PathTemplate!.Contains("{serverId}")) Assert.Contains("/servers/3/", request.Url);
    }

    [Fact]
    public void Every_ICadApi_operation_is_checked()
    {
        var checkedMethods = Operations().Select(o => (string)o[0]).ToHashSet();
        var apiMethods = typeof(ICadApi).GetMethods().Where(m => !m.IsSpecialName).Select(m => m.Name).ToHashSet();

        Assert.Equal(apiMethods.OrderBy(n => n), checkedMethods.OrderBy(n => n));
    }

    [Fact]
    public async Task Active_units_send_all_four_query_parameters_the_document_requires_with_the_callers_paging()
    {
        var transport = new Recorder();

        await Create(transport, serverId: 1).GetActiveUnitsAsync(limit: 25, offset: 50);

        var url = new Uri(Assert.Single(transport.Requests).Url);
        var query = url.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(new[] { "includeOffline", "limit", "offset", "onlyUnits" }, query.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("25", query["limit"]);
        Assert.Equal("50", query["offset"]);
        var required = Seed.Document.Paths["/v2/emergency/servers/{serverId}/units"].Operations.Values.Single()
            .Parameters.Where(p => p.In == Microsoft.OpenApi.Models.ParameterLocation.Query && p.Required).Select(p => p.Name);
        Assert.Equal(required.OrderBy(n => n, StringComparer.Ordinal), query.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_record_id_with_reserved_characters_stays_one_path_segment()
    {
        var transport = new Recorder();

        await Create(transport, serverId: 1).DeleteRecordAsync("a/b?c");

        var request = Assert.Single(transport.Requests);
        Assert.EndsWith("/v2/general/records/a%2Fb%3Fc", request.Url);
    }

    private static ICadApi Create(IHttpTransport transport, int serverId) =>
        new CadApiFactory(transport, new FakeTimeProvider()).Create(new CadClientOptions
        {
            ApiVersion = "v2",
            BaseUrl = "https://api.sonorancad.com",
            ApiKey = Key,
            ServerId = serverId,
        });

    /// <summary>Records what the client would send and answers each request the way the CAD documents it.</summary>
    private sealed class Recorder : IHttpTransport
    {
        private readonly List<HttpRequest> _requests = new();

        public IReadOnlyList<HttpRequest> Requests => _requests;

        public Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
        {
            _requests.Add(request.Copy()); // the sent body goes back to its pool after the send
            var body = request.Url.Contains("/units?", StringComparison.Ordinal) ? "[]"
                : request.Url.EndsWith("/version", StringComparison.Ordinal) ? "{\"version\":3,\"name\":\"PLUS\"}"
                : "{}";
            return Task.FromResult(new HttpResponse(200, body));
        }
    }
}
