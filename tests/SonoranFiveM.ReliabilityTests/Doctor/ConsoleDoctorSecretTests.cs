using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Diagnostics.Doctor;
using SonoranFiveM.Emulator;
using SonoranFiveM.ReliabilityTests.Secrets;

namespace SonoranFiveM.ReliabilityTests.Doctor
{
    /// <summary>
    /// <c>sonoran doctor</c> in the server with sentinel keys in the convar and in config.json (mirrors enabled and
    /// unreachable), against a CAD that accepts the key and one that refuses it: no line holds any piece of a key.
    /// </summary>
    public class ConsoleDoctorSecretTests : ICommandMessenger, IIntegrationEvents, ILog
    {
        [Theory]
        [InlineData(true, false)]
        [InlineData(false, false)]
        [InlineData(true, true)]
        public async Task The_console_doctor_shows_no_piece_of_any_key(bool cadKnowsTheKey, bool keyInConfigJson)
        {
            var scanner = Sentinels.Scanner();
            await using var emulator = await CadEmulator.StartAsync(new EmulatorOptions
            {
                Port = 0, ApiKey = cadKnowsTheKey ? Sentinels.CadKey : "another-cad-key-0000", CommunityId = "my-community",
            });
            var folder = Directory.CreateTempSubdirectory("sonoran-secrets-doctor").FullName;
            using var http = new HttpClient();
            try
            {
                var unreachable = "https://127.0.0.1:" + ClosedPort();
                var json = Sentinels.Config(emulator.BaseUrl, "my-community", keyInConfigJson ? "\"apiKey\": \"" + Sentinels.CadKey + "\"" : "").Replace(
                    "\"enabled\": false, \"apiKey\"", "\"enabled\": true, \"tenantUrl\": \"" + unreachable + "\", \"apiUrl\": \"" + unreachable
                    + "\", \"recordTypeId\": 1, \"className\": \"Bolo\", \"fieldMap\": { \"plate\": \"1\" }, \"apiKey\"");
                var files = new Files(json);
                string? Convar(string name) => !keyInConfigJson && name == ProtectedConvar.ApiKeyConvar ? Sentinels.CadKey : null;
                var loaded = OptionsLoader.Load(json, Convar);
                Assert.True(loaded.IsValid, string.Join(" | ", loaded.Errors));
                var redactor = new SecretRedactor();
                redactor.AddRange(loaded.Secrets);
                using var host = SonoranHost.Create(loaded.Options!, new IntegrationServices(new HttpClientTransport(http), TimeProvider.System,
                    new RedactingLog(this, redactor), this, this, folder));

                var said = new ConcurrentQueue<string>();
                var facts = new ServerFacts("sonoran-fivem") { OneSync = "on" };
                await new ConsoleDoctor(TimeProvider.System).TryStart(() => Task.FromResult(ServerDoctorContext.Load(files, folder, Convar, facts, host,
                    _ => Task.FromResult(PostalsLocation.NotFound("no postal resource")), TimeProvider.System)), said.Enqueue)!;

                Assert.Contains(said, l => l.StartsWith("FAIL  mirror tines", StringComparison.Ordinal));
                scanner.Scan("sonoran doctor", said);
                scanner.ScanFiles(folder);
                scanner.AssertClean();
            }
            finally
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            }
        }

        private static int ClosedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        public void Reply(int playerId, string message) { }

        public void CallAccepted(string clientId, string callId, bool isEmergency, string caller, string location, string description) { }

        public void PanicChanged(string communityUserId, bool isPanic) { }

        public void StatusChanged(string communityUserId, int status) { }

        public void Write(LogLevel level, string message) { }

        private sealed class Files : IResourceFiles
        {
            private readonly string _config;

            public Files(string config) => _config = config;

            public string? Read(string name) => name == ConfigBootstrap.ConfigFileName ? _config : null;

            public void Write(string name, string content) => throw new InvalidOperationException("the doctor must not write " + name);
        }
    }
}
