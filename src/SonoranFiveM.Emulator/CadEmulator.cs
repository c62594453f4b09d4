using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SonoranFiveM.Emulator.Faults;
using SonoranFiveM.Emulator.Hub;
using SonoranFiveM.Emulator.Inspection;
using SonoranFiveM.Emulator.Logging;
using SonoranFiveM.Emulator.Mirrors;
using SonoranFiveM.Emulator.V1;
using SonoranFiveM.Emulator.V2;

namespace SonoranFiveM.Emulator;

/// <summary>
/// An in-memory Sonoran CAD (v1 envelope API and v2 REST), plus Tines records and QuickBlox custom objects,
/// on Kestrel at 127.0.0.1. Independent of the client code: it implements the documented API.
/// </summary>
/// <example><code>
/// await using var emu = await CadEmulator.StartAsync(new EmulatorOptions { ApiKey = "k", TimeProvider = fake });
/// emu.State.AddUnit("license:abc");
/// var http = new HttpClient { BaseAddress = new Uri(emu.BaseUrl) };
/// </code></example>
public sealed class CadEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorContext _ctx;
    private int _stopped;

    /// <summary>Wraps a started app: the hub sessions, the CAD side and the bound address are read back from it.</summary>
    private CadEmulator(WebApplication app, EmulatorContext ctx)
    {
        _app = app;
        _ctx = ctx;
        Hub = app.Services.GetRequiredService<HubSessions>();
        Cad = app.Services.GetRequiredService<CadSide>();
        BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address."));
    }

    /// <summary>The WebSocket hub (<c>/apiWsHub</c>): open sessions and hub faults.</summary>
    public HubSessions Hub { get; }

    /// <summary>Changes made in the CAD's own UI; each sends its push event to the hub sessions.</summary>
    public CadSide Cad { get; }

    /// <summary>e.g. <c>http://127.0.0.1:54321</c> (no trailing slash); the real port, read back after binding.</summary>
    public string BaseUrl => BaseUri.GetLeftPart(UriPartial.Authority);

    public Uri BaseUri { get; }

    public int Port => BaseUri.Port;

    public EmulatorOptions Options => _ctx.Options;

    /// <summary>Units, calls, records, mirror records, heartbeats and counters.</summary>
    public EmulatorState State => _ctx.State;

    /// <summary>Faults in force; change them at any time.</summary>
    public FaultSettings Faults => _ctx.Faults;

    /// <summary>Rate-limit switches; change them at any time.</summary>
    public RateLimitSettings RateLimits => _ctx.RateLimits;

    /// <summary>Everything received (masked), oldest first.</summary>
    public RequestLog Requests => _ctx.Requests;

    /// <summary>Emulator-clock time of start; outage windows count from here.</summary>
    public DateTimeOffset StartedAt => _ctx.StartedAt;

    /// <summary>Starts the emulator and returns once it listens. Fault profiles in the options are parsed
    /// first (a bad one throws <see cref="FormatException"/>).</summary>
    public static async Task<CadEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        if (options.Port is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0-65535.");
        var ctx = new EmulatorContext(options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(CadEmulator).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton(ctx);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Services.AddRoutingCore();
        var hub = new HubSessions(new HubFaults());
        var cad = new CadSide(ctx, hub);
        builder.Services.AddSingleton(hub);
        builder.Services.AddSingleton(cad);
        builder.Services.AddSignalR(o => o.EnableDetailedErrors = false);

        var app = builder.Build();
        // The hub has its own faults (HubFaults); REST faults and the request log stay on REST.
        app.Use((http, next) => HubEndpoints.GateAsync(http, hub, () => next(http)));
        app.UseWhen(http => !HubEndpoints.IsHub(http), rest => rest.UseMiddleware<RequestLogMiddleware>());
        app.UseRouting();
        app.UseWhen(http => !HubEndpoints.IsHub(http), rest => rest.UseMiddleware<FaultMiddleware>());
        HubEndpoints.Map(app, hub, cad);

        var v2 = app.MapGroup("/v2").AddEndpointFilter(new V2Gateway(ctx));
        var links = new LinkEndpoints(ctx, cad);
        foreach (var group in new V2Handler[] { new UnitEndpoints(ctx), new CallEndpoints(ctx), new RecordEndpoints(ctx), new GeneralEndpoints(ctx), links })
        {
            group.Map(v2);
        }

        links.MapControl(app);

        // The v1 envelope router last: it takes every POST that no other route does.
        foreach (var group in new EndpointGroup[] { new TinesEndpoints(ctx), new QuickBloxEndpoints(ctx), new InspectionEndpoints(ctx), new EnvelopeRouter(ctx) })
        {
            group.Map(app);
        }

        cad.Attach(app.Services.GetRequiredService<Microsoft.AspNetCore.SignalR.IHubContext<ApiHub>>());
        await app.StartAsync(cancellationToken);
        return new CadEmulator(app, ctx);
    }

    /// <summary>Forgets every rate-limit window (all endpoints get their full allowance again).</summary>
    public void ResetRateLimits() => _ctx.RateLimiter.Reset();

    /// <summary>Releases held (hang) requests, then stops listening.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        await _ctx.Stopping.CancelAsync();
        Hub.DropAll();
        await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        _ctx.Stopping.Dispose();
    }
}
