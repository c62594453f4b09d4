using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Tests.Records.Service
{
    /// <summary>A dispatcher over a fake CAD, two fake mirrors and (optionally) an outbox file, on a fake clock.</summary>
    internal sealed class RecordServiceHarness : IDisposable
    {
        public const string Owner = "license:abc123";

        private readonly string? _outboxPath;

        public RecordServiceHarness(string version = "v2", int maxRecordsPerRequest = 1, bool durable = false)
        {
            Time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 8, 21, 0, 0, TimeSpan.Zero));
            Cad = new FakeCadApi(Time, maxRecordsPerRequest, version);
            Tines = new FakeSink("tines");
            QuickBlox = new FakeSink("quickblox", maxBatch: 25);
            Log = new ListLog();
            if (durable) _outboxPath = Path.Combine(Path.GetTempPath(), "records-" + Guid.NewGuid().ToString("N"), "outbox.jsonl");
            Build();
        }

        public FakeTimeProvider Time { get; }
        public FakeCadApi Cad { get; }
        public FakeSink Tines { get; }
        public FakeSink QuickBlox { get; }
        public ListLog Log { get; }
        public Dispatcher Dispatcher { get; private set; } = null!;
        public OutboxJournal? Outbox { get; private set; }
        public RecordService Service { get; private set; } = null!;

        public static IReadOnlyList<RecordTemplate> Templates() => new[]
        {
            new RecordTemplate("bolo", 3, new Dictionary<string, string> { ["plate"] = "{arg1}", ["description"] = "{arg2}" }, 30, new[] { "tines", "quickblox" }),
            new RecordTemplate("note", 4, new Dictionary<string, string> { ["text"] = "{description}" }, 10),
            new RecordTemplate("log911", 5, new Dictionary<string, string> { ["who"] = "{caller}", ["where"] = "{location} ({postal})", ["what"] = "{description}" }, 60),
        };

        public RecordCreateResult Bolo(string plate = "ABC123", string description = "red sedan", int? minutes = null)
            => Service.Create("bolo", new PlaceholderValues { Args = new[] { plate, description } }, Owner, minutes);

        public Task Pump() => Dispatcher.PumpAsync();

        /// <summary>Advances the clock in steps and pumps after each, as the lane loops would.</summary>
        public async Task Run(TimeSpan total, TimeSpan step)
        {
            for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += step)
            {
                Time.Advance(step);
                await Pump();
            }
        }

        /// <summary>A process restart: the dispatcher and the service go away; new ones replay the same outbox file.</summary>
        public void Restart()
        {
            Dispatcher.Dispose();
            Outbox?.Dispose();
            Build();
        }

        private void Build()
        {
            var options = new DispatcherOptions { Random = () => 1.0 };
            Outbox = _outboxPath == null ? null : new OutboxJournal(new OutboxJournalOptions(_outboxPath), Time, Log);
            Dispatcher = new Dispatcher(Cad, options, Time, Log, Outbox);
            Service = new RecordService(Dispatcher, Templates(), new[] { new RecordMirror(Tines, 400), new RecordMirror(QuickBlox, 600) }, Time, Log,
                new RecordServiceOptions());
            Dispatcher.RestoreFromOutbox();
        }

        public void Dispose()
        {
            Dispatcher.Dispose();
            Outbox?.Dispose();
            if (_outboxPath != null)
            {
                try
                {
                    Directory.Delete(Path.GetDirectoryName(_outboxPath)!, true);
                }
                catch (IOException)
                {
                    // Best effort.
                }
            }
        }
    }
}
