using System.Collections.Generic;
using System.Threading.Tasks;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary>One subcommand. Add a command by adding one class and listing it in <see cref="CliApp"/>.</summary>
    public interface ICommand
    {
        string Name { get; }

        /// <summary>One line for the command list.</summary>
        string Summary { get; }

        /// <summary>The full help text, options included.</summary>
        string Usage { get; }

        /// <summary>Runs with the arguments after the command name. Throws <see cref="UsageException"/> for bad arguments.</summary>
        Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context);
    }
}
