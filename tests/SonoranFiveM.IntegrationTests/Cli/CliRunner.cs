using System.Net.Sockets;
using System.Threading;
using SonoranFiveM.Cli;
using CommandContext = SonoranFiveM.Cli.CommandContext;

namespace SonoranFiveM.IntegrationTests.Cli;

internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CommandContext(output, error, CancellationToken.None));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on (bound, then released).</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A resource folder with a config.json holding <paramref name="json"/>; returns the config path.</summary>
    public static string WriteConfig(string json)
    {
        // <temp>/<unique>/sonoran-fivem/config.json: sibling resources (e.g. nearest-postal) stay inside <unique>.
        var folder = Path.Combine(Directory.CreateTempSubdirectory("sonoran-cli-test").FullName, "sonoran-fivem");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "config.json");
        File.WriteAllText(path, json);
        return path;
    }
}
