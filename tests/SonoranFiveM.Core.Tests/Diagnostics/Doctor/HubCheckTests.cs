using Moq;
using SonoranFiveM.Core.Diagnostics.Doctor;
using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public class HubCheckTests
    {
        private const string WebSocket = "\"location\": { \"transport\": \"websocket\" }";

        private static async Task<HubLocationChannel> ChannelAfterOneAttempt(HubAttempt attempt)
        {
            var transport = new Mock<IHubTransport>();
            transport.Setup(t => t.ConnectAsync(It.IsAny<CancellationToken>())).ReturnsAsync(attempt);
            var channel = new HubLocationChannel(transport.Object, Mock.Of<IUnitLocationSource>(), new HubChannelOptions(), new FakeTimeProvider(), new ListLog(), () => 0.5);
            await channel.PumpAsync();
            return channel;
        }

        private static DoctorContext Context(string json, HubLocationChannel? hub, bool running = true) =>
            DoctorFixtures.Context(DoctorFixtures.Load(json), new ServerFacts("r") { Running = running, Hub = hub });

        [Fact]
        public async Task The_http_transport_uses_no_hub_and_passes_as_not_used()
        {
            var (lines, _) = await DoctorFixtures.RunAsync(new HubCheck(), Context("\"location\": { \"transport\": \"http\" }", null));
            Assert.Equal("PASS  hub              not used: location.transport is http (or locations are off)", Assert.Single(lines));
        }

        [Fact]
        public async Task A_refused_hub_fails_with_the_reason_and_the_settings_to_check()
        {
            using var hub = await ChannelAfterOneAttempt(HubAttempt.Refused("invalid api key"));

            var (lines, run) = await DoctorFixtures.RunAsync(new HubCheck(), Context(WebSocket, hub));

            Assert.StartsWith("FAIL  hub              the hub refused authentication (invalid api key)", lines[0]);
            Assert.Contains("sonoran_apiKey", lines[1]);
            Assert.True(run.Failed);
        }

        [Fact]
        public async Task A_down_hub_fails_and_an_authenticated_one_passes()
        {
            using var down = await ChannelAfterOneAttempt(HubAttempt.Down("connection refused"));
            var (lines, _) = await DoctorFixtures.RunAsync(new HubCheck(), Context(WebSocket, down));
            Assert.StartsWith("FAIL  hub              not connected (connection refused)", lines[0]);
            Assert.Contains("/apiWsHub", lines[1]);

            using var up = await ChannelAfterOneAttempt(HubAttempt.Authenticated);
            (lines, _) = await DoctorFixtures.RunAsync(new HubCheck(), Context(WebSocket, up));
            Assert.StartsWith("PASS  hub              connected and authenticated", Assert.Single(lines));
        }

        [Fact]
        public async Task Not_running_skips()
        {
            var (lines, _) = await DoctorFixtures.RunAsync(new HubCheck(), Context(WebSocket, null, running: false));
            Assert.StartsWith("SKIP  hub              the resource is not running", Assert.Single(lines));
        }
    }
}
