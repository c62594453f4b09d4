using System.Collections.Concurrent;
using System.Net.Http;
using SonoranFiveM.Core;
using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Records.Sinks;
using SonoranFiveM.Emulator;

namespace SonoranFiveM.ReliabilityTests.Secrets
{
    /// <summary>
    /// A representative session of the whole core over real HTTP against the emulator, with sentinel secrets: start-up,
    /// players, chat commands, a record command, every export, the status command, mirrors, minutes of lanes, a stop.
    /// Everything the owner or a player could see goes to the scanner.
    /// </summary>
    internal sealed class IntegrationRun : ICommandMessenger, IIntegrationEvents, ILog
    {
        private readonly SentinelScanner _scanner;
        private readonly ConcurrentQueue<string> _seen = new();

        private IntegrationRun(SentinelScanner scanner) => _scanner = scanner;

        /// <summary>Runs one session; <paramref name="cadKnowsTheKey"/> false makes the CAD and mirrors refuse the sentinel keys.</summary>
        public static async Task RunAsync(SentinelScanner scanner, bool cadKnowsTheKey)
        {
            var run = new IntegrationRun(scanner);
            try
            {
                await run.SessionAsync(cadKnowsTheKey);
            }
            catch (Exception e)
            {
                scanner.Scan("exception", e.ToString());
                throw;
            }
            finally
            {
                scanner.Scan("seen", run._seen);
            }
        }

