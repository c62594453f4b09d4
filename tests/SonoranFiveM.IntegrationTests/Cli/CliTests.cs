using System.Net.Http;
using System.Threading;
using SonoranFiveM.Cli;
using CommandContext = SonoranFiveM.Cli.CommandContext;

namespace SonoranFiveM.IntegrationTests.Cli;

public sealed class CliTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CommandContext(output, error, CancellationToken.None));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var (code, output, _) = await RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output);
        Assert.Contains("sonoran-fivem [command] [options]", output);
        Assert.Contains("emulate", output);
    }

    [Theory]
    [InlineData("simulate", "--players <N>", "[default: 64]")]
    [InlineData("simulate", "--transport <websocket|http>", "[default: websocket]")]
    [InlineData("emulate", "--retry-after <on|off>", "[default: on]")]
    [InlineData("send", "--caller <NAME>", "--config <PATH>")]
    public async Task A_commands_help_comes_from_its_option_declarations(string command, string option, string detail)
    {
        var (code, output, error) = await RunAsync(command, "--help");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("sonoran-fivem " + command, output);
        Assert.Contains(option, output);
        Assert.Contains(detail, output);
    }

    [Fact]
    public async Task Version_prints_the_informational_version()
    {
        var (code, output, _) = await RunAsync("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("sonoran-fivem 0.1.0", output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    public async Task Unknown_command_or_option_is_exit_2_with_usage(string arg)
    {
        var (code, output, error) = await RunAsync(arg);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"'{arg}'", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--port", "http")]
    [InlineData("--faults", "5xx:9")]
    [InlineData("--retry-after", "maybe")]
    public async Task Emulate_rejects_bad_options_with_exit_2(params string[] args)
    {
        var all = new string[args.Length + 1];
        all[0] = "emulate";
        args.CopyTo(all, 1);
        var (code, _, error) = await RunAsync(all);
        Assert.Equal(2, code);
        Assert.Contains("sonoran-fivem emulate --help", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task No_command_is_exit_2()
    {
        var (code, _, error) = await RunAsync();
        Assert.Equal(2, code);
        Assert.Contains("sonoran-fivem --help", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Emulate_serves_until_cancelled_and_prints_what_to_use()
    {
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource<CadEmulator>(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = new CommandContext(TextWriter.Synchronized(output), TextWriter.Null, stop.Token, e => started.SetResult((CadEmulator)e));

        var run = CliApp.RunAsync(new[] { "emulate", "--port", "0", "--api-key", "cli-key", "--community-id", "cli-community", "--no-rate-limits", "--retry-after", "off" }, context);
        var emulator = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl) };
        var request = new HttpRequestMessage(HttpMethod.Get, "/v2/general/version");
        request.Headers.Add("Authorization", "Bearer cli-key");
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
        Assert.False(emulator.RateLimits.Enabled);
        Assert.False(emulator.RateLimits.SendRetryAfter);

        stop.Cancel();
        Assert.Equal(0, await run);
        var text = output.ToString();
        Assert.Contains(emulator.BaseUrl, text);
        Assert.Contains("cli-community", text);
        Assert.Contains("cli-key", text);
    }
}
