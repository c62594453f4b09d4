using SonoranFiveM.Core.Outbox;
using SonoranFiveM.Core.Records;

namespace SonoranFiveM.Core.Tests.Dispatch
{
    internal sealed class DispatcherHarness : IDisposable
    {
        public DispatcherHarness(DispatcherOptions? options = null, Func<FakeTimeProvider, ListLog, OutboxJournal>? outbox = null, int maxRecordsPerRequest = 1, FakeTimeProvider? time = null)
        {
            Time = time ?? new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
            Api = new FakeCadApi(Time, maxRecordsPerRequest);
            Log = new ListLog();
            Options = options ?? new DispatcherOptions();
            Options.Random = () => 1.0;
            Outbox = outbox?.Invoke(Time, Log);
            Dispatcher = new Dispatcher(Api, Options, Time, Log, Outbox);
            Records = new SonoranRecordTarget(Dispatcher, Time, Log);
        }

        public FakeTimeProvider Time { get; }
        public FakeCadApi Api { get; }
        public ListLog Log { get; }
        public DispatcherOptions Options { get; }
        public OutboxJournal? Outbox { get; }
        public Dispatcher Dispatcher { get; }

        /// <summary>Sonoran's records lanes on the dispatcher.</summary>
        public SonoranRecordTarget Records { get; }

        public DateTimeOffset Now => Time.GetUtcNow();

        public void Advance(TimeSpan by) => Time.Advance(by);

        public System.Threading.Tasks.Task Pump() => Dispatcher.PumpAsync();

        public void Dispose()
        {
            Dispatcher.Dispose();
            Outbox?.Dispose();
        }
    }
}
