using System.Collections.Concurrent;
using System.Net.Http;
using SonoranFiveM.Cli.Hub;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Diagnostics.Doctor;
using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.IntegrationTests.Diagnostics;

/// <summary>
/// <c>sonoran doctor</c> as the server console runs it: the configuration loaded afresh from the resource's files and
/// convars, the running core's transport (real HTTP to the emulator on 127.0.0.1), its roster budget and its hub.
/// </summary>
public sealed class ConsoleDoctorTests : IAsyncLifetime, ICommandMessenger, IIntegrationEvents, ILog
{
    private const string Key = "console-doctor-key-6620";
    private const string Community = "console-doctor-community";

    private readonly HttpClient _http = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("sonoran-console-doctor").FullName;
    private readonly List<IAsyncDisposable> _owned = new();
    private CadEmulator _emulator = null!;
    private SonoranHost? _host;

    public async Task InitializeAsync() =>
        _emulator = await CadEmulator.StartAsync(new EmulatorOptions { Port = 0, ApiKey = Key, CommunityId = Community });

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        foreach (var owned in _owned) await owned.DisposeAsync();
        await _emulator.DisposeAsync();
        _http.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private string Json(string extra) =>
        "{ \"communityId\": \"" + Community + "\", \"baseUrl\": \"" + _emulator.BaseUrl + "\", \"httpTransport\": \"httpclient\", "
        + "\"postals\": { \"resource\": \"\" }" + (extra.Length > 0 ? ", " + extra : "") + " }";

    /// <summary>Starts the core as the resource runs it, then runs the console doctor over the same files and convars.</summary>
    private async Task<List<string>> DoctorAsync(string extra = "", string key = Key, bool withHub = false, string oneSync = "on", Action<SonoranHost>? before = null)
    {
        var files = new Files { ["config.json"] = Json(extra) };
        string? Convar(string name) => name == ProtectedConvar.ApiKeyConvar ? key : null;
        var loaded = OptionsLoader.Load(files["config.json"], Convar);
        Assert.True(loaded.IsValid, string.Join(" | ", loaded.Errors));
        IHubTransport? hub = null;
        if (withHub)
        {
            var signalR = new SignalRHubTransport(_emulator.BaseUrl, Community, key, loaded.Options!.ServerId);
            _owned.Add(signalR);
            hub = signalR;
        }

        _host = SonoranHost.Create(loaded.Options!, new IntegrationServices(new HttpClientTransport(_http), _time, this, this, this, _folder) { Hub = hub });
        if (_host.LocationHub != null) await _host.LocationHub.PumpAsync();
        before?.Invoke(_host);

        var said = new ConcurrentQueue<string>();
        var facts = new ServerFacts("sonoran-fivem") { OneSync = oneSync };
        var run = new ConsoleDoctor(_time).TryStart(() => Task.FromResult(ServerDoctorContext.Load(files, _folder, Convar, facts, _host,
            _ => Task.FromResult(PostalsLocation.NotFound("unused")), _time)), said.Enqueue);
        Assert.NotNull(run);
        await run!;
        var lines = said.ToList();
        Assert.DoesNotContain(lines, l => l.Contains(key, StringComparison.Ordinal));
        return lines;
    }

    private static string Line(List<string> lines, string check) =>
        lines.FirstOrDefault(l => l.Length > 6 && l.Substring(6).StartsWith(check + " ", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException("no line for " + check + " in:\n" + string.Join("\n", lines));

    private static string FixAfter(List<string> lines, string check)
    {
        var at = lines.IndexOf(Line(lines, check));
        Assert.StartsWith("FAIL", lines[at]);
        Assert.Contains("fix:", lines[at + 1]);
        return lines[at + 1];
    }

    [Fact]
    public async Task A_good_setup_passes_every_check()
    {
        var lines = await DoctorAsync();

        foreach (var check in new[] { "config", "convar permission", "api reachable", "api key", "plan", "server id", "onesync", "postals", "outbox", "mirrors" })
            Assert.StartsWith("PASS", Line(lines, check));
        Assert.StartsWith("PASS", Line(lines, "hub"));
        Assert.Equal(SonoranFiveM.Core.Diagnostics.Doctor.Doctor.AllPassed, lines.Last());
    }

    [Fact]
    public async Task A_bad_key_fails_the_api_key_check_with_its_fix()
    {
        var lines = await DoctorAsync(key: "wrong-console-key-1234");

        Assert.StartsWith("PASS", Line(lines, "api reachable"));
        Assert.Contains("HTTP 401", Line(lines, "api key"));
        Assert.Contains("sonoran_apiKey", FixAfter(lines, "api key"));
        Assert.StartsWith("SKIP", Line(lines, "server id"));
        Assert.Equal(SonoranFiveM.Core.Diagnostics.Doctor.Doctor.SomeFailed, lines.Last());
    }

    [Fact]
    public async Task An_unknown_server_id_fails_with_where_to_find_it()
    {
        var lines = await DoctorAsync("\"serverId\": 7");

        Assert.Contains("7 is unknown", Line(lines, "server id"));
        Assert.Contains("sonoran_serverId", FixAfter(lines, "server id"));
    }

    [Fact]
    public async Task With_the_rosters_budget_used_up_the_server_id_check_skips_and_causes_no_429()
    {
        var lines = await DoctorAsync(before: host =>
        {
            while (host.TryTakeActiveUnitsPermit()) { }
        });

        Assert.StartsWith("SKIP", Line(lines, "server id"));
        Assert.Contains("3/min", Line(lines, "server id"));
        Assert.DoesNotContain(_emulator.Requests.Entries, e => e.Path.Contains("/units", StringComparison.Ordinal));
        Assert.DoesNotContain(_emulator.Requests.Entries, e => e.Status == 429);
    }

    [Fact]
    public async Task An_outbox_folder_that_cannot_be_written_fails_with_its_fix()
    {
        // Running as root, a read-only mode would not stop the write: a file stands where the folder must be.
        await File.WriteAllTextAsync(Path.Combine(_folder, "blocked"), "not a folder");

        var lines = await DoctorAsync("\"outbox\": { \"path\": \"blocked/outbox.jsonl\" }");

        Assert.Contains("cannot write in", Line(lines, "outbox"));
        Assert.Contains("outbox.path", FixAfter(lines, "outbox"));
    }

    [Fact]
    public async Task A_refused_hub_fails_with_the_settings_to_check_and_onesync_off_fails()
    {
        _emulator.Hub.Faults.RefuseAuth = "invalid credentials";

        var lines = await DoctorAsync("\"location\": { \"transport\": \"websocket\" }", withHub: true, oneSync: "off");

        Assert.Contains("refused", Line(lines, "hub"));
        Assert.Contains("sonoran_apiKey", FixAfter(lines, "hub"));
        Assert.Contains("set onesync on", FixAfter(lines, "onesync"));
    }

    public void Reply(int playerId, string message) { }

    public void CallAccepted(string clientId, string callId, bool isEmergency, string caller, string location, string description) { }

    public void PanicChanged(string communityUserId, bool isPanic) { }

    public void StatusChanged(string communityUserId, int status) { }

    public void Write(LogLevel level, string message) { }

    private sealed class Files : Dictionary<string, string>, IResourceFiles
    {
        public string? Read(string name) => TryGetValue(name, out var text) ? text : null;

        public void Write(string name, string content) => throw new InvalidOperationException("the doctor must not write " + name);
    }
}
