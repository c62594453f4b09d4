using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using SonoranFiveM.Cli.Commands;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Cli
{
    /// <summary>The hand-rolled dispatcher: global <c>--help</c> / <c>--version</c>, then one <see cref="ICommand"/> by name.</summary>
    public static class CliApp
    {
        public const string ToolName = "sonoran-fivem";

        /// <summary>Every subcommand; a new one is one class plus one line here.</summary>
        public static IReadOnlyList<ICommand> Commands { get; } = new ICommand[]
        {
            new SimulateCommand(),
            new DoctorCommand(),
            new SendCommand(),
            new EmulateCommand(),
        };

        public static string Version =>
            typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
            ?? "unknown";

        public static string Usage
        {
            get
            {
                var width = Commands.Max(c => c.Name.Length) + 2;
                var lines = Commands.Select(c => "  " + c.Name.PadRight(width) + c.Summary);
                return $"Usage: {ToolName} <command> [options]\n" +
                       $"       {ToolName} --help | --version\n" +
                       "\n" +
                       "Commands:\n" + string.Join("\n", lines) + "\n" +
                       "\n" +
                       $"Run '{ToolName} <command> --help' for a command's options.";
            }
        }

        public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
        {
            if (args.Count == 0)
            {
                await context.Error.WriteLineAsync($"error: no command given; run '{ToolName} --help' for the commands.");
                return ExitCodes.Usage;
            }

            var first = args[0];
            if (first is "--help" or "-h" or "help")
            {
                await context.Out.WriteLineAsync(Usage);
                return ExitCodes.Ok;
            }

            if (first is "--version" or "-V")
            {
                await context.Out.WriteLineAsync($"{ToolName} {Version}");
                return ExitCodes.Ok;
            }

            var command = Commands.FirstOrDefault(c => string.Equals(c.Name, first, StringComparison.Ordinal));
            if (command is null)
            {
                var what = first.StartsWith("-", StringComparison.Ordinal) ? "option" : "command";
                await context.Error.WriteLineAsync($"error: unknown {what} '{first}'; the commands are {string.Join(", ", Commands.Select(c => c.Name))} (run '{ToolName} --help').");
                return ExitCodes.Usage;
            }

            try
            {
                return await command.RunAsync(args.Skip(1).ToArray(), context);
            }
            catch (UsageException e)
            {
                await context.Error.WriteLineAsync($"error: {OneLine(e.Message)} Run '{ToolName} {command.Name} --help' for its options.");
                return ExitCodes.Usage;
            }
            catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
            {
                await context.Error.WriteLineAsync($"{command.Name}: cancelled.");
                return ExitCodes.Failed;
            }
            catch (Exception e)
            {
                // Nothing thrown reaches the terminal as a stack trace. Secrets given on the command line or in the
                // environment are masked, as every other output line is.
                var redactor = SecretRedactor.For(SecretsIn(args).ToArray());
                await context.Error.WriteLineAsync(redactor.Redact($"error: {command.Name} failed: {e.GetType().Name}: {OneLine(e.Message)}"));
                return ExitCodes.Failed;
            }
        }

        private static string OneLine(string text)
        {
            var line = string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim();
            return line.Length <= 500 ? line : line.Substring(0, 500) + "…";
        }

        /// <summary>The values of <c>--api-key</c> and of every <c>sonoran_*apiKey</c> environment variable.</summary>
        private static IEnumerable<string?> SecretsIn(IReadOnlyList<string> args)
        {
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] == "--api-key" && i + 1 < args.Count) yield return args[i + 1];
                else if (args[i].StartsWith("--api-key=", StringComparison.Ordinal)) yield return args[i].Substring("--api-key=".Length);
            }

            foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                var name = variable.Key as string ?? "";
                if (name.StartsWith("sonoran_", StringComparison.OrdinalIgnoreCase) && name.EndsWith("apiKey", StringComparison.OrdinalIgnoreCase))
                    yield return variable.Value as string;
            }
        }
    }
}
