using Moq;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Streaming.Push;
using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Tests.Streaming
{
    public class PushEventRouterTests
    {
        private const string Key = "push-key-SECRET-1234";
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly UnitRoster _roster;
        private readonly ListLog _log = new ListLog();
        private readonly List<(int Player, string Message)> _chat = new List<(int, string)>();
        private readonly List<(string Name, object[] Args)> _raised = new List<(string, object[])>();
        private readonly Mock<IIntegrationEvents> _events = new Mock<IIntegrationEvents>();
        private readonly PushEventRouter _router;

        public PushEventRouterTests()
        {
            _roster = new UnitRoster(new FakeCadApi(_time), new UnitRosterOptions(), _time, new ListLog());
            _roster.RegisterPlayer(7, "abc");
            var messenger = new Mock<ICommandMessenger>();
            messenger.Setup(m => m.Reply(It.IsAny<int>(), It.IsAny<string>())).Callback<int, string>((p, m) => _chat.Add((p, m)));
            var sink = new Mock<IPushEventSink>();
            sink.Setup(s => s.Raise(It.IsAny<string>(), It.IsAny<object[]>())).Callback<string, object[]>((n, a) => _raised.Add((n, a)));
            _router = new PushEventRouter(Key, _roster, messenger.Object, _events.Object, sink.Object, _time, _log);
        }

        private static JObject Unit(string id, int status = 2, bool panic = false) =>
            new JObject { ["id"] = 1, ["status"] = status, ["isPanic"] = panic, ["data"] = new JObject { ["communityUserId"] = id, ["unitNum"] = "1-A-1" } };

        private static string Push(string type, JToken? data, string key = Key) =>
            new JObject { ["key"] = key, ["type"] = type, ["data"] = data }.ToString();

        [Fact]
        public void LoginAndLogoutChangeTheRosterAtOnceAndRaiseUnitOnDuty()
        {
            _router.Handle(Push("EVENT_UNIT_LOGIN", Unit("abc")));
            Assert.True(_roster.IsUnit(7));
            Assert.Equal(new object[] { "abc", 7, true }, _raised.Single(r => r.Name == PushEventNames.UnitOnDuty).Args);
            _router.Handle(Push("EVENT_UNIT_LOGOUT", Unit("abc", status: 100)));
            Assert.False(_roster.IsUnit(7));
        }

        [Fact]
        public void PanicAndStatusSetInTheCadReachTheGame()
        {
            var read = new List<ActiveUnit>();
            _roster.UnitsRead += (units, _) => read.AddRange(units);
            _router.Handle(Push("EVENT_UNIT_PANIC", Unit("abc", panic: true)));
            Assert.True(Assert.Single(read).IsPanic);
            _router.Handle(Push("EVENT_UNIT_STATUS", Unit("abc", status: 3)));
            _events.Verify(e => e.StatusChanged("abc", 3), Times.Once);
        }

        [Fact]
        public void AnAttachedUnitIsToldInGameAndOtherResourcesHearOfIt()
        {
            var call = new JObject
            {
                ["callId"] = 42, ["title"] = "Shots fired", ["postal"] = "305", ["address"] = "Alta St", ["description"] = "Two suspects",
                ["units"] = new JArray(Unit("abc"), Unit("offline-unit")),
            };
            _router.Handle(Push("EVENT_DISPATCH_UNIT_ATTACH", call));
            var (player, message) = Assert.Single(_chat);
            Assert.Equal(7, player);
            Assert.Equal("Attached to call #42: Shots fired (postal 305) - Two suspects", message);
            var attached = _raised.Where(r => r.Name == PushEventNames.UnitAttached).ToList();
            Assert.Equal(new object[] { 42L, "abc", 7, "Shots fired", "305", "Two suspects" }, attached[0].Args);
            Assert.Equal(-1, attached[1].Args[2]);
        }

        [Fact]
        public void CallsAndLinkVerificationRaiseLocalEvents()
        {
            _router.Handle(Push("EVENT_DISPATCH_NEW", new JObject { ["callId"] = 5, ["title"] = "Fire", ["postal"] = "101", ["description"] = "Smoke" }));
            _router.Handle(Push("EVENT_COMMUNITY_LINK_VERIFIED", new JObject { ["communityUserId"] = "abc" }));
            Assert.Equal(new object[] { 5L, "Fire", "101", "Smoke" }, _raised.Single(r => r.Name == PushEventNames.CallCreated).Args);
            Assert.Equal(new object[] { "abc", 7 }, _raised.Single(r => r.Name == PushEventNames.LinkVerified).Args);
        }

        [Fact]
        public void AWrongKeyIsRefusedAndLoggedWithoutAnyKey()
        {
            _router.Handle(Push("EVENT_UNIT_LOGIN", Unit("abc"), key: "attacker-key-9876"));
            Assert.False(_roster.IsUnit(7));
            Assert.Equal(1, _router.Refused);
            Assert.True(_log.Contains("key does not match"));
            Assert.DoesNotContain(_log.Lines, l => l.Message.Contains("attacker-key-9876") || l.Message.Contains(Key));
        }

        [Fact]
        public void TheKeyIsComparedIgnoringCaseAsTheOfficialResourceDoes()
        {
            _router.Handle(Push("EVENT_UNIT_LOGIN", Unit("abc"), key: Key.ToUpperInvariant()));
            Assert.True(_roster.IsUnit(7));
        }

        [Fact]
        public void AnUnknownTypeIsLoggedOnceAndIgnored()
        {
            _router.Handle(Push("EVENT_SOMETHING_NEW", null));
            _router.Handle(Push("EVENT_SOMETHING_NEW", null));
            Assert.Single(_log.Lines, l => l.Message.Contains("EVENT_SOMETHING_NEW"));
            Assert.Empty(_raised);
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("[1,2]")]
        [InlineData(null)]
        public void UnreadablePayloadsAreRefusedWithoutThrowing(string? payload)
        {
            _router.Handle(payload);
            Assert.Equal(1, _router.Refused);
        }

        [Fact]
        public void AnOversizedPayloadIsRefusedUnread()
        {
            _router.Handle(Push("EVENT_UNIT_LOGIN", new JObject { ["pad"] = new string('x', PushEventRouter.MaxPayloadChars) }));
            Assert.Equal(1, _router.Refused);
            Assert.True(_log.Contains("larger than"));
        }
    }
}
