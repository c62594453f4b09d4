using System.Net.Http;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SonoranFiveM.IntegrationTests.Composition;

namespace SonoranFiveM.IntegrationTests.Linking;

/// <summary>/link end to end: the real core over real HTTP against the emulator, the website's step done through <c>_emulator</c>.</summary>
public class AccountLinkTests
{
    private const string CreateEndpoint = "createCommunityLink";
    private const string CheckEndpoint = "checkCommunityLink";

    private static CommandContext Player(int id, string? cuid) => new(id, "Jane Doe", cuid, false, new WorldPosition(0f, 0f, 0f), _ => true);

    /// <summary>/link, pumped until the CAD answered; the code shown to the player.</summary>
    private static async Task<string> LinkAsync(IntegrationHarness h, int player, string cuid)
    {
        var command = h.Integration.HandleCommandAsync("link", "", Player(player, cuid));
        await h.Integration.Dispatcher.PumpAsync();
        Assert.Equal(CommandOutcome.Accepted, await command);
        var reply = h.Replies.Last(r => r.Player == player).Message;
        var code = Regex.Match(reply, @"\(code ([A-Z0-9]+),").Groups[1].Value;
        Assert.Equal("To link your Sonoran CAD account, open https://sonorancad.com/id?code=" + code + " and sign in (code " + code
            + ", valid for 10 min). You will be told here when it is done.", reply);
        return code;
    }

    private static async Task VerifyAsync(IntegrationHarness h, string code)
    {
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync(h.Emulator.BaseUrl + "/_emulator/links/verify", new { code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), what);
    }

    private static bool ToldLinked(IntegrationHarness h, int player) =>
        h.Replies.Any(r => r.Player == player && r.Message == "Your Sonoran CAD account is now linked to this game account.");

    [Fact]
    public async Task A_link_verified_on_the_website_is_found_by_polling_and_the_roster_picks_the_unit_up()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Integration.PlayerJoined(1, "license:link1");
        h.Integration.Roster.Start();
        var code = await LinkAsync(h, 1, "link1");

        // Before the website step the check says "not yet", and nothing is told.
        await h.RunAsync(TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(1));
        Assert.True(h.Emulator.Requests.For(CheckEndpoint).Count >= 2, string.Join(",", h.Emulator.Requests.For(CheckEndpoint).Select(c => c.Time.ToString("mm:ss"))));
        Assert.False(ToldLinked(h, 1));
        Assert.Single(h.Emulator.Requests.For("getActiveUnits"));
        Assert.False(h.Integration.IsUnit(1));

        // The player signs in on the website; the CAD now lists them as a unit.
        h.Emulator.State.AddUnit("link1");
        await VerifyAsync(h, code);
        await h.RunAsync(TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(1));
        await Eventually(() => ToldLinked(h, 1), "the player was not told the link is done");
        Assert.Equal(0, h.Integration.Links.PendingCount);

