using System.Diagnostics;
using System.Linq;

namespace SonoranFiveM.EngineTests.Support
{
    public static class Tool
    {
        public static bool Exists(string name)
            => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, name)));

        /// <summary>Runs a tool to completion (at most two minutes); returns its exit code and its output (stdout then stderr).</summary>
        public static (int ExitCode, string Output) Run(string file, params string[] args)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out after 2 minutes\n" + stdout.Result + stderr.Result);
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }
}
