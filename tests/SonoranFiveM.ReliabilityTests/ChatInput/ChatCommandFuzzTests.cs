using System.Collections.Concurrent;
using Moq;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Locations;

namespace SonoranFiveM.ReliabilityTests.ChatInput
{
    /// <summary>
    /// Hostile text (any UTF-16, nested codes, up to 100 KB) and hostile player names through the real command router
    /// and record commands of a real <see cref="SonoranIntegration"/>: nothing escapes, every reply is non-empty, bounded
    /// and clean. The CAD is never reached (the dispatcher is not pumped): this is about the main-thread side.
    /// </summary>
    public sealed class ChatCommandFuzzTests : IDisposable, ICommandMessenger, ILog
    {
        private const int MaxReply = 1000;
        private static readonly string[] Commands = { "911", "311", "panic", "status", "bolo", "note" };

        private readonly string _folder = Directory.CreateTempSubdirectory("sonoran-chat-fuzz").FullName;
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly ConcurrentQueue<(int Player, string Message)> _replies = new ConcurrentQueue<(int, string)>();
        private readonly ConcurrentQueue<string> _log = new ConcurrentQueue<string>();
        private readonly SonoranIntegration _integration;

        public ChatCommandFuzzTests()
        {
            // Cooldowns and the refusal limit off, so every input reaches the deepest checks.
            const string json = "{ \"communityId\": \"fuzz\", \"baseUrl\": \"https://cad.invalid\", \"httpTransport\": \"httpclient\", "
                + "\"commands\": { \"invalidCommandLimit\": 0, \"emergency\": { \"cooldownSeconds\": 0 }, \"nonEmergency\": { \"cooldownSeconds\": 0 }, "
                + "\"panic\": { \"cooldownSeconds\": 0 }, \"status\": { \"cooldownSeconds\": 0 } }, \"calls\": { \"sharedCooldownSeconds\": 0 }, "
                + "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"fields\": { \"plate\": \"{arg1}\", \"reason\": \"{arg2} by {caller} ({playerName})\" } } }, "
                + "\"commands\": [ { \"name\": \"bolo\", \"template\": \"bolo\", \"cooldownSeconds\": 0, \"arguments\": [ \"plate\", \"reason\" ] }, "
                + "{ \"name\": \"note\", \"template\": \"bolo\", \"cooldownSeconds\": 0, \"arguments\": [ \"plate\", \"reason\" ] } ] } }";
            var loaded = OptionsLoader.Load(json, name => name == "sonoran_apiKey" ? "fuzz-key" : null);
            Assert.True(loaded.IsValid, string.Join(" | ", loaded.Errors));
            var services = new IntegrationServices(new Mock<IHttpTransport>().Object, _time, this, this, new Mock<IIntegrationEvents>().Object, _folder);
            _integration = SonoranIntegration.Create(loaded.Options!, services);
        }

        public void Reply(int playerId, string message) => _replies.Enqueue((playerId, message));

        public void Write(LogLevel level, string message) => _log.Enqueue(message);

        public void Dispose()
        {
            _integration.Dispose();
            Directory.Delete(_folder, recursive: true);
        }

        [Fact]
        public void Hostile_chat_commands_and_names_never_escape_and_every_reply_is_non_empty_bounded_and_clean()
        {
            var seen = new ConcurrentDictionary<CommandOutcome, int>();
            var input = Gen.Select(HostileText.Any, Gen.Int[0, Commands.Length - 1], Gen.Int[-2, 40], Gen.Bool, HostileText.Any);
            input.Sample((text, command, player, isUnit, name) =>
            {
                while (_replies.TryDequeue(out _)) { }
                var context = new CommandContext(player, name, player % 7 == 0 ? null : "cuid" + player, isUnit,
                    new WorldPosition(player * 10f, -player * 10f, 30f), ace => player % 5 != 0);

                var handled = _integration.HandleCommandAsync(Commands[command], text, context); // throwing here fails the sample
                if (!handled.IsCompleted)
                {
                    _time.Advance(TimeSpan.FromSeconds(6)); // past the reply wait: the player hears "queued"
                    Assert.True(handled.Wait(TimeSpan.FromSeconds(10)), "the command did not answer after the reply wait");
                }

                Assert.Equal(TaskStatus.RanToCompletion, handled.Status);
                seen.AddOrUpdate(handled.Result, 1, (_, n) => n + 1);
                var replies = _replies.Where(r => r.Player == player).Select(r => r.Message).ToList();
                if (handled.Result != CommandOutcome.Ignored && handled.Result != CommandOutcome.UnknownCommand) Assert.NotEmpty(replies);
                foreach (var reply in replies)
                {
                    Assert.False(string.IsNullOrWhiteSpace(reply));
                    Assert.True(reply.Length <= MaxReply, "a reply of " + reply.Length + " characters");
                    Assert.DoesNotContain(reply, char.IsControl);
                }
            }, iter: SuiteSettings.Iterations, threads: 1);

            // The run reached every kind of answer, not only the early refusals.
            Assert.Subset(seen.Keys.ToHashSet(), new[] { CommandOutcome.NotAPlayer, CommandOutcome.NoPermission, CommandOutcome.NotAUnit, CommandOutcome.Usage, CommandOutcome.TooLong, CommandOutcome.QueuedPaced }.ToHashSet());
            Assert.All(_log, line => Assert.True(line.Length <= 4 * MaxReply, "a log line of " + line.Length + " characters"));
        }
    }
}
