using System.Net.Http;
using SonoranFiveM.Emulator.Logging;

namespace SonoranFiveM.IntegrationTests.Cad;

/// <summary>
/// The real CAD client (<see cref="CadApiFactory"/> over <see cref="HttpClientTransport"/> and a real
/// <see cref="HttpClient"/>) against an emulator on 127.0.0.1:0. One <see cref="FakeTimeProvider"/> drives both:
/// emulator rate-limit windows and expiry, and the client's timeouts, retry delays and circuit breaker.
/// </summary>
internal sealed class CadClientHarness : IAsyncDisposable
{
    public const string ApiKey = "integration-key-7f3a9c";
    public const string CommunityId = "integration-community";
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private CadClientHarness(CadEmulator emulator, FakeTimeProvider time)
    {
        Emulator = emulator;
        Time = time;
        Http = new HttpClient();
        Transport = new TrackingTransport(new HttpClientTransport(Http, time));
        Log = new RecordingLog();
        Factory = new CadApiFactory(Transport, time, Log);
    }

    public CadEmulator Emulator { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    /// <summary>Every attempt the clients of this harness made.</summary>
    public TrackingTransport Transport { get; }

    public CadApiFactory Factory { get; }

    /// <summary>What the clients logged (breaker changes, failures).</summary>
    public RecordingLog Log { get; }

    public static async Task<CadClientHarness> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new EmulatorOptions { Port = 0, ApiKey = ApiKey, CommunityId = CommunityId, TimeProvider = time };
        configure?.Invoke(options);
        return new CadClientHarness(await CadEmulator.StartAsync(options), time);
    }

    /// <summary>A client for "v1" or "v2" pointed at the emulator, with the production defaults unless changed.</summary>
    public ICadApi Client(string version, Action<CadClientOptions>? configure = null)
    {
        var options = new CadClientOptions
        {
            ApiVersion = version,
            BaseUrl = Emulator.BaseUrl,
            ApiKey = ApiKey,
            CommunityId = CommunityId,
            ServerId = 1,
        };
        configure?.Invoke(options);
        return Factory.Create(options);
    }

    /// <summary>The emulator's log for one endpoint, once every request it received has been answered or aborted.</summary>
    public async Task<IReadOnlyList<RequestLogEntry>> SettledRequestsAsync(string endpoint)
    {
        await Emulator.Requests.WaitForInFlightAsync(n => n == 0).WaitAsync(TimeSpan.FromSeconds(10));
        return Emulator.Requests.For(endpoint);
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Http.Dispose();
    }
}
