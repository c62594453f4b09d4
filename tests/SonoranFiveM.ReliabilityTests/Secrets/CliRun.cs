using System.Net;
using System.Net.Sockets;
using SonoranFiveM.Cli;
using SonoranFiveM.Emulator;
using CommandContext = SonoranFiveM.Cli.CommandContext;

namespace SonoranFiveM.ReliabilityTests.Secrets
{
    /// <summary>
    /// The CLI as an owner runs it, with sentinel keys on the command line and in config.json: doctor (with mirrors that
    /// cannot be reached), every send operation, and a short simulate against the emulator. stdout, stderr, exception
    /// texts and the files left in the resource folder go to the scanner.
    /// </summary>
    internal static class CliRun
    {
        public static async Task RunAsync(SentinelScanner scanner, bool cadKnowsTheKey)
        {
            await using var emulator = await CadEmulator.StartAsync(new EmulatorOptions
            {
                Port = 0,
                ApiKey = cadKnowsTheKey ? Sentinels.CadKey : "another-cad-key-0000",
                CommunityId = "my-community",
            });
            var folder = Path.Combine(Directory.CreateTempSubdirectory("sonoran-secrets-cli").FullName, "sonoran-fivem");
            Directory.CreateDirectory(folder);
            try
            {
                var unreachable = "https://127.0.0.1:" + ClosedPort();
                var config = Path.Combine(folder, "config.json");
                await File.WriteAllTextAsync(config, Sentinels.Config(emulator.BaseUrl, "my-community").Replace(
                    "\"enabled\": false, \"apiKey\"", "\"enabled\": true, \"tenantUrl\": \"" + unreachable + "\", \"apiUrl\": \"" + unreachable + "\", \"recordTypeId\": 1, \"className\": \"Bolo\", \"fieldMap\": { \"plate\": \"1\" }, \"apiKey\""));
                var key = new[] { "--api-key", Sentinels.CadKey };

                await Cli(scanner, "doctor", "--config", config, key[0], key[1]);
                await Cli(scanner, "doctor", "--cad-url", emulator.BaseUrl, key[0], key[1], "--community-id", "my-community");
                foreach (var operation in new[]
                {
                    new[] { "911", "--caller", "Jane", "--location", "Alta St", "--description", "fire" },
                    new[] { "heartbeat", "--players", "3" },
                    new[] { "record", "--template", "bolo", "--value", "args=ABC123 stolen" },
                    new[] { "record", "--type-id", "3", "--field", "plate=ABC" },
                    new[] { "location", "--user", "unit1", "--x", "1", "--y", "2" },
                    new[] { "panic", "--user", "unit1" },
                    new[] { "status", "--user", "unit1", "--status", "busy" },
                    new[] { "version" },
                })
                {
                    await Cli(scanner, Concat(new[] { "send" }, operation, new[] { "--config", config }, key));
                }

                await Cli(scanner, "send", "version", "--cad-url", emulator.BaseUrl, "--api-key=" + Sentinels.CadKey);
                await Cli(scanner, "simulate", "--cad-url", emulator.BaseUrl, key[0], key[1], "--community-id", "my-community", "--duration", "1", "--players", "4", "--json");
                await Cli(scanner, "simulate", "--cad-url", "http://127.0.0.1:" + ClosedPort(), key[0], key[1], "--community-id", "my-community", "--duration", "1", "--players", "2");
                scanner.ScanFiles(folder, "config.json");
            }
            finally
            {
                try { Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true); } catch (IOException) { }
            }
        }

        private static async Task Cli(SentinelScanner scanner, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var where = "sonoran-fivem " + string.Join(" ", args).Replace(Sentinels.CadKey, "<key>");
            try
            {
                var code = await CliApp.RunAsync(args, new CommandContext(output, error, CancellationToken.None));
                Assert.InRange(code, 0, 2);
            }
            catch (Exception e)
            {
                scanner.Scan(where + " exception", e.ToString());
                throw;
            }
            finally
            {
                scanner.Scan(where + " stdout", output.ToString());
                scanner.Scan(where + " stderr", error.ToString());
            }
        }

        private static string[] Concat(params string[][] parts)
        {
            var all = new System.Collections.Generic.List<string>();
            foreach (var part in parts) all.AddRange(part);
            return all.ToArray();
        }

        private static int ClosedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
