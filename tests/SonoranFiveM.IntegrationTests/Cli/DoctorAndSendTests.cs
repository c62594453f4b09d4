using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.IntegrationTests.Cli;

/// <summary><c>doctor</c> and <c>send</c> against the emulator on 127.0.0.1 (real clock; nothing waits on it).</summary>
public sealed class DoctorAndSendTests : IAsyncLifetime
{
    private const string Key = "cli-doctor-key-5150";
    private CadEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await CadEmulator.StartAsync(new EmulatorOptions { Port = 0, ApiKey = Key, CommunityId = "cli-community" });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private string Config(string extra = "") => CliRunner.WriteConfig(
        "{ \"communityId\": \"cli-community\", \"baseUrl\": \"" + _emulator.BaseUrl + "\"" + (extra.Length > 0 ? ", " + extra : "") + " }");

    private static string Line(string output, string check) =>
        output.Split('\n').FirstOrDefault(l => l.Length > 6 && l.Substring(6).StartsWith(check + " ", StringComparison.Ordinal) && (l.StartsWith("PASS") || l.StartsWith("FAIL") || l.StartsWith("SKIP")))
        ?? throw new Xunit.Sdk.XunitException("no line for " + check + " in:\n" + output);

    private static string FixAfter(string output, string check)
    {
        var lines = output.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("FAIL") && l.Substring(6).StartsWith(check + " ", StringComparison.Ordinal));
        Assert.True(at >= 0 && at + 1 < lines.Length, output);
        Assert.Contains("fix:", lines[at + 1]);
        return lines[at + 1];
    }

    [Fact]
    public async Task Doctor_passes_with_a_good_key()
    {
        var (code, output, _) = await CliRunner.RunAsync("doctor", "--config", Config("\"postals\": { \"resource\": \"\" }"), "--api-key", Key);
        Assert.True(code == 0, output);
        Assert.StartsWith("PASS", Line(output, "config"));
        Assert.StartsWith("PASS", Line(output, "api reachable"));
        Assert.Contains("PLUS", Line(output, "api key"));
        Assert.StartsWith("PASS", Line(output, "plan"));
        Assert.StartsWith("PASS", Line(output, "server id"));
        Assert.Contains("all checks passed", output);
        Assert.DoesNotContain(Key, output);
    }

    [Fact]
    public async Task A_postal_file_the_cli_cannot_locate_is_skipped_counted_and_exits_0()
    {
        var (code, output, _) = await CliRunner.RunAsync("doctor", "--config", Config("\"postals\": { \"resource\": \"nearest-postal-not-next-to-us\" }"), "--api-key", Key);
        Assert.True(code == 0, output);
        Assert.StartsWith("SKIP", Line(output, "postals"));
        Assert.Contains("not checked here", Line(output, "postals"));
        Assert.Contains("doctor: no check failed; 1 not checked (SKIP above).", output);
        Assert.DoesNotContain("all checks passed", output);
    }

    [Fact]
    public async Task Doctor_names_a_bad_key_and_the_convar_to_fix_it()
    {
        var (code, output, _) = await CliRunner.RunAsync("doctor", "--config", Config(), "--api-key", "wrong-key-7777");
        Assert.Equal(1, code);
        Assert.StartsWith("PASS", Line(output, "api reachable"));
        Assert.StartsWith("FAIL", Line(output, "api key"));
        Assert.Contains("HTTP 401", Line(output, "api key"));
        Assert.Contains("sonoran_apiKey", FixAfter(output, "api key"));
        Assert.StartsWith("SKIP", Line(output, "server id"));
        Assert.DoesNotContain("wrong-key-7777", output);
    }

    [Fact]
    public async Task Doctor_finds_a_wrong_server_id()
    {
        var (code, output, _) = await CliRunner.RunAsync("doctor", "--config", Config("\"serverId\": 7"), "--api-key", Key);
        Assert.Equal(1, code);
        Assert.StartsWith("PASS", Line(output, "api key"));
        Assert.StartsWith("FAIL", Line(output, "server id"));
        Assert.Contains("7 is unknown", Line(output, "server id"));
        Assert.Contains("serverId", FixAfter(output, "server id"));
    }

    [Fact]
    public async Task Doctor_finds_a_wrong_url()
    {
        var url = "http://127.0.0.1:" + CliRunner.ClosedPort();
        var (code, output, _) = await CliRunner.RunAsync("doctor", "--config", Config(), "--api-key", Key, "--cad-url", url);
        Assert.Equal(1, code);
        Assert.StartsWith("FAIL", Line(output, "api reachable"));
        Assert.Contains(url, Line(output, "api reachable"));
        Assert.Contains("baseUrl", FixAfter(output, "api reachable"));
    }

    [Fact]
    public async Task Doctor_reports_a_bad_config_and_a_low_plan()
    {
        var (code, output, _) = await CliRunner.RunAsync("doctor", "--config", Config("\"serverId\": \"one\""), "--api-key", Key);
        Assert.Equal(1, code);
        Assert.StartsWith("FAIL", Line(output, "config"));
        Assert.Contains("serverId", Line(output, "config"));

        await using var standard = await CadEmulator.StartAsync(new EmulatorOptions { Port = 0, ApiKey = Key, PlanVersion = 2 });
        (code, output, _) = await CliRunner.RunAsync("doctor", "--config", Config(), "--api-key", Key, "--cad-url", standard.BaseUrl);
        Assert.Equal(1, code);
        Assert.StartsWith("FAIL", Line(output, "plan"));
        Assert.Contains("PLUS", Line(output, "plan"));
    }

    [Fact]
    public async Task Doctor_checks_the_postal_file()
    {
        var config = Config("\"postals\": { \"file\": \"postals.json\", \"resource\": \"nearest-postal\" }");
        var (code, output, _) = await CliRunner.RunAsync("doctor", "--config", config, "--api-key", Key);
        Assert.Equal(1, code);
        Assert.StartsWith("FAIL", Line(output, "postals"));
        Assert.Contains("nearest-postal", FixAfter(output, "postals"));

        var postals = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(config))!, "nearest-postal");
        Directory.CreateDirectory(postals);
        await File.WriteAllTextAsync(Path.Combine(postals, "postals.json"), "[{\"code\":\"101\",\"x\":1.0,\"y\":2.0},{\"code\":\"102\",\"x\":50.0,\"y\":60.0}]");
        (code, output, _) = await CliRunner.RunAsync("doctor", "--config", config, "--api-key", Key);
        Assert.True(code == 0, output);
        Assert.Contains("2 postals", Line(output, "postals"));
    }

    /// <summary>The mirror probe on its own: config validation insists on https mirror URLs, and the emulator serves http.</summary>
    [Fact]
    public async Task Doctor_mirror_probe_tells_a_good_key_from_a_bad_one()
    {
        using var http = new System.Net.Http.HttpClient();
        var transport = new SonoranFiveM.Core.Http.HttpClientTransport(http);
        var lines = new System.Collections.Generic.List<string>();
        async Task Probe(string name, string url, string authorization, string keySetting, string urlSetting)
        {
            var line = await MirrorsCheck.ProbeAsync(transport, name, url, authorization, keySetting, urlSetting, default);
            lines.Add(line.Status.ToString().ToUpperInvariant() + " " + line.Name + " " + line.Detail + (line.Fix == null ? "" : " fix: " + line.Fix));
        }

        await Probe("tines", _emulator.BaseUrl + "/api/v1/records/0", "Bearer " + _emulator.Options.TinesApiKey, "sonoran_mirrors_tines_apiKey", "mirrors.tines.tenantUrl");
        await Probe("tines", _emulator.BaseUrl + "/api/v1/records/0", "Bearer wrong", "sonoran_mirrors_tines_apiKey", "mirrors.tines.tenantUrl");
        await Probe("quickblox", _emulator.BaseUrl + "/data/Bolo/000000000000000000000000.json", "ApiKey " + _emulator.Options.QuickBloxApiKey,
            "sonoran_mirrors_quickblox_apiKey", "mirrors.quickblox.apiUrl");
        await Probe("quickblox", _emulator.BaseUrl + "/data/Bolo/000000000000000000000000.json", "ApiKey wrong", "sonoran_mirrors_quickblox_apiKey", "mirrors.quickblox.apiUrl");

        Assert.StartsWith("PASS mirror tines", lines[0]);
        Assert.Contains("answered 404 for a record that does not exist, as a working mirror does; the key was not refused", lines[0]);
        Assert.StartsWith("FAIL mirror tines", lines[1]);
        Assert.Contains("sonoran_mirrors_tines_apiKey", lines[1]);
        Assert.StartsWith("PASS mirror quickblox", lines[2]);
        Assert.StartsWith("FAIL mirror quickblox", lines[3]);
    }

    [Fact]
    public async Task Send_911_works_without_a_config_file_and_lands_in_the_cad()
    {
        var (code, output, error) = await CliRunner.RunAsync("send", "911", "--cad-url", _emulator.BaseUrl, "--api-key", Key,
            "--caller", "Jane Doe", "--location", "Alta St", "--description", "Car fire", "--config", "");
        Assert.Equal(2, code); // an empty --config is a usage error
        (code, output, error) = await CliRunner.RunAsync("send", "911", "--cad-url", _emulator.BaseUrl, "--api-key", Key,
            "--caller", "Jane Doe", "--location", "Alta St", "--description", "Car fire", "--non-emergency");
        Assert.True(code == 0, output + error);
        Assert.StartsWith("OK: call created, CAD call id", output);
        var call = Assert.Single(_emulator.State.Calls);
        Assert.False(call.IsEmergency);
        Assert.Equal("Jane Doe", call.Caller);
    }

    [Fact]
    public async Task Send_record_heartbeat_location_panic_status_and_version()
    {
        var config = Config("\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 7, \"defaultMinutes\": 15, \"fields\": { \"plate\": \"{args}\", \"note\": \"{description}\" } } } }");
        _emulator.State.AddUnit("unit-1");
        string[] Common(params string[] args) => args.Concat(new[] { "--config", config, "--api-key", Key }).ToArray();

        Assert.Equal(0, (await CliRunner.RunAsync(Common("send", "record", "--template", "bolo", "--value", "args=ABC 123", "--value", "description=red car"))).Code);
        var record = Assert.Single(_emulator.State.Records);
        Assert.Equal(7, record.RecordTypeId);
        Assert.Equal("ABC 123", record.ReplaceValues!["plate"]);
        Assert.NotNull(record.ExpiresAt);

        Assert.Equal(0, (await CliRunner.RunAsync(Common("send", "record", "--type-id", "9", "--field", "uid1=x", "--minutes", "5"))).Code);
        Assert.Equal(0, (await CliRunner.RunAsync(Common("send", "heartbeat", "--players", "12"))).Code);
        Assert.Equal(12, _emulator.State.Heartbeats[1].PlayerCount);
        Assert.Equal(0, (await CliRunner.RunAsync(Common("send", "location", "--user", "unit-1", "--x", "10.5", "--y", "-20", "--heading", "90"))).Code);
        Assert.NotNull(_emulator.State.FindUnit("unit-1")!.LastLocationUpdate);
        Assert.Equal(0, (await CliRunner.RunAsync(Common("send", "panic", "--user", "unit-1"))).Code);
        Assert.True(_emulator.State.FindUnit("unit-1")!.IsPanic);
        Assert.Equal(0, (await CliRunner.RunAsync(Common("send", "status", "--user", "unit-1", "--status", "busy"))).Code);
        Assert.Equal(1, _emulator.State.FindUnit("unit-1")!.Status);
        var (code, output, _) = await CliRunner.RunAsync(Common("send", "version"));
        Assert.Equal(0, code);
        Assert.Contains("PLUS", output);
    }

    [Fact]
    public async Task Send_prints_the_classified_failure_and_exits_1()
    {
        var (code, output, _) = await CliRunner.RunAsync("send", "version", "--cad-url", _emulator.BaseUrl, "--api-key", "not-the-key-31");
        Assert.Equal(1, code);
        Assert.StartsWith("FAILED: Fatal:", output);
        Assert.Contains("HTTP 401", output);
        Assert.Contains("request id", output);
        Assert.DoesNotContain("not-the-key-31", output);

        (code, output, _) = await CliRunner.RunAsync("send", "heartbeat", "--players", "3", "--cad-url", "http://127.0.0.1:" + CliRunner.ClosedPort(), "--api-key", Key);
        Assert.Equal(1, code);
        Assert.StartsWith("FAILED: Transient:", output);
        Assert.Contains("(no answer)", output);

        (code, output, _) = await CliRunner.RunAsync("send", "heartbeat", "--players", "3", "--cad-url", _emulator.BaseUrl, "--api-key", Key, "--server-id", "9");
        Assert.Equal(1, code);
        Assert.Contains("HTTP 404", output);
    }

    [Theory]
    [InlineData("send")]
    [InlineData("send", "fax")]
    [InlineData("send", "911", "--caller", "x")]
    [InlineData("send", "record", "--template", "nope")]
    [InlineData("send", "status", "--user", "u", "--status", "DANCING")]
    public async Task Send_usage_errors_are_exit_2(params string[] args)
    {
        var all = args.Concat(new[] { "--cad-url", _emulator.BaseUrl, "--api-key", Key }).ToArray();
        if (args.Length == 1) all = args;
        var (code, _, error) = await CliRunner.RunAsync(all);
        Assert.Equal(2, code);
        Assert.Contains("sonoran-fivem send --help", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
