using SonoranFiveM.Cli.Simulation;

namespace SonoranFiveM.IntegrationTests.Cli;

/// <summary>
/// Each misuse the hardening review found (issue 12, finding 8): exit 2 with one line naming the problem and the fix,
/// never a stack trace; configuration problems reach doctor and send as their own clear lines.
/// </summary>
public sealed class CliMisuseTests : IAsyncLifetime
{
    private const string Key = "cli-misuse-key-8080";
    private CadEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await CadEmulator.StartAsync(new EmulatorOptions { Port = 0, ApiKey = Key, CommunityId = "misuse-community" });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private static void AssertOneLine(string error, string expected)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "expected one line, got:\n" + error);
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(expected, lines[0]);
    }

    private static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
    }

    [Fact]
    public async Task Simulate_against_a_cad_without_a_community_id_names_the_option()
    {
        var (code, output, error) = await CliRunner.RunAsync("simulate", "--cad-url", "http://127.0.0.1:" + CliRunner.ClosedPort(), "--api-key", "k-123456");

        Assert.Equal(2, code);
        Assert.Empty(output);
        AssertOneLine(error, "--community-id");
    }

    [Fact]
    public async Task A_config_folder_instead_of_a_file_says_so()
    {
        var folder = Path.GetDirectoryName(CliRunner.WriteConfig("{}"))!;
        foreach (var command in new[] { "doctor", "send" })
        {
            var args = command == "send" ? new[] { "send", "version", "--config", folder } : new[] { "doctor", "--config", folder };
            var (code, _, error) = await CliRunner.RunAsync(args);

            Assert.Equal(2, code);
            AssertOneLine(error, "names a folder");
            Assert.Contains(Path.Combine(folder, "config.json"), error);
        }
    }

    [Fact]
    public async Task A_config_path_that_does_not_exist_is_a_usage_error()
    {
        var (code, _, error) = await CliRunner.RunAsync("doctor", "--config", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid(), "config.json"));

        Assert.Equal(2, code);
        AssertOneLine(error, "does not exist");
    }

    [Fact]
    public async Task Send_version_on_v2_does_not_ask_for_a_community_id()
    {
        // Before: with any other problem present, the communityId line came too, though v2 never uses it.
        var config = CliRunner.WriteConfig("{ \"baseUrl\": \"" + _emulator.BaseUrl + "\", \"serverId\": 0 }");
        var (code, _, error) = await CliRunner.RunAsync("send", "version", "--config", config, "--api-key", Key);

        Assert.Equal(1, code);
        Assert.Contains("serverId", error);
        Assert.DoesNotContain("communityId", error);

        (code, var output, error) = await CliRunner.RunAsync("send", "version", "--config", CliRunner.WriteConfig("{ \"baseUrl\": \"" + _emulator.BaseUrl + "\", \"_note\": \"v1 is not used\" }"), "--api-key", Key);
        Assert.True(code == 0, output + error);

        (code, _, error) = await CliRunner.RunAsync("send", "version", "--config", CliRunner.WriteConfig("{ \"baseUrl\": \"" + _emulator.BaseUrl + "\", \"apiVersion\": \"v1\" }"), "--api-key", Key);
        Assert.Equal(1, code);
        Assert.Contains("communityId", error);
    }

    [Theory]
    [InlineData("\"rateLimitShare\": 18446744073709551616", "rateLimitShare")]
    [InlineData("\"rateLimitShares\": { \"heartbeat\": 1e400 }", "rateLimitShares.heartbeat")]
    public async Task A_huge_number_in_a_decimal_option_is_a_config_line_not_a_stack_trace(string member, string key)
    {
        var config = CliRunner.WriteConfig("{ \"communityId\": \"misuse-community\", \"baseUrl\": \"" + _emulator.BaseUrl + "\", " + member + " }");

        var (code, output, error) = await CliRunner.RunAsync("doctor", "--config", config, "--api-key", Key);
        Assert.Equal(1, code);
        AssertNoStackTrace(output + error);
        Assert.StartsWith("FAIL  config           " + key + " (config.json line 1", output.Split('\n')[0]);

        (code, output, error) = await CliRunner.RunAsync("send", "version", "--config", config, "--api-key", Key);
        Assert.Equal(1, code);
        AssertNoStackTrace(output + error);
        Assert.StartsWith("error: " + key + " (config.json line 1", error);
    }

    [Fact]
    public async Task Doctor_with_a_postal_code_above_int64_and_a_point_off_the_map_reports_both()
    {
        var config = CliRunner.WriteConfig("{ \"communityId\": \"misuse-community\", \"baseUrl\": \"" + _emulator.BaseUrl + "\", \"postals\": { \"file\": \"postals.json\", \"resource\": \"nearest-postal\" } }");
        var postals = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(config))!, "nearest-postal");
        Directory.CreateDirectory(postals);
        await File.WriteAllTextAsync(Path.Combine(postals, "postals.json"),
            "[{\"code\":99999999999999999999,\"x\":1.0,\"y\":2.0},{\"code\":\"102\",\"x\":50.0,\"y\":1e16},{\"code\":\"103\",\"x\":5.0,\"y\":6.0}]");

        var (code, output, error) = await CliRunner.RunAsync("doctor", "--config", config, "--api-key", Key);

        Assert.Equal(1, code);
        AssertNoStackTrace(output + error);
        var line = output.Split('\n').Single(l => l.StartsWith("FAIL  postals"));
        Assert.Contains("2 postals usable, 1 entries skipped", line);
        Assert.Contains("entry 1 (code 102) has \"y\": 10000000000000000.0, which is off the map", line);
    }

    [Fact]
    public async Task A_mirror_url_with_a_query_string_is_called_that_not_a_non_https_url()
    {
        var config = CliRunner.WriteConfig("{ \"communityId\": \"misuse-community\", \"baseUrl\": \"" + _emulator.BaseUrl + "\", " +
            "\"mirrors\": { \"tines\": { \"enabled\": true, \"tenantUrl\": \"https://acme.tines.com/?team=1\", \"apiKey\": \"tines-key-1234\", \"recordTypeId\": 1, \"fieldMap\": { \"plate\": \"1\" } } } }");

        var (code, output, error) = await CliRunner.RunAsync("doctor", "--config", config, "--api-key", Key);

        Assert.Equal(1, code);
        var line = output.Split('\n').Single(l => l.Contains("mirrors.tines.tenantUrl"));
        Assert.Contains("has a query string (?team=1)", line);
        Assert.DoesNotContain("not an https URL", line);
    }

    [Fact]
    public async Task A_simulation_that_fails_to_start_leaves_no_folder_behind()
    {
        var parent = Directory.CreateTempSubdirectory("sonoran-simulate-parent").FullName;
        try
        {
            // Past the command line's checks (no community id for a real CAD): the core refuses the options.
            var settings = new SimulationSettings { CadUrl = "http://127.0.0.1:" + CliRunner.ClosedPort(), ApiKey = "k-123456", WorkFolderParent = parent };

            await Assert.ThrowsAsync<InvalidOperationException>(() => Simulator.StartAsync(settings));

            Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
