using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Locations;
using HostileText = SonoranFiveM.ReliabilityTests.Loaders.HostileText;

namespace SonoranFiveM.ReliabilityTests.CallCommands
{
    /// <summary>
    /// Owner-written call command lists and panic call texts as hostile input: loading never throws and every problem
    /// names its entry; a list that loads builds a router that never throws, registers exactly the enabled names, and
    /// sends calls whose description carries the prefix, whose metaData is strings only and whose priority is 1–3.
    /// </summary>
    public class CallCommandConfigFuzzTests
    {
        private static readonly Gen<string> Name = Gen.Frequency(
            (4, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-_"], 1, 12]),
            (1, Gen.OneOf(new[] { "911", "311", "panic", "status", "sonoran", "SONORAN", "/tow", "tow truck", "" })),
            (1, HostileText.Text));

        private static readonly Gen<JObject> Entry =
            Gen.Select(Name, Gen.Bool, Gen.Frequency((3, Gen.Const("")), (1, HostileText.Text)), Gen.Int[-1, 5], Gen.Frequency((3, Gen.Const("")), (1, HostileText.Text)),
                    Gen.Bool, Gen.Int[-5, 2100])
                .Select((name, emergency, prefix, priority, code, enabled, maxLength) =>
                {
                    var entry = new JObject { ["name"] = name, ["emergency"] = emergency, ["descriptionPrefix"] = prefix, ["code"] = code, ["enabled"] = enabled, ["maxLength"] = maxLength, ["cooldownSeconds"] = 0 };
                    if (priority >= 0) entry["priority"] = priority;
                    return entry;
                });

        private static readonly Gen<(JArray Calls, string PanicText)> Config =
            Gen.Select(Entry.Array[0, 5], Gen.Frequency((2, Gen.Const("Unit {playerName} at {location} ({postal}) {time}")), (1, HostileText.Text)))
                .Select((entries, panic) => (new JArray(entries.Cast<object>().ToArray()), panic));

        [Fact]
        public void Call_command_lists_never_throw_and_a_valid_one_sends_well_formed_calls()
        {
            Config.Sample(sample =>
            {
                var json = new JObject
                {
                    ["communityId"] = "fuzz",
                    ["commands"] = new JObject { ["calls"] = sample.Calls, ["invalidCommandLimit"] = 0 },
                    ["calls"] = new JObject { ["sharedCooldownSeconds"] = 0, ["panicCall"] = new JObject { ["enabled"] = true, ["description"] = sample.PanicText, ["cooldownSeconds"] = 0 } },
                }.ToString();
                var result = OptionsLoader.Load(json, name => name == "sonoran_apiKey" ? "fuzz-key" : null);

                Assert.Equal(result.Options == null, result.Errors.Count > 0);
                foreach (var error in result.Errors)
                {
                    Assert.True(error.Key.StartsWith("commands.calls[", StringComparison.Ordinal) || error.Key == "calls.panicCall.description", error.Key + ": " + error.Message);
                    Assert.StartsWith(error.Key, error.Message);
                    Assert.True(error.Message.Length <= 2_000, error.Message);
                }

                if (result.Options is SonoranOptions options) SendThroughEveryCommand(options, sample.Calls);
            }, iter: SuiteSettings.Iterations / 8, print: s => s.Calls.ToString(Newtonsoft.Json.Formatting.None) + " | " + s.PanicText);
        }

        private static void SendThroughEveryCommand(SonoranOptions options, JArray written)
        {
            var cad = new RecordingCad();
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
            var router = new CommandRouter(OptionsMapping.Commands(options), cad, new NoReplies(), new LocationDescriber(null), time, new NoLog());

            var enabled = options.Commands.Calls.Where(c => c.Enabled).ToList();
            Assert.Equal(enabled.Select(c => c.Name).Concat(new[] { "panic", "status" }), router.Names);
            foreach (var entry in enabled)
            {
                var sent = cad.Calls.Count;
                var outcome = router.HandleAsync(entry.Name, "help ^1me", Player(false)).GetAwaiter().GetResult();
                if (outcome != CommandOutcome.Accepted) continue;
                var call = cad.Calls[sent];
                Assert.Equal(entry.Emergency, call.IsEmergency);
                Assert.Equal(entry.DescriptionPrefix.Trim().Length > 0 ? entry.DescriptionPrefix.Trim() + " help me" : "help me", call.Description);
                WellFormed(call);
            }

            Assert.Equal(CommandOutcome.Accepted, router.HandleAsync("panic", "", Player(true)).GetAwaiter().GetResult());
            var panicCall = cad.Calls.Last();
            Assert.True(panicCall.IsEmergency);
            Assert.False(string.IsNullOrEmpty(panicCall.Description));
            WellFormed(panicCall);
        }

        private static void WellFormed(EmergencyCall call)
        {
            Assert.All(call.MetaData, pair => Assert.NotNull(pair.Value));
            if (call.MetaData.TryGetValue("priority", out var priority)) Assert.Contains(priority, new[] { "1", "2", "3" });
            Assert.NotNull(call.ToJson()["metaData"]);
        }

        private static CommandContext Player(bool isUnit) => new CommandContext(4, "Fuzz Player", "fuzz", isUnit, new WorldPosition(1, 2, 3), _ => true);

        private sealed class RecordingCad : ICadActions
        {
            public List<EmergencyCall> Calls { get; } = new List<EmergencyCall>();

            public int QueuedNonEmergencyCalls => 0;

            public IDeliveryTicket Send911(EmergencyCall call)
            {
                Calls.Add(call);
                return new Accepted();
            }

            public IDeliveryTicket SetPanic(string communityUserId, bool on) => new Accepted();

            public IDeliveryTicket SetStatus(string communityUserId, int status) => new Accepted();

            public CallCancellation Cancel911(string ticketId) => new CallCancellation(CallCancelState.Unknown);

            public IDeliveryTicket Remove911(long callId) => new Accepted();
        }

        private sealed class Accepted : IDeliveryTicket
        {
            public string Id { get; } = Guid.NewGuid().ToString("N");
            public Task<DeliveryResult> Completion { get; } = Task.FromResult(new DeliveryResult(DeliveryState.Accepted));
            public Task<Core.Dispatch.Durability> Saved { get; } = Task.FromResult(Core.Dispatch.Durability.NotDurable);
            public DeliveryFailure? LastFailure => null;
        }

        private sealed class NoReplies : ICommandMessenger
        {
            public void Reply(int playerId, string message)
            {
            }
        }

        private sealed class NoLog : ILog
        {
            public void Write(LogLevel level, string message)
            {
            }
        }
    }
}
