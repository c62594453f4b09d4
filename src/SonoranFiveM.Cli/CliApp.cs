using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using SonoranFiveM.Cli.Commands;

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
                await context.Error.WriteLineAsync("error: no command given.");
                await context.Error.WriteLineAsync(Usage);
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
                await context.Error.WriteLineAsync($"error: unknown {what} '{first}'.");
                await context.Error.WriteLineAsync(Usage);
                return ExitCodes.Usage;
            }

            try
            {
                return await command.RunAsync(args.Skip(1).ToArray(), context);
            }
            catch (UsageException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                await context.Error.WriteLineAsync(command.Usage);
                return ExitCodes.Usage;
            }
        }
    }
}
