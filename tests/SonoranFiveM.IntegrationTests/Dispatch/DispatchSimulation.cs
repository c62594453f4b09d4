using System.Globalization;
using System.Net.Http;
using System.Text;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Core.Tracking;
using SonoranFiveM.Emulator.State;

namespace SonoranFiveM.IntegrationTests.Dispatch;

/// <summary>
/// The real core (dispatcher, roster, tracker, heartbeat, outbox, <c>CadApiV2</c> over <see cref="HttpClientTransport"/>)
/// against the emulator with its documented rate limits on, both on one <see cref="FakeTimeProvider"/>. The test plays
/// the game: each <see cref="StepAsync"/> advances the clock by <see cref="Step"/>, moves every unit, hands the samples
/// to the tracker, polls the roster when due and pumps the dispatcher, awaiting every send. Nothing waits on the wall
/// clock.
/// </summary>
internal sealed class DispatchSimulation : IAsyncDisposable
{
    public const string ApiKey = "sim-api-key";
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    public const string CallIdKey = "sonoranFivemId";

    private readonly HttpClient _http;
    private readonly CadApiFactory _factory;
    private readonly string _directory;
    private readonly Random _rng;
    private readonly UnitSample[] _samples;
    private readonly float[] _speed;
    private readonly float[] _turn;
    private readonly Dictionary<string, DateTimeOffset> _callCreatedAt = new(StringComparer.Ordinal);
    private DateTimeOffset _nextRosterPoll;
    private HeartbeatService _heartbeat;

    private DispatchSimulation(FakeTimeProvider time, CadEmulator emulator, int units, int seed)
    {
        Time = time;
        Emulator = emulator;
        _directory = Path.Combine(Path.GetTempPath(), "sonoran-dispatch-sim-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        OutboxPath = Path.Combine(_directory, "outbox.jsonl");
        _http = new HttpClient { BaseAddress = null };
        // The lanes own retries, pacing and backoff within their budgets. A client-side retry inside one lane send
        // would be a request the lane's limiter never counted, and its delay would run on the fake clock inside PumpAsync.
        var options = new CadClientOptions { ApiVersion = "v2", BaseUrl = emulator.BaseUrl, ApiKey = ApiKey, ServerId = 1 };
        _factory = new CadApiFactory(new HttpClientTransport(_http, time), time, Log);
        Api = _factory.Create(options);

        Roster = new UnitRoster(Api, new UnitRosterOptions(), time, Log);
        Tracker = new UnitTracker(Roster, new TrackerOptions(), time);
        _rng = new Random(seed);
        _samples = new UnitSample[units];
        _speed = new float[units];
        _turn = new float[units];
        for (var i = 0; i < units; i++)
        {
            var id = "license:sim" + i.ToString("D4", CultureInfo.InvariantCulture);
            emulator.State.AddUnit(id);
            Roster.RegisterPlayer(i + 1, id);
            // 12–40 game units per second: every 250 ms step moves a unit more than the tracker's 2.0 threshold,
            // so the latest sample is always news and must reach the CAD.
            _speed[i] = 12f + (float)_rng.NextDouble() * 28f;
            _turn[i] = (float)(_rng.NextDouble() * 10.0 - 5.0);
            _samples[i] = new UnitSample(i + 1, id, (float)(_rng.NextDouble() * 8000.0 - 4000.0), (float)(_rng.NextDouble() * 8000.0 - 4000.0), 30f,
                (float)(_rng.NextDouble() * 360.0));
        }

        Outbox = new OutboxJournal(new OutboxJournalOptions(OutboxPath), time, Log);
        Dispatcher = NewDispatcher();
        _heartbeat = new HeartbeatService(Dispatcher, () => Roster.PlayerCount, DispatcherOptions.HeartbeatInterval, time, Log);
        _heartbeat.Start();
        _nextRosterPoll = time.GetUtcNow();
    }

    public FakeTimeProvider Time { get; }
    public CadEmulator Emulator { get; }
    public ICadApi Api { get; }
    public UnitRoster Roster { get; }
    public UnitTracker Tracker { get; }
    public OutboxJournal Outbox { get; private set; }
    public Dispatcher Dispatcher { get; private set; }
    public DispatcherOptions DispatcherOptions { get; } = new() { Random = () => 0.5 };
    public string OutboxPath { get; }
    public MemoryLog Log { get; } = new();
    public DateTimeOffset Now => Time.GetUtcNow();
    public TimeSpan Elapsed => Now - Emulator.StartedAt;

    /// <summary>Units move each step while this is true; when false, the game keeps sampling them where they stand.</summary>
    public bool Moving { get; set; } = true;

    /// <summary>Largest age of any unit's CAD position seen after a step (from the emulator's LastLocationUpdate), once every unit had one.</summary>
    public TimeSpan MaxStaleness { get; private set; }

    public IReadOnlyList<UnitSample> LatestSamples => _samples;

    public static async Task<DispatchSimulation> StartAsync(int units, int seed, params string[] faults)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var options = new EmulatorOptions { Port = 0, ApiKey = ApiKey, TimeProvider = time, RateLimitsEnabled = true, RandomSeed = seed };
        options.ServerIds.Add(1);
        foreach (var fault in faults) options.Faults.Add(fault);
        var emulator = await CadEmulator.StartAsync(options);
        var sim = new DispatchSimulation(time, emulator, units, seed);
        sim.Dispatcher.RestoreFromOutbox();
        return sim;
    }

