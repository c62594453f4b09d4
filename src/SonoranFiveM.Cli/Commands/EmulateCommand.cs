using SonoranFiveM.Emulator;
using SonoranFiveM.Emulator.Faults;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary><c>emulate</c>: run the local Sonoran CAD (+ Tines, QuickBlox) emulator until Ctrl+C.</summary>
    internal static class EmulateCommand
    {
        public static Command Create(CommandContext context)
        {
            var port = CliOptions.Int("--port", "N", "TCP port on 127.0.0.1 (0 picks a free one)", 8080, 0, 65535);
            var apiKey = CliOptions.Text("--api-key", "KEY", "community API key (default: emulator-api-key)");
            var communityId = CliOptions.Text("--community-id", "ID", "community id for v1 calls (default: emulator-community)");
            var faults = CliOptions.Faults("inject faults: " + FaultProfile.Syntax + "; e.g. --faults 5xx:0.2,latency:800 or --faults outage:120-300");
            var noRateLimits = CliOptions.Flag("--no-rate-limits", "do not enforce the per-key endpoint limits");
            var retryAfter = CliOptions.OnOff("--retry-after", "send Retry-After on 429 answers", true);
            var command = new Command("emulate",
                "Run a local Sonoran CAD (+ Tines, QuickBlox) emulator on 127.0.0.1 until Ctrl+C; inspect it at {base}/_emulator/state.")
            {
                port, apiKey, communityId, faults, noRateLimits, retryAfter,
            };
            command.SetAction((parsed, _) =>
            {
                var options = new EmulatorOptions
                {
                    Port = parsed.GetValue(port),
                    ApiKey = parsed.GetValue(apiKey) ?? "emulator-api-key",
                    CommunityId = parsed.GetValue(communityId) ?? "emulator-community",
                    RateLimitsEnabled = !parsed.GetValue(noRateLimits),
                    SendRetryAfter = CliOptions.IsOn(parsed.GetValue(retryAfter)!),
                };
                if (parsed.GetValue(faults) is { } profile) options.Faults.Add(profile);
                return RunAsync(options, context);
            });
            return command;
        }

        private static async Task<int> RunAsync(EmulatorOptions options, CommandContext context)
        {
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
    }
}
