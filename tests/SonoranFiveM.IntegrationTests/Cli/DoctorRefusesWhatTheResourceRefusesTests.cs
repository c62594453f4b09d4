namespace SonoranFiveM.IntegrationTests.Cli;

/// <summary>
/// <c>doctor</c> and the resource start (<see cref="ConfigurationStartup"/>, the adapter's only gate) read the same
/// config.json through the same loader, so they refuse exactly the same configs, naming the same key.
/// </summary>
public sealed class DoctorRefusesWhatTheResourceRefusesTests
{
    private const string Key = "shared-verdict-key-2024";

    private const string Bolo = "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"fields\": { \"plate\": ";

    /// <summary>Bad configs, each with how both must start the message (the key, or the command for a record command). The record ones were once refused only by the resource.</summary>
    public static IEnumerable<object[]> BadConfigs() => new[]
    {
        new object[] { "\"serverId\": 0", "serverId" },
        new object[] { "\"location\": { \"intervalSeconds\": 1 }", "location.intervalSeconds" },
        new object[] { "\"rateLimitShare\": 1.5", "rateLimitShare" },
        new object[] { "\"outbox\": { \"path\": \"../outbox.jsonl\" }", "outbox.path" },
        new object[] { Bolo + "\"{plate}\" } } } }", "records.templates.bolo" },
        new object[] { "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"fields\": {} } } }", "records.templates.bolo" },
        new object[] { Bolo + "\"{arg1} {arg3}\" } } }, \"commands\": [ { \"name\": \"bolo\", \"template\": \"bolo\", \"arguments\": [ \"plate\" ] } ] }", "records.commands (bolo)" },
        new object[] { Bolo + "\"{arg1\" } } } }", "records.templates.bolo" },
        new object[] { "\"records\": { \"log911Template\": \"calls\" }", "records.log911Template" },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public async Task Doctor_and_the_resource_refuse_the_same_config_at_the_same_key(string members, string named)
    {
        var config = CliRunner.WriteConfig(Json(members));

        var resource = StartResource(config);
        var (code, output, _) = await CliRunner.RunAsync("doctor", "--config", config, "--api-key", Key);

        Assert.Null(resource.Options);
        Assert.Contains(resource.Lines, l => l.StartsWith("error: " + named + " (config.json line 1", StringComparison.Ordinal));
        Assert.Equal(1, code);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("FAIL  config", StringComparison.Ordinal) && l.Contains(" " + named + " (config.json line 1", StringComparison.Ordinal));
        Assert.Contains("SKIP  the CAD checks need a valid configuration", output);
    }

    [Fact]
    public async Task A_config_both_accept_passes_doctors_config_check()
    {
        var config = CliRunner.WriteConfig(Json(Bolo + "\"{arg1}\" } } }, \"commands\": [ { \"name\": \"bolo\", \"template\": \"bolo\", \"arguments\": [ \"plate\" ] } ] }"));

        var resource = StartResource(config);
        var (_, output, _) = await CliRunner.RunAsync("doctor", "--config", config, "--api-key", Key, "--cad-url", "http://127.0.0.1:" + CliRunner.ClosedPort());

        Assert.NotNull(resource.Options);
        Assert.Contains("PASS  config", output);
    }

    private static string Json(string members) =>
        "{ \"communityId\": \"shared-community\", \"apiKey\": \"" + Key + "\", " + members + " }";

    private static (SonoranOptions? Options, List<string> Lines) StartResource(string configPath)
    {
        var log = new LinesLog();
        var folder = Path.GetDirectoryName(configPath)!;
        var started = ConfigurationStartup.Run(new FolderFiles(folder), _ => null, log);
        return (started.Options, log.Lines);
    }

    private sealed class FolderFiles(string folder) : IResourceFiles
    {
        public string? Read(string name) => File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : null;

        public void Write(string name, string content) => File.WriteAllText(Path.Combine(folder, name), content);
    }

    private sealed class LinesLog : ILog
    {
        public List<string> Lines { get; } = new();

        public void Write(LogLevel level, string message) => Lines.Add(level.ToString().ToLowerInvariant() + ": " + message);
    }
}