        // The roster reads the unit list at once (not 60 s later), so the linked unit counts now.
        await h.RunAsync(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));
        await Eventually(() => h.Integration.IsUnit(1), "the roster did not pick the linked unit up");
        var checks = h.Emulator.Requests.For(CheckEndpoint).Count;
        await h.RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
        Assert.Equal(checks, h.Emulator.Requests.For(CheckEndpoint).Count);
    }

    [Fact]
    public async Task A_link_verified_on_the_website_is_told_from_the_push_event_without_waiting_for_a_check()
    {
        await using var h = await IntegrationHarness.StartAsync(withHub: true);
        h.Integration.PlayerJoined(1, "license:link1");
        await h.Integration.LocationHub!.PumpAsync();
        Assert.True(h.Integration.LocationHub.CarriesLocations);
        var code = await LinkAsync(h, 1, "link1");

        await VerifyAsync(h, code);

        await Eventually(() => ToldLinked(h, 1), "the push event did not complete the link");
        Assert.Empty(h.Emulator.Requests.For(CheckEndpoint));
        await h.RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
        Assert.Empty(h.Emulator.Requests.For(CheckEndpoint));
        Assert.Single(h.Replies, r => r.Player == 1 && r.Message.StartsWith("Your Sonoran CAD account is now linked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_players_linking_at_once_stay_within_30_checks_a_minute_and_get_no_429()
    {
        await using var h = await IntegrationHarness.StartAsync();
        for (var player = 1; player <= 8; player++) h.Integration.PlayerJoined(player, "license:many" + player);
        for (var player = 1; player <= 8; player++) await LinkAsync(h, player, "many" + player);

        await h.RunAsync(TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(1));

        var checks = h.Emulator.Requests.For(CheckEndpoint);
        Assert.All(checks, c => Assert.Equal(200, c.Status));
        foreach (var check in checks)
        {
            var window = checks.Count(c => c.Time >= check.Time && c.Time < check.Time + TimeSpan.FromSeconds(60));
            Assert.True(window <= 30, window + " checks within 60 s from " + check.Time);
        }

        // The budget is used, not wasted: 8 players want 48 checks a minute; the lane sends its 30.
        Assert.True(checks.Count >= 70, checks.Count + " checks in 3 minutes");
        Assert.Equal(8, h.Emulator.Requests.For(CreateEndpoint).Count);
    }

    [Fact]
    public async Task A_code_left_unused_expires_and_the_player_is_told_to_ask_for_a_new_one()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Integration.PlayerJoined(1, "license:slow1");
        var code = await LinkAsync(h, 1, "slow1");

        await h.RunAsync(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        await Eventually(() => h.Replies.Any(r => r.Player == 1 && r.Message.Contains("expired")), "the player was not told the code expired");
        Assert.Equal("Your link code " + code + " expired before it was used; type /link for a new one.", h.Replies.Last(r => r.Player == 1).Message);
        Assert.Equal(0, h.Integration.Links.PendingCount);
    }

    [Fact]
    public async Task Typing_link_again_while_the_code_is_valid_shows_the_same_code_without_asking_the_CAD()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Integration.PlayerJoined(1, "license:again1");
        var code = await LinkAsync(h, 1, "again1");

        Assert.Equal(CommandOutcome.Pending, await h.Integration.HandleCommandAsync("link", "", Player(1, "again1")));

        Assert.Equal("Your link code is still " + code + " (valid for 10 more min): open https://sonorancad.com/id?code=" + code + " and sign in.",
            h.Replies.Last(r => r.Player == 1).Message);
        Assert.Single(h.Emulator.Requests.For(CreateEndpoint));
    }

    [Fact]
    public async Task A_hostile_code_in_the_CADs_reply_is_not_shown_to_the_player()
    {
        await using var h = await IntegrationHarness.StartAsync();
        using (var http = new HttpClient())
        {
            var hostile = "^1<font size=99>" + new string('A', 5000);
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync(h.Emulator.BaseUrl + "/_emulator/links/nextCode", new { code = hostile })).StatusCode);
        }

        h.Integration.PlayerJoined(1, "license:hostile1");
        var command = h.Integration.HandleCommandAsync("link", "", Player(1, "hostile1"));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Rejected, await command);
        Assert.Equal("The CAD refused your link request: its reply carried no usable link code.", h.Replies.Last(r => r.Player == 1).Message);
        await Eventually(() => h.Integration.Links.PendingCount == 0, "the refused link stayed pending");
        await h.RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
        Assert.Empty(h.Emulator.Requests.For(CheckEndpoint));
    }

    [Fact]
    public async Task A_malformed_create_reply_is_refused_honestly()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Emulator.Faults.Set("malformed");
        h.Integration.PlayerJoined(1, "license:cut1");
        var command = h.Integration.HandleCommandAsync("link", "", Player(1, "cut1"));
        await h.Integration.Dispatcher.PumpAsync();

        Assert.Equal(CommandOutcome.Rejected, await command);
        Assert.DoesNotContain(h.Replies, r => r.Message.Contains("sonorancad.com/id"));
    }

    [Fact]
    public async Task While_the_CAD_is_down_the_player_hears_it_is_queued_and_gets_the_code_when_it_is_back()
    {
        await using var h = await IntegrationHarness.StartAsync();
        h.Emulator.Faults.Set("5xx");
        h.Integration.PlayerJoined(1, "license:down1");
        var command = h.Integration.HandleCommandAsync("link", "", Player(1, "down1"));
        await h.RunAsync(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1));

        Assert.Equal(CommandOutcome.QueuedUnreachable, await command);
        Assert.Equal("Your link request is waiting for the CAD; it will be tried for up to 2 minutes, and you will be told here what became of it.",
            h.Replies.Last(r => r.Player == 1).Message);

        h.Emulator.Faults.Set("none");
        await h.RunAsync(TimeSpan.FromSeconds(70), TimeSpan.FromSeconds(1));
        await Eventually(() => h.Replies.Any(r => r.Player == 1 && r.Message.StartsWith("To link your Sonoran CAD account", StringComparison.Ordinal)), "no code after the CAD came back");
    }
}
