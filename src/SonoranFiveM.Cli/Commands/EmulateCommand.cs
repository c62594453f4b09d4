using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Emulator;
using SonoranFiveM.Emulator.Faults;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary><c>emulate</c>: run the local Sonoran CAD (+ Tines, QuickBlox) emulator until Ctrl+C.</summary>
    public sealed class EmulateCommand : ICommand
    {
        public string Name => "emulate";

        public string Summary => "Run a local Sonoran CAD (+ Tines, QuickBlox) emulator on 127.0.0.1 until Ctrl+C.";

        public string Usage =>
            "Usage: sonoran-fivem emulate [options]\n" +
            "\n" +
            "Options:\n" +
            "  --port N                 TCP port on 127.0.0.1 (default 8080; 0 picks a free one)\n" +
            "  --api-key KEY            community API key (default: emulator-api-key)\n" +
            "  --community-id ID        community id for v1 calls (default: emulator-community)\n" +
            "  --faults PROFILE[,...]   inject faults: " + FaultProfile.Syntax + "\n" +
            "                           e.g. --faults 5xx:0.2,latency:800 or --faults outage:120-300\n" +
            "  --no-rate-limits         do not enforce the per-key endpoint limits\n" +
            "  --retry-after on|off     send Retry-After on 429 answers (default on)\n" +
            "  --help                   show this help\n" +
            "\n" +
            "Inspect it with GET {base}/_emulator/state and GET {base}/_emulator/requests.";

        public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
        {
            var reader = new ArgReader(args,
                new[] { "--port", "--api-key", "--community-id", "--faults", "--retry-after" },
                new[] { "--no-rate-limits", "--help" });
            if (reader.Has("--help"))
            {
                await context.Out.WriteLineAsync(Usage);
                return ExitCodes.Ok;
            }

            var options = new EmulatorOptions
            {
                Port = reader.GetInt("--port", 8080, 0, 65535),
                ApiKey = NonEmpty(reader, "--api-key") ?? "emulator-api-key",
                CommunityId = NonEmpty(reader, "--community-id") ?? "emulator-community",
                RateLimitsEnabled = !reader.Has("--no-rate-limits"),
                SendRetryAfter = reader.GetOnOff("--retry-after", true),
            };
            if (reader.Get("--faults") is { } faults)
            {
                try
                {
                    FaultProfile.Parse(faults);
                }
                catch (FormatException e)
                {
                    throw new UsageException(e.Message);
                }

                options.Faults.Add(faults);
            }

            CadEmulator emulator;
            try
            {
                emulator = await CadEmulator.StartAsync(options, context.Cancellation);
            }
            catch (Exception e) when (e is System.IO.IOException or System.Net.Sockets.SocketException)
            {
                await context.Error.WriteLineAsync($"error: could not listen on 127.0.0.1:{options.Port}: {e.Message}");
                return ExitCodes.Failed;
            }

            await using (emulator)
            {
                await context.Out.WriteLineAsync($"Sonoran CAD emulator listening on {emulator.BaseUrl}");
                await context.Out.WriteLineAsync($"  CAD base URL    {emulator.BaseUrl}   (v2: /v2/..., v1: POST /{{category}}/{{type}})");
                await context.Out.WriteLineAsync($"  community id    {options.CommunityId}");
                await context.Out.WriteLineAsync($"  API key         {options.ApiKey}");
                await context.Out.WriteLineAsync($"  server ids      {string.Join(",", options.ServerIds.Count == 0 ? new List<int> { 1 } : options.ServerIds)}");
                await context.Out.WriteLineAsync($"  Tines key       {options.TinesApiKey}   (Bearer; /api/v1/records)");
                await context.Out.WriteLineAsync($"  QuickBlox key   {options.QuickBloxApiKey}   (ApiKey; /data/{{class}}.json)");
                await context.Out.WriteLineAsync($"  rate limits     {(options.RateLimitsEnabled ? "on" : "off")}, Retry-After {(options.SendRetryAfter ? "on" : "off")}");
                await context.Out.WriteLineAsync($"  faults          {emulator.Faults}");
                await context.Out.WriteLineAsync($"  state           {emulator.BaseUrl}/_emulator/state");
                await context.Out.WriteLineAsync("Press Ctrl+C to stop.");
                await context.Out.FlushAsync();
                context.Started?.Invoke(emulator);

                try
                {
                    await Task.Delay(Timeout.Infinite, context.Cancellation);
                }
                catch (OperationCanceledException)
                {
                    await context.Out.WriteLineAsync("Stopping.");
                }
            }

            return ExitCodes.Ok;
        }

        private static string? NonEmpty(ArgReader reader, string name)
        {
            var value = reader.Get(name);
            if (value is not null && value.Trim().Length == 0) throw new UsageException($"Option {name} must not be empty.");
            return value;
        }
    }
}
