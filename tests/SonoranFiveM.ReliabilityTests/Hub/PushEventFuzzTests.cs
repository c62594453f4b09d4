using System.Collections.Concurrent;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Streaming;
using SonoranFiveM.Core.Streaming.Bridge;
using SonoranFiveM.Core.Streaming.Push;
using SonoranFiveM.Core.Tracking;
using SonoranFiveM.ReliabilityTests.ChatInput;

namespace SonoranFiveM.ReliabilityTests.Hub
{
    /// <summary>
    /// Push events and the hub bridge's events are input from outside (the CAD, or any resource raising the event
    /// names): whatever arrives never throws, a wrong key never changes the roster, and no secret reaches a log line
    /// or a chat line.
    /// </summary>
    public class PushEventFuzzTests
    {
        private const string Key = "SENTINEL-api-key-7f3a9c";

        private static readonly string[] Types =
        {
            "EVENT_UNIT_LOGIN", "EVENT_UNIT_LOGOUT", "EVENT_UNIT_STATUS", "EVENT_UNIT_PANIC", "EVENT_911", "EVENT_REMOVE_911",
            "EVENT_DISPATCH_NEW", "EVENT_DISPATCH_UNIT_ATTACH", "EVENT_DISPATCH_UNIT_DETACH", "EVENT_DISPATCH_CLOSED",
            "EVENT_COMMUNITY_LINK_VERIFIED", "EVENT_RECORD_ADD", "EVENT_WHATEVER",
        };

        private static readonly Gen<JToken> Leaf = Gen.OneOf<JToken>(
            HostileText.Any.Select(s => (JToken)new JValue(s)),
            Gen.Long.Select(l => (JToken)new JValue(l)),
            Gen.Double.Select(d => (JToken)new JValue(d)),
            Gen.Bool.Select(b => (JToken)new JValue(b)),
            Gen.Const((JToken)JValue.CreateNull()));

        private static readonly Gen<JToken> Unit = Gen.Select(Leaf, Leaf, Gen.OneOf(Gen.Const("u1"), HostileText.Any), (id, status, user) =>
            (JToken)new JObject { ["id"] = id, ["status"] = status, ["isPanic"] = true, ["data"] = new JObject { ["communityUserId"] = user } });

        private static readonly Gen<JToken> Data = Gen.OneOf(
            Leaf,
            Unit,
            Gen.Select(Leaf, HostileText.Any, Leaf, Unit.List[0, 3], (callId, title, postal, units) =>
                (JToken)new JObject { ["callId"] = callId, ["title"] = title, ["postal"] = postal, ["description"] = title, ["units"] = new JArray(units) }));

        private sealed class Recorder : ILog, ICommandMessenger, IIntegrationEvents, IPushEventSink
        {
            public readonly ConcurrentQueue<string> Text = new ConcurrentQueue<string>();
            public void Write(LogLevel level, string message) => Text.Enqueue(message);
            public void Reply(int playerId, string message) => Text.Enqueue(message);
            public void CallAccepted(string clientId, string callId, bool isEmergency, string caller, string location, string description) { }
            public void PanicChanged(string communityUserId, bool isPanic) { }
            public void StatusChanged(string communityUserId, int status) { }
            public void Raise(string eventName, params object[] args) => Text.Enqueue(string.Join("|", args));
        }

        [Fact]
        public void Any_push_is_handled_without_throwing_and_no_secret_is_written()
        {
            var time = new FakeTimeProvider();
            var recorder = new Recorder();
            var roster = new UnitRoster(new Moq.Mock<ICadApi>(Moq.MockBehavior.Strict).Object, new UnitRosterOptions(), time, recorder); // no poll runs here
            roster.RegisterPlayer(1, "u1");
            var router = new PushEventRouter(Key, roster, recorder, recorder, recorder, time, recorder);
            var keys = Gen.OneOf(Gen.Const<string?>(Key), Gen.Const<string?>(Key.ToLowerInvariant()), HostileText.Any.Select(s => (string?)s), Gen.Const((string?)null!));
            Gen.Select(keys, Gen.OneOf(Gen.OneOf(Types), HostileText.Any), Data, Gen.Int[0, 9]).Sample((key, type, data, shape) =>
            {
                var message = new JObject { ["key"] = key, ["type"] = type, ["data"] = data };
                var payload = shape == 0 ? type : shape == 1 ? message["data"]!.ToString() : message.ToString();
                var accepted = router.Accepted;
                var wasUnit = roster.IsActiveUnit("u1");
                router.Handle(payload);
                if (!string.Equals(key, Key, StringComparison.OrdinalIgnoreCase) || shape < 2)
                {
                    Assert.Equal(accepted, router.Accepted);
                    Assert.Equal(wasUnit, roster.IsActiveUnit("u1"));
                }
            }, iter: SuiteSettings.Iterations, threads: 1); // one router, counters compared per case
            Assert.DoesNotContain(recorder.Text, line => line.IndexOf(Key, StringComparison.OrdinalIgnoreCase) >= 0);
        }

        [Fact]
        public void Any_bridge_answer_is_read_without_throwing()
        {
            var time = new FakeTimeProvider();
            var transport = new EventHubTransport((_, __) => { }, "https://cad.example/apiWsHub", "c", 1, time);
            var pending = transport.ConnectAsync(CancellationToken.None);
            var anything = Gen.OneOf<object?>(
                Gen.Int.Select(i => (object?)i), Gen.Long.Select(l => (object?)l), Gen.Double.Select(d => (object?)d),
                HostileText.Any.Select(s => (object?)s), Gen.Bool.Select(b => (object?)b), Gen.Bool.Select(_ => (object?)null));
            Gen.Select(anything, anything, anything).Sample((id, outcome, reason) =>
            {
                transport.OnResult(id, outcome, reason);
                transport.OnPush(reason);
                transport.OnClosed(reason);
            }, iter: SuiteSettings.Iterations);
            if (pending.IsCompleted) Assert.NotNull(pending.Result.Reason);
        }
    }
}
