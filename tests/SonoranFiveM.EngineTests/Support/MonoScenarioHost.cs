using System.Diagnostics;
using System.Text;
using System.Threading;

namespace SonoranFiveM.EngineTests.Support
{
    /// <summary>
    /// Builds the scenario host once (mcs, against the double, the scenarios and the payload's Newtonsoft.Json) and runs a
    /// scenario under mono over the resource/ payload, answering its CAD requests from this process's emulator.
    /// </summary>
    public static class MonoScenarioHost
    {
        private static readonly Lazy<string> Host = new Lazy<string>(Build, LazyThreadSafetyMode.ExecutionAndPublication);

        public static async Task<(bool Passed, string Output)> RunAsync(string scenario, ICadControl cad, string work, TimeSpan limit)
        {
            var start = new ProcessStartInfo("mono")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "--debug", Host.Value, scenario, TestPaths.ResourcePayload, TestPaths.ConfigExample, work, cad.BaseUrl, cad.ApiKey, cad.CommunityId })
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            var log = new StringBuilder();
            var errors = Task.Run(async () =>
            {
                string? line;
                while ((line = await process.StandardError.ReadLineAsync()) != null) lock (log) log.AppendLine(line);
            });
            var result = new StringBuilder();
            var passed = false;
            var reading = Task.Run(async () =>
            {
                string? line;
                var inResult = false;
                while ((line = await process.StandardOutput.ReadLineAsync()) != null)
                {
                    if (inResult) result.AppendLine(line);
                    else if (line.StartsWith(PipeCadControl.RequestPrefix, StringComparison.Ordinal))
                    {
                        await process.StandardInput.WriteLineAsync(PipeCadControl.Answer(cad, line));
                        await process.StandardInput.FlushAsync();
                    }
                    else if (line.StartsWith(MonoHost.ResultPrefix, StringComparison.Ordinal))
                    {
                        passed = line == MonoHost.ResultPrefix + "pass";
                        inResult = true;
                    }
                    else lock (log) log.AppendLine(line);
                }
            });

            if (!process.WaitForExit((int)limit.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                return (false, "the Mono host did not finish within " + limit + "\n" + log);
            }

            await Task.WhenAll(reading, errors);
            return (passed && process.ExitCode == 0, result + "\n--- host output ---\n" + log);
        }

        private static string Build()
        {
            var dir = Path.Combine(Path.GetTempPath(), "sonoran-engine-monohost-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(dir);
            foreach (var file in new[] { "CitizenFX.Core.Server.dll", "SonoranFiveM.EngineScenarios.dll" })
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(dir, file));
            }

            // The payload's netstandard2.0 Newtonsoft.Json: the one FXServer's Mono loads for the resource.
            File.Copy(Path.Combine(TestPaths.ResourcePayload, "Newtonsoft.Json.dll"), Path.Combine(dir, "Newtonsoft.Json.dll"));
            var source = Path.Combine(dir, "MonoHostProgram.cs");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Support", "MonoHostProgram.cs.txt"), source);
            var exe = Path.Combine(dir, "SonoranFiveM.EngineHost.exe");
            var netstandard = Path.Combine(MonoLibrary(), "Facades", "netstandard.dll");
            var compile = Tool.Run("mcs", "-nologo", "-out:" + exe, "-r:" + Path.Combine(dir, "SonoranFiveM.EngineScenarios.dll"),
                "-r:" + Path.Combine(dir, "CitizenFX.Core.Server.dll"), "-r:" + netstandard, source);
            if (compile.ExitCode != 0) throw new InvalidOperationException("mcs could not build the Mono scenario host: " + compile.Output);
            return exe;
        }

        private static string MonoLibrary()
        {
            foreach (var candidate in new[] { "/usr/lib/mono/4.5", "/usr/local/lib/mono/4.5", "/Library/Frameworks/Mono.framework/Versions/Current/lib/mono/4.5" })
            {
                if (File.Exists(Path.Combine(candidate, "Facades", "netstandard.dll"))) return candidate;
            }

            throw new InvalidOperationException("Mono's 4.5 Facades/netstandard.dll was not found (install mono-devel)");
        }
    }
}
