using System.Diagnostics;

namespace SonoranFiveM.Core.Tests.TestSupport
{
    /// <summary>Finds and runs command-line tools for tests that need a real one.</summary>
    public static class Tool
    {
        public static bool Exists(string name)
            => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator)
                .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, name)));

        public static (int ExitCode, string Output) Run(string fileName, params string[] arguments)
        {
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(fileName + " did not finish within 120 s");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }
}
