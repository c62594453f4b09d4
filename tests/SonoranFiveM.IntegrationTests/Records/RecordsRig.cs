using System.Net.Http;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Sinks;
using SonoranFiveM.Core.Records.Templates;
using SonoranFiveM.IntegrationTests.Emulator;

namespace SonoranFiveM.IntegrationTests.Records;

/// <summary>
/// The real record path against the emulator over HTTP: a <see cref="CadApiFactory"/> client and the Tines and
/// QuickBlox sinks on <see cref="HttpClientTransport"/>, a dispatcher with an outbox file, and a
/// <see cref="RecordService"/>, all on the emulator's fake clock. <see cref="RestartAsync"/> rebuilds everything but
/// the emulator and the outbox file, as a server restart would.
/// </summary>
internal sealed class RecordsRig : IAsyncDisposable
{
    public const string Owner = "license:abc123";

    private readonly string _version;
    private readonly string _outboxDirectory = Path.Combine(Path.GetTempPath(), "records-it-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new();
    private readonly string _tinesKey;
    private readonly string? _quickBloxUrl;

    private RecordsRig(EmulatorHarness emulator, string version, string? tinesKey, string? quickBloxUrl)
    {
        _quickBloxUrl = quickBloxUrl;
        Emulator = emulator;
        _version = version;
        _tinesKey = tinesKey ?? emulator.Emulator.Options.TinesApiKey;
        Build();
    }

    public EmulatorHarness Emulator { get; }
    public FakeTimeProvider Time => Emulator.Time;
    public CadEmulator Cad => Emulator.Emulator;
    public LogLines Log { get; } = new();
    public Dispatcher Dispatcher { get; private set; } = null!;
    public OutboxJournal Outbox { get; private set; } = null!;
    public RecordService Service { get; private set; } = null!;

    public static async Task<RecordsRig> StartAsync(string version = "v2", string? tinesKey = null, string? quickBloxUrl = null)
        => new RecordsRig(await EmulatorHarness.StartAsync(), version, tinesKey, quickBloxUrl);

    public RecordCreateResult Bolo(string plate, int minutes = 30)
    {
        var result = Service.Create("bolo", new PlaceholderValues { Args = new[] { plate, "red sedan" } }, Owner, minutes);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result;
    }

    public Task PumpAsync() => Dispatcher.PumpAsync();

    /// <summary>Advances the fake clock in steps and pumps after each, as the lane loops would.</summary>
    public async Task RunAsync(TimeSpan total, TimeSpan step)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += step)
        {
            Time.Advance(step);
            await PumpAsync();
        }
    }

    public Task RestartAsync()
    {
        Dispatcher.Dispose();
        Outbox.Dispose();
        Build();
        return Task.CompletedTask;
    }

    private void Build()
    {
        var transport = new HttpClientTransport(_http);
        var cad = new CadApiFactory(transport, Time, Log).Create(new CadClientOptions
        {
            ApiVersion = _version,
            BaseUrl = Cad.BaseUrl,
            ApiKey = EmulatorHarness.ApiKey,
            CommunityId = EmulatorHarness.CommunityId,
        });
        var mirrors = new MirrorsOptions
        {
            Tines = new TinesMirrorOptions
            {
                Enabled = true,
                TenantUrl = Cad.BaseUrl,
                ApiKey = _tinesKey,
                RecordTypeId = 1097,
                FieldMap = new Dictionary<string, string> { ["plate"] = "5999", ["description"] = "5997" },
            },
            Quickblox = new QuickBloxMirrorOptions
            {
                Enabled = true,
                ApiUrl = _quickBloxUrl ?? Cad.BaseUrl,
                ApiKey = Cad.Options.QuickBloxApiKey,
                ClassName = "CadRecord",
                FieldMap = new Dictionary<string, string> { ["plate"] = "plate", ["description"] = "details" },
            },
        };

        Outbox = new OutboxJournal(new SonoranFiveM.Core.Outbox.OutboxJournalOptions(Path.Combine(_outboxDirectory, "outbox.jsonl")), Time, Log);
        Dispatcher = new Dispatcher(cad, new DispatcherOptions { Random = () => 1.0 }, Time, Log, Outbox);
        var templates = new[]
        {
            new RecordTemplate("bolo", 7, new Dictionary<string, string> { ["plate"] = "{arg1}", ["description"] = "{arg2}" }, 30, new[] { TinesRecordSink.DefaultName, QuickBloxRecordSink.DefaultName }),
        };
        Service = new RecordService(Dispatcher, templates, RecordMirror.FromOptions(mirrors, transport, Time), Time, Log);
        Dispatcher.RestoreFromOutbox();
    }

    public async ValueTask DisposeAsync()
    {
        Dispatcher.Dispose();
        Outbox.Dispose();
        _http.Dispose();
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(_outboxDirectory, true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}

/// <summary>Keeps log lines for assertions.</summary>
internal sealed class LogLines : ILog
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Message)> _lines = new();

    public IEnumerable<(LogLevel Level, string Message)> Lines => _lines;

    public void Write(LogLevel level, string message) => _lines.Enqueue((level, message));
}
