using Microsoft.Extensions.Hosting;

namespace SonoranFiveM.Emulator.Hosting;

/// <summary>An emulator lives inside someone else's process (a test run, the CLI): it must not take over
/// Ctrl+C / SIGTERM the way the default console lifetime does. The host decides when to stop it.</summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
