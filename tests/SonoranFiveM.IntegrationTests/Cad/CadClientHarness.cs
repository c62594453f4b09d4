using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Http;
using SonoranFiveM.Emulator;
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

    private CadClientHarness(CadEmulator emulator, ObservedClock time)
    {
        Emulator = emulator;
        Time = time;
        Http = new HttpClient();
        Transport = new TrackingTransport(new HttpClientTransport(Http, time), () => time.TimersCreated);
        Log = new RecordingLog();
        Factory = new CadApiFactory(Transport, time, randomizer: () => 0.5, log: Log);
    }

    public CadEmulator Emulator { get; }

    public ObservedClock Time { get; }

    public HttpClient Http { get; }

    /// <summary>Every attempt the clients of this harness made.</summary>
    public TrackingTransport Transport { get; }

    public CadApiFactory Factory { get; }

    /// <summary>What the clients logged (retries, breaker changes, failures).</summary>
    public RecordingLog Log { get; }

    public static async Task<CadClientHarness> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var time = new ObservedClock(Start);
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

    /// <summary>
    /// Completes a call whose retries wait on the fake clock, without sleeping and without advancing into an attempt:
    /// once an attempt has ended, the client has announced a retry and armed its delay timer, the clock moves by
    /// exactly that delay, then the next attempt (or the result) is awaited. Returns the result and how far the clock
    /// moved. The awaits are released by the client; the 30 s guard only turns a bug into a failure instead of a hang.
    /// </summary>
    public async Task<(T Result, TimeSpan Advanced)> DriveAsync<T>(Task<T> call, int maxRetries = 10)
    {
        var guard = TimeSpan.FromSeconds(30);
        var before = Time.GetUtcNow();
        var attempts0 = Transport.Attempts;
        var retries0 = Log.RetriesAnnounced;
        for (var i = 0; i <= maxRetries && !call.IsCompleted; i++)
        {
            await Task.WhenAny(call, Transport.WhenIdleAsync()).WaitAsync(guard);
            if (call.IsCompleted) break;
            var attempts = Transport.Attempts;
            var timersAtEnd = Transport.TimersAtLastEnd;
            await Task.WhenAny(call, Log.WhenRetriesAtLeastAsync(retries0 + attempts - attempts0)).WaitAsync(guard);
            if (call.IsCompleted) break;
            var next = Transport.WhenAttemptsAtLeastAsync(attempts + 1);
            await Task.WhenAny(call, next, Time.WhenTimersCreatedAsync(timersAtEnd + 1)).WaitAsync(guard);
            if (call.IsCompleted) break;
            if (!next.IsCompleted) Time.Advance(Log.LastRetryDelay + TimeSpan.FromMilliseconds(1));
            await Task.WhenAny(call, next).WaitAsync(guard);
        }

        Assert.True(call.IsCompleted, $"The call did not complete within {maxRetries} retries.");
        return (await call, Time.GetUtcNow() - before);
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Http.Dispose();
    }
}
