using System.CommandLine.Help;
using System.Reflection;
using SonoranFiveM.Cli.Commands;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Cli
{
    /// <summary>
    /// The command line on System.CommandLine: every command and option is declared once, and help, parsing and the
    /// errors come from that declaration. Every misuse exits 2 with one line; nothing thrown reaches the terminal as a
    /// stack trace.
    /// </summary>
    public static class CliApp
    {
        public const string ToolName = "sonoran-fivem";

        public static string Version =>
            typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
            ?? "unknown";

        public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
        {
            var root = Root(context);
            var parsed = root.Parse(args.ToArray());
            var command = parsed.CommandResult.Command;
            var hint = command == root ? $"Run '{ToolName} --help' for the commands." : $"Run '{ToolName} {command.Name} --help' for its options.";
            if (parsed.Errors.Count > 0)
            {
                await context.Error.WriteLineAsync($"error: {OneLine(parsed.Errors[0].Message)} {hint}");
                return ExitCodes.Usage;
            }

            try
            {
                // Ctrl+C and SIGTERM are Program's (context.Cancellation), not the library's.
                var invocation = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
                return await parsed.InvokeAsync(invocation, context.Cancellation);
            }
            catch (UsageException e)
            {
                await context.Error.WriteLineAsync($"error: {OneLine(e.Message)} {hint}");
                return ExitCodes.Usage;
            }
            catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
            {
                await context.Error.WriteLineAsync($"{command.Name}: cancelled.");
                return ExitCodes.Failed;
            }
            catch (Exception e)
            {
                // Secrets given on the command line or in the environment are masked, as every other output line is.
                var redactor = SecretRedactor.For(SecretsIn(args).ToArray());
                await context.Error.WriteLineAsync(redactor.Redact($"error: {command.Name} failed: {e.GetType().Name}: {OneLine(e.Message)}"));
                return ExitCodes.Failed;
            }
        }

        /// <summary>
        /// The tool with its commands. The root is a plain command named for the tool (a RootCommand would take the name
        /// and version of whatever process hosts it); with no command it prints the version or the one-line error.
        /// </summary>
        private static Command Root(CommandContext context)
        {
            var version = new Option<bool>("--version", "-V") { Description = "show the version" };
            var root = new Command(ToolName, "Connects a FiveM server to Sonoran CAD: simulate, check and send to it, or emulate it locally.")
            {
                new HelpOption(),
                version,
                SimulateCommand.Create(context),
                DoctorCommand.Create(context),
                SendCommand.Create(context),
                EmulateCommand.Create(context),
            };
            root.SetAction(async (parsed, _) =>
            {
                if (!parsed.GetValue(version))
                    throw new UsageException("no command given; the commands are " + string.Join(", ", root.Subcommands.Select(c => c.Name)) + ".");
                await context.Out.WriteLineAsync($"{ToolName} {Version}");
                return ExitCodes.Ok;
            });
            return root;
        }

        private static string OneLine(string text)
        {
            var line = string.Join(" ", text.Split(new[] { '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim())).Trim();
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
