using SonoranFiveM.IntegrationTests.Composition;

namespace SonoranFiveM.IntegrationTests.Commands.Handlers;

/// <summary>A record command goes through the same pipeline and replies as the call, panic and status commands.</summary>
public class RecordCommandTests
{
    private const string BoloConfig =
        "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"defaultMinutes\": 30, "
        + "\"fields\": { \"plate\": \"{arg1}\", \"reason\": \"{arg2}\" } } }, "
        + "\"commands\": [ { \"name\": \"bolo\", \"template\": \"bolo\", \"arguments\": [ \"plate\", \"reason\" ] } ] }";

    private static CommandContext Officer() => new(5, "Officer Lee", "lee", true, new WorldPosition(10f, 20f, 30f), _ => true);

    [Fact]
    public async Task A_record_held_back_by_the_CADs_rate_limit_is_queued_to_be_sent_shortly_not_unreachable()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);
        h.Emulator.Faults.Apply("429storm");

        var handled = h.Integration.HandleCommandAsync("bolo", "ABC123 stolen red sedan", Officer());
        await h.RunAsync(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1));

        Assert.Equal(CommandOutcome.QueuedPaced, await handled);
        var reply = Assert.Single(h.Replies, r => r.Player == 5).Message;
        Assert.Equal("Your bolo record is queued; it will be sent shortly.", reply);

        h.Emulator.Faults.Clear();
        await h.RunAsync(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(5));
        Assert.Single(h.Emulator.State.Records);
    }

    [Fact]
    public async Task A_record_command_while_the_CAD_is_down_is_queued_as_unreachable()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);
        h.Emulator.Faults.Apply("5xx");

        var handled = h.Integration.HandleCommandAsync("bolo", "ABC123 stolen red sedan", Officer());
        await h.RunAsync(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1));

        Assert.Equal(CommandOutcome.QueuedUnreachable, await handled);
        Assert.Equal("Your bolo record is queued — the CAD is unreachable right now; it will be sent when it is back.",
            h.Replies.Single(r => r.Player == 5).Message);
    }

    [Fact]
    public async Task A_record_command_missing_an_argument_shows_the_usage_once()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig);

        Assert.Equal(CommandOutcome.Usage, await h.Integration.HandleCommandAsync("bolo", "ABC123", Officer()));
        Assert.Equal("Missing <reason>. Usage: /bolo <plate> <reason>", h.Replies.Single(r => r.Player == 5).Message);
    }

    [Fact]
    public async Task The_owners_usage_text_replaces_the_built_one_on_wrong_use()
    {
        await using var h = await IntegrationHarness.StartAsync(BoloConfig.Replace("\"template\": \"bolo\",", "\"template\": \"bolo\", \"usage\": \"/bolo PLATE what they did\","));

        Assert.Equal(CommandOutcome.Usage, await h.Integration.HandleCommandAsync("bolo", "", Officer()));
        Assert.Equal("Missing <plate>. Usage: /bolo PLATE what they did", h.Replies.Single(r => r.Player == 5).Message);
    }
}
