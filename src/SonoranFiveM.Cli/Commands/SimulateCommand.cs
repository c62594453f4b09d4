using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SonoranFiveM.Cli.Simulation;
using SonoranFiveM.Emulator.Faults;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary><c>simulate</c>: a busy FiveM server through the real core, against the emulator (default) or a CAD.</summary>
    public sealed class SimulateCommand : ICommand
    {
        public string Name => "simulate";

        public string Summary => "Simulate a busy server through the real core against a local CAD emulator and report.";

        public string Usage =>
            "Usage: sonoran-fivem simulate [options]\n" +
            "\n" +
            "With no options: 64 players (a quarter of them CAD units driving around), 911 calls, a panic, status\n" +
            "changes and temporary records for 60 s against the emulator on 127.0.0.1 with rate limits on.\n" +
            "\n" +
            "Options:\n" +
            "  --players N              players on the server (default 64)\n" +
            "  --units-share F          share of players that are CAD units, 0-1 (default 0.25)\n" +
            "  --duration SECONDS       simulated seconds (default 60)\n" +
            "  --calls-per-minute R     911/311 calls per minute, a quarter of them 311 (default 4)\n" +
            "  --seed S                 random seed; the same seed gives the same game (default 1)\n" +
            "  --speed X|max            virtual seconds per real second (default 1; 60 runs an hour in a minute;\n" +
            "                           max runs as fast as it can)\n" +
            "  --faults PROFILE[,...]   emulator faults: " + FaultProfile.Syntax + "\n" +
            "                           e.g. outage:120-300, 5xx:0.2, 429storm, latency:800\n" +
            "  --cad-url URL            run against this CAD instead of the emulator (speed 1; needs --api-key\n" +
            "                           or the sonoran_apiKey environment variable)\n" +
            "  --api-key KEY            API key for --cad-url (never printed)\n" +
            "  --community-id ID        community id for --cad-url\n" +
            "  --server-id N            server id for --cad-url (default 1)\n" +
            "  --transport websocket|http  how unit locations travel (default websocket: the CAD's hub, HTTP as fallback)\n" +
            "  --hub-outage SECONDS     take the emulator's hub down for this long in the middle of the run\n" +
            "  --json                   print one JSON object at the end and nothing else on stdout\n" +
            "  --help                   show this help\n" +
            "\n" +
            "Exit code 0 when nothing durable was lost (created = delivered + pending for 911 calls and records), 1 otherwise.";

        public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
        {
            var reader = new ArgReader(args,
                new[] { "--players", "--units-share", "--duration", "--calls-per-minute", "--seed", "--speed", "--faults", "--cad-url", "--api-key", "--community-id", "--server-id", "--transport", "--hub-outage" },
                new[] { "--json", "--help" });
            if (reader.Has("--help"))
            {
                await context.Out.WriteLineAsync(Usage);
                return ExitCodes.Ok;
            }

            var settings = Parse(reader, Environment.GetEnvironmentVariable);
            if (settings.CadUrl != null)
                await context.Error.WriteLineAsync($"simulate: sending real traffic to {settings.CadUrl} (server {settings.ServerId}); delivered is counted from acceptance tickets.");

            await using var simulator = await Simulator.StartAsync(settings, context.Cancellation);
            context.Started?.Invoke(simulator);
            var report = await simulator.RunAsync(context.Error, context.Cancellation);

            await context.Out.WriteLineAsync(settings.Json ? report.ToJson() : report.ToText());
            foreach (var problem in report.Problems()) await context.Error.WriteLineAsync("simulate: " + problem);
            return report.NothingLost ? ExitCodes.Ok : ExitCodes.Failed;
        }

        internal static SimulationSettings Parse(ArgReader reader, Func<string, string?> environment)
        {
            var faults = new List<string>();
            if (reader.GetNonEmpty("--faults") is { } profile)
            {
                try
                {
                    FaultProfile.Parse(profile);
                }
                catch (FormatException e)
                {
                    throw new UsageException(e.Message);
                }

                faults.Add(profile);
            }

            double? speed = 1;
            var speedText = reader.GetNonEmpty("--speed");
            if (speedText == "max") speed = null;
            else if (speedText != null) speed = reader.GetDouble("--speed", 1, 0.01, 1_000_000);

            var cadUrl = reader.GetNonEmpty("--cad-url");
            string? apiKey = null;
            if (cadUrl != null)
            {
                if (!Uri.TryCreate(cadUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                    throw new UsageException($"Option --cad-url must be an absolute http(s) URL; got '{cadUrl}'.");
                if (faults.Count > 0) throw new UsageException("Option --faults needs the emulator; it cannot be used with --cad-url.");
                if (speed != 1) throw new UsageException("Option --speed needs the emulator's virtual clock; against --cad-url time is real (speed 1).");
                apiKey = reader.GetNonEmpty("--api-key") ?? NonBlank(environment("sonoran_apiKey"))
                    ?? throw new UsageException("Option --cad-url needs --api-key KEY (or the sonoran_apiKey environment variable).");
                if ((reader.GetNonEmpty("--community-id") ?? NonBlank(environment("sonoran_communityId"))) == null)
                    throw new UsageException("Option --cad-url needs --community-id ID (or the sonoran_communityId environment variable).");
            }
            else if (reader.Has("--api-key") || reader.Has("--community-id") || reader.Has("--server-id"))
            {
                throw new UsageException("Options --api-key, --community-id and --server-id go with --cad-url.");
            }

            var transport = reader.GetNonEmpty("--transport") ?? "websocket";
            if (transport != "websocket" && transport != "http")
                throw new UsageException($"Option --transport must be websocket or http; got '{transport}'.");
            var duration = reader.GetInt("--duration", 60, 1, 7 * 24 * 3600);
            var outage = reader.GetInt("--hub-outage", 0, 0, 7 * 24 * 3600);
            if (outage > 0 && (cadUrl != null || transport != "websocket"))
                throw new UsageException("Option --hub-outage needs the emulator and --transport websocket.");
            if (outage >= duration) throw new UsageException($"Option --hub-outage ({outage} s) must be shorter than --duration ({duration} s).");

            return new SimulationSettings
            {
                Transport = transport,
                HubOutageSeconds = outage,
                Players = reader.GetInt("--players", 64, 0, 100_000),
                UnitsShare = reader.GetDouble("--units-share", 0.25, 0, 1),
                DurationSeconds = duration,
                CallsPerMinute = reader.GetDouble("--calls-per-minute", 4, 0, 10_000),
                Seed = reader.GetInt("--seed", 1, 0, int.MaxValue),
                Speed = speed,
                Faults = faults,
                CadUrl = cadUrl?.TrimEnd('/'),
                ApiKey = apiKey,
                CommunityId = reader.GetNonEmpty("--community-id") ?? NonBlank(environment("sonoran_communityId")),
                ServerId = reader.GetInt("--server-id", 1, 1, int.MaxValue),
                Json = reader.Has("--json"),
            };
        }

        private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
