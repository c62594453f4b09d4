using System.Collections.Concurrent;
using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public class ConsoleDoctorTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider();
        private readonly ConcurrentQueue<string> _said = new ConcurrentQueue<string>();

        private DoctorContext GoodContext(RecordingTransport transport)
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load());
            context.Transport = transport;
            context.ActiveUnitsPermit = () => false;
            return context;
        }

        [Fact]
        public async Task A_second_doctor_while_one_runs_is_told_so_and_runs_nothing()
        {
            var doctor = new ConsoleDoctor(_time);
            var release = new TaskCompletionSource<DoctorContext>(TaskCreationOptions.RunContinuationsAsynchronously);
            var secondPrepared = false;

            var first = doctor.TryStart(() => release.Task, _said.Enqueue);
            var second = doctor.TryStart(() => { secondPrepared = true; return release.Task; }, _said.Enqueue);

            Assert.NotNull(first);
            Assert.Null(second);
            Assert.Contains(ConsoleDoctor.AlreadyRunning, _said);
            Assert.True(doctor.IsRunning);

            release.SetResult(GoodContext(new RecordingTransport { Default = _ => new HttpResponse(200, "{\"version\":3,\"name\":\"PLUS\"}") }));
            await first!;
            Assert.False(secondPrepared);
            Assert.False(doctor.IsRunning);
            Assert.Contains(_said, l => l.StartsWith("PASS  api key", StringComparison.Ordinal));
            Assert.NotNull(doctor.TryStart(() => release.Task, _ => { }));
        }

        [Fact]
        public async Task A_hostile_plan_name_reaches_the_lines_cleaned_and_every_chat_line_is_capped()
        {
            var doctor = new ConsoleDoctor(_time);
            var hostile = "^1PLUS\\u001b[2J\\n" + new string('x', 10_000);
            var transport = new RecordingTransport { Default = _ => new HttpResponse(200, "{\"version\":3,\"name\":\"" + hostile + "\"}") };

            await doctor.TryStart(() => Task.FromResult(GoodContext(transport)), _said.Enqueue)!;

            var key = Assert.Single(_said, l => l.StartsWith("PASS  api key", StringComparison.Ordinal));
            Assert.Contains("PLUS [2J", key);
            Assert.DoesNotContain(new string('x', 65), key);
            Assert.DoesNotContain(key, char.IsControl);

            var chat = ConsoleDoctor.ChatLine("FAIL  hub  refused: ^1\u001b[31m" + new string('y', 10_000) + "\n");
            Assert.True(chat.Length <= ConsoleDoctor.MaxChatLine);
            Assert.StartsWith("FAIL hub refused: [31m", chat);
            Assert.DoesNotContain(chat, char.IsControl);
        }

        [Fact]
        public async Task A_failure_is_said_in_one_line_and_never_thrown()
        {
            var doctor = new ConsoleDoctor(_time);

            await doctor.TryStart(() => throw new InvalidOperationException("engine gone"), _said.Enqueue)!;

            Assert.Equal("doctor stopped: InvalidOperationException", _said.Last());
            Assert.False(doctor.IsRunning);
        }

        [Fact]
        public async Task Runs_share_the_version_budget_and_the_eleventh_in_a_minute_skips()
        {
            var doctor = new ConsoleDoctor(_time);
            var transport = new RecordingTransport { Default = _ => new HttpResponse(200, "{\"version\":3,\"name\":\"PLUS\"}") };
            for (var i = 0; i < 11; i++)
            {
                while (_said.TryDequeue(out _)) { }
                await doctor.TryStart(() => Task.FromResult(GoodContext(transport)), _said.Enqueue)!;
            }

            Assert.Equal(10, transport.Requests.Count);
            Assert.Contains(_said, l => l.StartsWith("SKIP  api key          not checked: the version endpoint's limit (10/min)", StringComparison.Ordinal));

            _time.Advance(TimeSpan.FromSeconds(61));
            await doctor.TryStart(() => Task.FromResult(GoodContext(transport)), _ => { })!;
            Assert.Equal(11, transport.Requests.Count);
        }

        [Fact]
        public async Task A_secret_in_a_cad_error_never_reaches_the_console()
        {
            var doctor = new ConsoleDoctor(_time);
            var transport = new RecordingTransport().Reply(401, "{\"message\":\"bad key " + DoctorFixtures.Key + "\"}");

            await doctor.TryStart(() => Task.FromResult(GoodContext(transport)), _said.Enqueue)!;

            Assert.Contains(_said, l => l.StartsWith("FAIL  api key", StringComparison.Ordinal));
            Assert.DoesNotContain(_said, l => l.Contains(DoctorFixtures.Key, StringComparison.Ordinal));
        }
    }
}
