using SonoranFiveM.Core.Linking;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Linking
{
    /// <summary>Account links over a real dispatcher and a scripted CAD, on a fake clock; the command router on top.</summary>
    internal sealed class LinkRig : ICommandMessenger, IDisposable
    {
        public static readonly DateTimeOffset Start = new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

        private readonly object _gate = new object();
        private readonly List<(int Player, string Message)> _sent = new List<(int, string)>();
        private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Signal)> _waiters = new List<(Func<string, bool>, TaskCompletionSource<string>)>();

        public LinkRig(string apiVersion = "v2", Action<DispatcherOptions>? dispatch = null, Action<CommandRouterOptions>? commands = null, Func<bool>? pushConnected = null)
        {
            Cad = new FakeCadApi(Time, apiVersion: apiVersion);
            var options = new DispatcherOptions { Random = () => 0.5 };
            dispatch?.Invoke(options);
            Dispatcher = new Dispatcher(Cad, options, Time, Log);
            Links = new AccountLinks(Dispatcher, "https://sonorancad.com", "link", this, Time, Log, pushConnected: pushConnected);
            Links.Linked += (player, id, byPush) =>
            {
                lock (_gate) LinkedEvents.Add((player, id, byPush));
                LinkedOn.Add(Thread.CurrentThread);
            };
            var routerOptions = new CommandRouterOptions();
            commands?.Invoke(routerOptions);
            Router = new CommandRouter(routerOptions, new NoCadActions(), this, new LocationDescriber(PostalIndex.Build(new[] { new Postal("101", 100, 200) })), Time, Log,
                links: Links);
        }

        public FakeTimeProvider Time { get; } = new FakeTimeProvider(Start);
        public ListLog Log { get; } = new ListLog();
        public FakeCadApi Cad { get; }
        public Dispatcher Dispatcher { get; }
        public AccountLinks Links { get; }
        public CommandRouter Router { get; }
        public List<(int Player, string Id, bool ByPush)> LinkedEvents { get; } = new List<(int, string, bool)>();

        /// <summary>The threads the <see cref="AccountLinks.Linked"/> listeners ran on.</summary>
        public System.Collections.Concurrent.ConcurrentBag<Thread> LinkedOn { get; } = new System.Collections.Concurrent.ConcurrentBag<Thread>();

        public int LinkedCount
        {
            get { lock (_gate) return LinkedEvents.Count; }
        }

        public IReadOnlyList<(int Player, string Message)> Sent
        {
            get { lock (_gate) return _sent.ToList(); }
        }

        public static CommandContext Player(int id, string? cuid, Func<string, bool>? ace = null) =>
            new CommandContext(id, "Jane Doe", cuid, false, null, ace ?? (_ => true));

        /// <summary>/link, with the dispatcher pumped so the create is answered within the reply wait.</summary>
        public async Task<CommandOutcome> LinkAsync(int player, string? cuid, Func<string, bool>? ace = null)
        {
            var handling = Router.HandleAsync("link", "", Player(player, cuid, ace));
            await Dispatcher.PumpAsync();
            return await handling;
        }

        /// <summary>Advances the clock in steps, pumping every lane at each.</summary>
        public async Task RunAsync(TimeSpan duration, TimeSpan step)
        {
            for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += step)
            {
                Time.Advance(step);
                await Dispatcher.PumpAsync();
            }
        }

        /// <summary>The pending link of a refused create ends on the thread pool; waits for it (bounded by 10 s of real time).</summary>
        public async Task WaitForPendingToEnd()
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Links.PendingCount > 0 && DateTime.UtcNow < deadline) await Task.Yield();
            Assert.Equal(0, Links.PendingCount);
        }

        /// <summary>Waits until <paramref name="condition"/> holds (work finished on the thread pool), bounded by 10 s of real time.</summary>
        public static async Task Eventually(Func<bool> condition, string what)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!condition() && DateTime.UtcNow < deadline) await Task.Yield();
            Assert.True(condition(), what);
        }

        public void Reply(int playerId, string message)
        {
            List<TaskCompletionSource<string>> hit;
            lock (_gate)
            {
                _sent.Add((playerId, message));
                hit = _waiters.Where(w => w.Match(message)).Select(w => w.Signal).ToList();
                _waiters.RemoveAll(w => hit.Contains(w.Signal));
            }

            foreach (var signal in hit) signal.TrySetResult(message);
        }

        /// <summary>The first message (sent already or later) that <paramref name="match"/> accepts; fails after 10 s of real time.</summary>
        public async Task<string> WaitForAsync(Func<string, bool> match)
        {
            var signal = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                var sent = _sent.FirstOrDefault(s => match(s.Message));
                if (sent.Message != null) return sent.Message;
                _waiters.Add((match, signal));
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using (timeout.Token.Register(() => signal.TrySetCanceled()))
            {
                return await signal.Task;
            }
        }

        public void Dispose() => Dispatcher.Dispose();

        private sealed class NoCadActions : ICadActions
        {
            public int QueuedNonEmergencyCalls => 0;
            public IDeliveryTicket Send911(SonoranFiveM.Core.Cad.Models.EmergencyCall call) => throw new InvalidOperationException();
            public IDeliveryTicket SetPanic(string communityUserId, bool on) => throw new InvalidOperationException();
            public IDeliveryTicket SetStatus(string communityUserId, int status) => throw new InvalidOperationException();
            public CallCancellation Cancel911(string ticketId) => throw new InvalidOperationException();
            public IDeliveryTicket Remove911(long callId) => throw new InvalidOperationException();
        }
    }
}