    /// <summary>A player dials 911; the call is queued on the durable lane and its creation time kept by client id.</summary>
    public IDeliveryTicket Call911(int n)
    {
        var call = new EmergencyCall(true, "Caller " + n, "Route 68 mile " + n, "Simulated emergency " + n, null, new Dictionary<string, string>());
        var ticket = Dispatcher.Enqueue911Call(call);
        _callCreatedAt[ticket.Id] = Now;
        return ticket;
    }

    public IReadOnlyDictionary<string, DateTimeOffset> CallsCreatedAt => _callCreatedAt;

    /// <summary>One game tick: the clock moves on, units move and are sampled, the roster polls when due, lanes pump.</summary>
    public async Task StepAsync()
    {
        Time.Advance(Step);
        if (Moving) Move();
        Tracker.Sample(_samples, _samples.Length);
        if (Now >= _nextRosterPoll)
        {
            // As the roster's own timer does: the next poll is one effective interval after this one.
            await Roster.RefreshAsync();
            _nextRosterPoll = Now + Roster.EffectivePollInterval;
        }

        await Dispatcher.PumpAsync();
        MeasureStaleness();
    }

    public async Task RunUntilAsync(TimeSpan elapsed, Func<Task>? eachStep = null)
    {
        while (Elapsed < elapsed)
        {
            await StepAsync();
            if (eachStep != null) await eachStep();
        }
    }

    /// <summary>The server restarts: the dispatcher stops (deadline now), the journal is closed, and a new dispatcher
    /// on the same outbox file replays what was not delivered.</summary>
    public async Task<int> RestartAsync()
    {
        _heartbeat.Dispose();
        await Dispatcher.StopAsync(Now);
        Dispatcher.Dispose();
        Outbox.Dispose();

        Outbox = new OutboxJournal(new OutboxJournalOptions(OutboxPath), Time, Log);
        Dispatcher = NewDispatcher();
        var restored = Dispatcher.RestoreFromOutbox();
        _heartbeat = new HeartbeatService(Dispatcher, () => Roster.PlayerCount, DispatcherOptions.HeartbeatInterval, Time, Log);
        _heartbeat.Start();
        return restored;
    }

    /// <summary>The CAD's 911 calls by our client id (metaData).</summary>
    public Dictionary<string, EmergencyCallEntry> DeliveredCalls()
    {
        var delivered = new Dictionary<string, EmergencyCallEntry>(StringComparer.Ordinal);
        foreach (var call in Emulator.State.Calls)
        {
            if (call.MetaData.TryGetValue(CallIdKey, out var id)) delivered.TryAdd(id, call);
        }

        return delivered;
    }

    public int Count(string endpoint) => Emulator.Requests.For(endpoint).Count;

    public int CountStatus(int status) => Emulator.Requests.Entries.Count(e => e.Status == status);

    /// <summary>Requests per endpoint and per status, for the test output.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        foreach (var group in Emulator.Requests.Entries.GroupBy(e => e.Endpoint ?? "(none)").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("  ").Append(group.Key).Append(": ").Append(group.Count()).Append(" request(s)");
            foreach (var status in group.GroupBy(e => e.Status).OrderBy(s => s.Key)) text.Append(", ").Append(status.Key).Append(" x").Append(status.Count());
            text.AppendLine();
        }

        return text.ToString();
    }

    private Dispatcher NewDispatcher()
    {
        var dispatcher = new Dispatcher(Api, DispatcherOptions, Time, Log, Outbox);
        dispatcher.AttachLocationSource(Tracker);
        return dispatcher;
    }

    private void Move()
    {
        var dt = (float)Step.TotalSeconds;
        for (var i = 0; i < _samples.Length; i++)
        {
            ref var s = ref _samples[i];
            if (_rng.NextDouble() < 0.01) _turn[i] = (float)(_rng.NextDouble() * 10.0 - 5.0);
            s.Heading = (s.Heading + _turn[i] + 360f) % 360f;
            var radians = s.Heading * Math.PI / 180.0;
            s.X += (float)(Math.Sin(radians) * _speed[i] * dt);
            s.Y += (float)(Math.Cos(radians) * _speed[i] * dt);
        }
    }

    private void MeasureStaleness()
    {
        var now = Now;
        var oldest = TimeSpan.Zero;
        foreach (var unit in Emulator.State.Units)
        {
            if (!unit.LastLocationUpdate.HasValue) return; // not every unit has reached the CAD yet (start-up)
            var age = now - unit.LastLocationUpdate.Value;
            if (age > oldest) oldest = age;
        }

        if (oldest > MaxStaleness) MaxStaleness = oldest;
    }

    public async ValueTask DisposeAsync()
    {
        _heartbeat.Dispose();
        Dispatcher.Dispose();
        Roster.Dispose();
        Outbox.Dispose();
        _http.Dispose();
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp directory.
        }
    }

    internal sealed class MemoryLog : ILog
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Message)> _lines = new();

        public IReadOnlyList<(LogLevel Level, string Message)> Lines => _lines.ToArray();

        public void Write(LogLevel level, string message) => _lines.Enqueue((level, message));
    }
}