        private async Task SessionAsync(bool cadKnowsTheKey)
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
            await using var emulator = await CadEmulator.StartAsync(new EmulatorOptions
            {
                ApiKey = cadKnowsTheKey ? Sentinels.CadKey : "another-cad-key-0000",
                CommunityId = "my-community",
                TinesApiKey = cadKnowsTheKey ? Sentinels.TinesKey : "another-tines-key-0000",
                QuickBloxApiKey = cadKnowsTheKey ? Sentinels.QuickBloxKey : "another-qb-key-0000",
                TimeProvider = time,
            });
            var folder = Directory.CreateTempSubdirectory("sonoran-secrets").FullName;
            using var http = new HttpClient();
            try
            {
                var files = new FolderFiles(folder);
                files.Write(ConfigBootstrap.ConfigFileName, Sentinels.Config(emulator.BaseUrl, "my-community"));
                var startup = ConfigurationStartup.Run(files, name => name == "sonoran_apiKey" ? Sentinels.CadKey : null, this);
                Assert.NotNull(startup.Options);

                var transport = new HttpClientTransport(http, time);
                using var integration = SonoranIntegration.Create(startup.Options!, new IntegrationServices(transport, time, startup.Log, this, this, folder) { Random = () => 0.5 });
                integration.Start();
                emulator.State.AddUnit("unit1");
                integration.PlayerJoined(1, "license:unit1");
                integration.PlayerJoined(2, "license:civ2");

                var unit = new CommandContext(1, "Officer Lee", "unit1", true, new WorldPosition(10f, 20f, 30f), _ => true);
                var civilian = new CommandContext(2, "Jane", "civ2", false, new WorldPosition(-200f, 40f, 30f), _ => false);
                var commands = new List<Task<CommandOutcome>>
                {
                    integration.HandleCommandAsync("911", "there is a fire at the gas station", civilian),
                    integration.HandleCommandAsync("311", "noise complaint", unit),
                    integration.HandleCommandAsync("panic", "", unit),
                    integration.HandleCommandAsync("status", "busy", unit),
                    integration.HandleCommandAsync("status", "dancing", unit),
                    integration.HandleCommandAsync("bolo", "ABC123 stolen red sedan", unit),
                    integration.HandleCommandAsync("bolo", "", unit),
                };

                var exports = new ResourceExports(integration);
                var results = new List<string>
                {
                    exports.Send911Call("Store clerk", "Route 68", "robbery in progress", true, new Dictionary<string, object> { ["postal"] = 512 }),
                    exports.Send911Call(null, null, null, false, null),
                    exports.SetUnitStatus("unit1", "enroute"),
                    exports.SetUnitPanic("unit1", false),
                    exports.CreateTemporaryRecord("bolo", new Dictionary<string, object> { ["caller"] = "Dispatch", ["args"] = new List<object> { "PLT1", "armed" } }, 10),
                    exports.CreateTemporaryRecord("nope", null, 10),
                };
                results.Add(exports.DeleteTemporaryRecord(results[4]) ? "deleted" : "not deleted");

                for (var step = 0; step < 40; step++)
                {
                    await integration.Dispatcher.PumpAsync();
                    time.Advance(TimeSpan.FromSeconds(15));
                    if (step % 10 == 0)
                    {
                        integration.Sample(integration.Units, new[] { new Core.Tracking.PlayerPosition(1, 100f + step, 200f, 30f, 90f, Core.Tracking.VehicleModelNames.HashOf("police")) }, 1);
                        _scanner.Scan("status line", integration.StatusLines());
                        _scanner.Scan("export status", exports.GetStatus());
                    }
                }

                foreach (var command in commands)
                {
                    var finished = await Task.WhenAny(command, Task.Delay(TimeSpan.FromSeconds(10)));
                    _seen.Enqueue("command outcome " + (finished == command ? command.Result.ToString() : "still waiting"));
                }

                _scanner.Scan("export result", results);
                await MirrorsAsync(transport, emulator.BaseUrl, time);
                await integration.StopAsync(TimeSpan.Zero);
                _scanner.Scan("status line", integration.StatusLines());
                _scanner.ScanFiles(folder, ConfigBootstrap.ConfigFileName);
            }
            finally
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            }
        }

        /// <summary>The mirrors' sinks against the emulator's Tines and QuickBlox (http there, so not through the validated config).</summary>
        private async Task MirrorsAsync(IHttpTransport transport, string baseUrl, TimeProvider time)
        {
            var secrets = new[] { Sentinels.CadKey, Sentinels.TinesKey, Sentinels.QuickBloxKey };
            var record = new Core.Records.TemporaryRecord
            {
                Id = "record-1",
                TemplateName = "bolo",
                RecordTypeId = 3,
                Fields = new Dictionary<string, string> { ["plate"] = "ABC123" },
                Owner = "license:unit1",
                LifetimeMinutes = 30,
                CreatedAt = time.GetUtcNow(),
                ExpiresAt = time.GetUtcNow().AddMinutes(30),
                Sinks = new List<string> { "tines", "quickblox" },
            };
            IRecordSink[] sinks =
            {
                new TinesRecordSink(transport, new TinesMirrorOptions { TenantUrl = baseUrl, ApiKey = Sentinels.TinesKey, RecordTypeId = 1, FieldMap = { ["plate"] = "1" } }, time, otherSecrets: secrets),
                new QuickBloxRecordSink(transport, new QuickBloxMirrorOptions { ApiUrl = baseUrl, ApiKey = Sentinels.QuickBloxKey, ClassName = "Bolo", FieldMap = { ["plate"] = "plate" } }, time, otherSecrets: secrets),
            };
            foreach (var sink in sinks)
            {
                var created = await sink.CreateAsync(record, CancellationToken.None);
                _seen.Enqueue(sink.Name + " create: " + created.Failure + " " + created.RemoteId);
                var deleted = await sink.DeleteAsync(created.RemoteId ?? "000000000000000000000000", CancellationToken.None);
                _seen.Enqueue(sink.Name + " delete: " + deleted.Failure);
            }
        }

        public void Reply(int playerId, string message) => _seen.Enqueue("chat to " + playerId + ": " + message);

        public void CallAccepted(string clientId, string callId, bool isEmergency, string caller, string location, string description)
            => _seen.Enqueue("event call " + callId + " " + caller + " " + location + " " + description);

        public void PanicChanged(string communityUserId, bool isPanic) => _seen.Enqueue("event panic " + communityUserId);

        public void StatusChanged(string communityUserId, int status) => _seen.Enqueue("event status " + communityUserId);

        public void Write(LogLevel level, string message) => _seen.Enqueue("log " + level + ": " + message);

        private sealed class FolderFiles : IResourceFiles
        {
            private readonly string _folder;

            public FolderFiles(string folder) => _folder = folder;

            public string? Read(string name)
            {
                var path = Path.Combine(_folder, name);
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }

            public void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder, name), content);
        }
    }
}
