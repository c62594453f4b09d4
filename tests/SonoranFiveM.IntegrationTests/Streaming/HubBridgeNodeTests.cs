using System.Diagnostics;

namespace SonoranFiveM.IntegrationTests.Streaming;

/// <summary>
/// The JS hub bridge that runs inside FXServer (resource/sonoran-hub.js), run on Node 20 with a shim of FXServer's JS
/// globals against the emulator's real SignalR hub (tests/node/hub-bridge.test.js).
/// </summary>
public class HubBridgeNodeTests
{
    [Fact]
    public async Task TheResourceBridgeTalksToTheHub()
    {
        // Real clock: the hub's 200 ms rule is checked on it.
        await using var emulator = await CadEmulator.StartAsync(new EmulatorOptions { ApiKey = "node-test-key-42", CommunityId = "node-community" });
        emulator.State.AddUnit("node-unit-1");
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("node", "--test " + Path.Combine("tests", "node", "hub-bridge.test.js"))
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HUB_URL"] = emulator.BaseUrl;
        start.Environment["HUB_COMMUNITY"] = "node-community";
        start.Environment["HUB_API_KEY"] = "node-test-key-42";
        start.Environment["HUB_UNIT"] = "node-unit-1";
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        var exited = node.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(90))) != exited)
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail("node did not finish within 90 s:\n" + await output);
        }

        Assert.True(node.ExitCode == 0, "node --test failed:\n" + await output + "\n" + await errors);
        Assert.Contains("# pass 7", await output);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "sonoran-fivem.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("sonoran-fivem.sln not found");
    }
}
