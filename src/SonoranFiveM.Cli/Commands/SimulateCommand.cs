using SonoranFiveM.Cli.Simulation;
using SonoranFiveM.Emulator.Faults;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary><c>simulate</c>: a busy FiveM server through the real core, against the emulator (default) or a CAD.</summary>
    internal static class SimulateCommand
    {
        public static Command Create(CommandContext context)
        {
            var players = CliOptions.Int("--players", "N", "players on the server", 64, 0, 100_000);
            var unitsShare = CliOptions.Number("--units-share", "F", "share of players that are CAD units, 0-1", 0.25, 0, 1);
            var duration = CliOptions.Int("--duration", "SECONDS", "simulated seconds", 60, 1, 7 * 24 * 3600);
            var callsPerMinute = CliOptions.Number("--calls-per-minute", "R", "911/311 calls per minute, a quarter of them 311", 4, 0, 10_000);
            var seed = CliOptions.Int("--seed", "S", "random seed; the same seed plays the same game", 1, 0, int.MaxValue);
            var speed = Speed();
            var faults = CliOptions.Faults("emulator faults: " + FaultProfile.Syntax + "; e.g. outage:120-300, 5xx:0.2, 429storm, latency:800");
            var cadUrl = CliOptions.Url("--cad-url", "run against this CAD instead of the emulator (speed 1; needs --api-key or the sonoran_apiKey environment variable)");
            var apiKey = CliOptions.Text("--api-key", "KEY", "API key for --cad-url (never printed)");
            var communityId = CliOptions.Text("--community-id", "ID", "community id for --cad-url");
            var serverId = CliOptions.OptionalInt("--server-id", "N", "server id for --cad-url (default 1)", 1, int.MaxValue);
            var transport = CliOptions.OneOf("--transport", "how unit locations travel (websocket: the CAD's hub, HTTP as fallback)", "websocket", "websocket", "http");
            var hubOutage = CliOptions.Int("--hub-outage", "SECONDS", "take the emulator's hub down for this long in the middle of the run", 0, 0, 7 * 24 * 3600);
            var json = CliOptions.Flag("--json", "print one JSON object at the end and nothing else on stdout");
            var command = new Command("simulate",
                "Simulate a busy server through the real core against a local CAD emulator and report. " +
                "Exit code 0 when nothing durable was lost, 1 otherwise.")
            {
                players, unitsShare, duration, callsPerMinute, seed, speed, faults, cadUrl, apiKey, communityId, serverId, transport, hubOutage, json,
            };
            command.SetAction((parsed, _) =>
            {
                var environment = (Func<string, string?>)Environment.GetEnvironmentVariable;
                var url = parsed.GetValue(cadUrl);
                var profile = parsed.GetValue(faults);
                var pace = double.IsPositiveInfinity(parsed.GetValue(speed)) ? (double?)null : parsed.GetValue(speed);
                var key = parsed.GetValue(apiKey);
                var community = parsed.GetValue(communityId) ?? NonBlank(environment("sonoran_communityId"));
                var server = parsed.GetValue(serverId);
                if (url != null)
                {
                    if (profile != null) throw new UsageException("Option --faults needs the emulator; it cannot be used with --cad-url.");
                    if (pace != 1) throw new UsageException("Option --speed needs the emulator's virtual clock; against --cad-url time is real (speed 1).");
                    key ??= NonBlank(environment("sonoran_apiKey"))
                        ?? throw new UsageException("Option --cad-url needs --api-key KEY (or the sonoran_apiKey environment variable).");
                    if (community == null)
                        throw new UsageException("Option --cad-url needs --community-id ID (or the sonoran_communityId environment variable).");
                }
                else if (key != null || parsed.GetValue(communityId) != null || server != null)
                {
                    throw new UsageException("Options --api-key, --community-id and --server-id go with --cad-url.");
                }

                var via = parsed.GetValue(transport)!;
                var outage = parsed.GetValue(hubOutage);
                if (outage > 0 && (url != null || via != "websocket"))
                    throw new UsageException("Option --hub-outage needs the emulator and --transport websocket.");
                if (outage >= parsed.GetValue(duration))
                    throw new UsageException($"Option --hub-outage ({outage} s) must be shorter than --duration ({parsed.GetValue(duration)} s).");

                var settings = new SimulationSettings
                {
                    Transport = via,
                    HubOutageSeconds = outage,
                    Players = parsed.GetValue(players),
                    UnitsShare = parsed.GetValue(unitsShare),
                    DurationSeconds = parsed.GetValue(duration),
                    CallsPerMinute = parsed.GetValue(callsPerMinute),
                    Seed = parsed.GetValue(seed),
                    Speed = pace,
                    Faults = profile != null ? new List<string> { profile } : new List<string>(),
                    CadUrl = url,
                    ApiKey = url != null ? key : null,
                    CommunityId = community,
                    ServerId = server ?? 1,
                    Json = parsed.GetValue(json),
                };
                return RunAsync(settings, context);
            });
            return command;
        }

        private static async Task<int> RunAsync(SimulationSettings settings, CommandContext context)
        {
            if (settings.CadUrl != null)
                await context.Error.WriteLineAsync($"simulate: sending real traffic to {settings.CadUrl} (server {settings.ServerId}); delivered is counted from acceptance tickets.");

            await using var simulator = await Simulator.StartAsync(settings, context.Cancellation);
            context.Started?.Invoke(simulator);
            // The progress line rewrites itself with '\r': only a terminal shows that as one line.
            var report = await simulator.RunAsync(context.ErrorIsTerminal ? context.Error : null, context.Cancellation);

            await context.Out.WriteLineAsync(settings.Json ? report.ToJson() : report.ToText());
            foreach (var problem in report.Problems()) await context.Error.WriteLineAsync("simulate: " + problem);
            return report.NothingLost ? ExitCodes.Ok : ExitCodes.Failed;
        }

        /// <summary><c>--speed X|max</c>: virtual seconds per real second; <c>max</c> (infinity) does not pace.</summary>
        private static Option<double> Speed()
        {
            var option = CliOptions.Number("--speed", "X|max",
                "virtual seconds per real second (60 runs an hour in a minute; max runs as fast as it can)", 1, 0.01, 1_000_000);
            var parse = option.CustomParser!;
            option.CustomParser = result => result.Tokens.Count > 0 && result.Tokens[^1].Value == "max" ? double.PositiveInfinity : parse(result);
            return option;
        }

        private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
