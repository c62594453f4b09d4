using System.Runtime.InteropServices;

namespace SonoranFiveM.Cli
{
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                cancel.Cancel();
            });

            return await CliApp.RunAsync(args, new CommandContext(Console.Out, Console.Error, cancel.Token) { ErrorIsTerminal = !Console.IsErrorRedirected });
        }
    }
}
