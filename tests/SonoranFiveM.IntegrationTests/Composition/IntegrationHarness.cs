using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading;
using SonoranFiveM.Cli.Hub;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.IntegrationTests.Composition;

/// <summary>The whole core (<see cref="SonoranIntegration"/>) over real HTTP against the emulator, on one fake clock.</summary>
internal sealed class IntegrationHarness : IAsyncDisposable, ICommandMessenger, IIntegrationEvents, ILog
{
    public const string ApiKey = "integration-key-4821";
    public const string CommunityId = "integration-community";

    private readonly HttpClient _http = new();

    private IntegrationHarness(CadEmulator emulator, FakeTimeProvider time, string folder)
    {
        Emulator = emulator;
        Time = time;
        Folder = folder;
    }

    public CadEmulator Emulator { get; }
    public FakeTimeProvider Time { get; }
    public string Folder { get; }

    /// <summary>Completes when the emulator starts reading the first 911 call request (for a core whose loops run).</summary>
    public Task FirstCallReceived { get; private init; } = Task.CompletedTask;
    public SonoranIntegration Integration { get; private set; } = null!;
    public ConcurrentQueue<(int Player, string Message)> Replies { get; } = new();
    public ConcurrentQueue<string> Events { get; } = new();
    public ConcurrentQueue<(LogLevel Level, string Message)> LogLines { get; } = new();

    /// <summary>The hub connection given to the core (a real SignalR client to the emulator's hub); null: HTTP only.</summary>
    public IHubTransport? Hub { get; private set; }

    public static async Task<IntegrationHarness> StartAsync(string extraConfig = "", bool canReadPositions = true, bool withHub = false)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var firstCall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var emulator = await CadEmulator.StartAsync(new EmulatorOptions
        {
            ApiKey = ApiKey, CommunityId = CommunityId, TimeProvider = time,
            RequestReceived = (path, _) => { if (path.EndsWith("/calls/911", StringComparison.Ordinal)) firstCall.TrySetResult(); },
        });
        var folder = Directory.CreateTempSubdirectory("sonoran-integration").FullName;
        var harness = new IntegrationHarness(emulator, time, folder) { FirstCallReceived = firstCall.Task };
        if (withHub) harness.Hub = new SignalRHubTransport(emulator.BaseUrl, CommunityId, ApiKey, 1);
        harness.Integration = harness.Build(extraConfig, canReadPositions);
        return harness;
    }

    /// <summary>A new core over the same outbox folder, as after a server restart.</summary>
    public SonoranIntegration Build(string extraConfig = "", bool canReadPositions = true) =>
        SonoranIntegration.Create(Options(extraConfig), Services(canReadPositions));

    /// <summary>Valid options for the emulator, with <paramref name="extraConfig"/> members added.</summary>
    public SonoranOptions Options(string extraConfig = "")
    {
        var json = "{ \"communityId\": \"" + CommunityId + "\", \"baseUrl\": \"" + Emulator.BaseUrl + "\", \"httpTransport\": \"httpclient\""
            + (extraConfig.Length > 0 ? ", " + extraConfig : "") + " }";
        var loaded = OptionsLoader.Load(json, name => name == "sonoran_apiKey" ? ApiKey : null);
        Assert.True(loaded.IsValid, string.Join(" | ", loaded.Errors));
        return loaded.Options!;
    }

    /// <summary>Real HTTP, the fake clock, this harness as log, messenger and event sink, the shared outbox folder, the hub when given.</summary>
    public IntegrationServices Services(bool canReadPositions = true) =>
        new(new HttpClientTransport(_http, Time), Time, this, this, this, Folder) { Random = () => 0.5, CanReadPositions = canReadPositions, Hub = Hub };

    /// <summary>Jane Doe's command context as player <paramref name="id"/>, at one spot in the world, every permission granted.</summary>
    public static CommandContext Player(int id, string cuid, bool isUnit = false) =>
        new(id, "Jane Doe", cuid, isUnit, new WorldPosition(215f, -810f, 30f), _ => true);

    /// <summary>Officer Lee on duty in the CAD, joined as player 5, and on the refreshed roster.</summary>
    public async Task JoinOfficerLeeAsync()
    {
        Emulator.State.AddUnit("lee", name: "Officer Lee");
        Integration.PlayerJoined(5, "license:lee");
        Assert.True(await Integration.Roster.RefreshAsync());
    }

    /// <summary>Runs a command as the game does and lets the dispatcher send what it queued; its outcome.</summary>
    public async Task<CommandOutcome> CommandAsync(string name, string args, CommandContext player)
    {
        var handled = Integration.HandleCommandAsync(name, args, player);
        await Integration.Dispatcher.PumpAsync();
        return await handled;
    }

    public void Reply(int playerId, string message) => Replies.Enqueue((playerId, message));

    public void CallAccepted(string clientId, string callId, bool isEmergency, string caller, string location, string description)
        => Raise("call " + callId + " " + caller);

    public void PanicChanged(string communityUserId, bool isPanic) => Raise("panic " + communityUserId + " " + isPanic);

    public void StatusChanged(string communityUserId, int status) => Raise("status " + communityUserId + " " + status);

    /// <summary>Events are raised on the thread pool once the CAD accepted; this waits (bounded) for one.</summary>
    public async Task<string> WaitForEventAsync(string prefix)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = Events.FirstOrDefault(e => e.StartsWith(prefix, StringComparison.Ordinal));
            if (found != null) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("no event starting with '" + prefix + "'");
            await _eventRaised.WaitAsync(TimeSpan.FromSeconds(1));
        }
    }

    private readonly SemaphoreSlim _eventRaised = new(0);

    private void Raise(string text)
    {
        Events.Enqueue(text);
        _eventRaised.Release();
    }

    public void Write(LogLevel level, string message) => LogLines.Enqueue((level, message));

    /// <summary>Moves the clock in steps, letting every lane send what is due at each step.</summary>
    public async Task RunAsync(TimeSpan duration, TimeSpan step, Action? eachStep = null)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += step)
        {
            eachStep?.Invoke();
            await Integration.Dispatcher.PumpAsync();
            if (Integration.LocationHub != null) await Integration.LocationHub.PumpAsync();
            Time.Advance(step);
        }

        await Integration.Dispatcher.PumpAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Integration.Dispose();
        if (Hub is SignalRHubTransport hub) await hub.DisposeAsync();
        await Emulator.DisposeAsync();
        _http.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
