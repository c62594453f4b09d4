using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SonoranFiveM.IntegrationTests.Emulator;

/// <summary>An emulator on 127.0.0.1:0 driven by a fake clock, with clients for v2 (Bearer), v1 and the mirrors.</summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public const string ApiKey = "test-key-123";
    public const string CommunityId = "test-community";

    private EmulatorHarness(CadEmulator emulator, FakeTimeProvider time)
    {
        Emulator = emulator;
        Time = time;
        Http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl) };
    }

    public CadEmulator Emulator { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorHarness> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var options = new EmulatorOptions { ApiKey = ApiKey, CommunityId = CommunityId, TimeProvider = time };
        configure?.Invoke(options);
        return new EmulatorHarness(await CadEmulator.StartAsync(options), time);
    }

    public Task<HttpResponseMessage> V2Async(string method, string path, object? body = null, string? authorization = "Bearer " + ApiKey)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null) request.Content = Json(body);
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> V1Async(string route, string type, JsonNode? data, string? key = ApiKey, string? id = CommunityId)
    {
        var envelope = new JsonObject { ["id"] = id, ["key"] = key, ["type"] = type, ["data"] = data };
        return Http.PostAsync(route, new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    public Task<HttpResponseMessage> SendAsync(string method, string path, string? authorization, object? body = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        if (body is not null) request.Content = Json(body);
        return Http.SendAsync(request);
    }

    public static StringContent Json(object body) =>
        new(body switch { string raw => raw, JsonNode node => node.ToJsonString(), _ => JsonSerializer.Serialize(body) }, Encoding.UTF8, "application/json");

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("JSON null");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
