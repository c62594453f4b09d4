using SonoranFiveM.Core.Tests.Linking;

namespace SonoranFiveM.Core.Tests.Commands.Handlers
{
    /// <summary>/link in the command pipeline: replies, the v1 refusal, identity, ACE, cooldown, a code shown again.</summary>
    public class LinkCommandTests
    {
        [Fact]
        public async Task The_code_and_the_page_are_shown_only_once_the_CAD_answered()
        {
            using var rig = new LinkRig();
            var handling = rig.Router.HandleAsync("link", "anything typed is ignored", LinkRig.Player(1, "abc"));
            Assert.Empty(rig.Sent);

            await rig.Dispatcher.PumpAsync();

            Assert.Equal(CommandOutcome.Accepted, await handling);
            Assert.Equal("To link your Sonoran CAD account, open https://sonorancad.com/id?code=A7K2 and sign in (code A7K2, valid for 10 min). You will be told here when it is done.",
                Assert.Single(rig.Sent).Message);
            Assert.Equal(new object[] { "abc" }, rig.Cad.BodiesOf(CadEndpoint.CreateLink));
        }

        [Fact]
        public async Task On_API_v1_the_player_is_told_linking_needs_v2_and_nothing_is_sent()
        {
            using var rig = new LinkRig(apiVersion: "v1");

            Assert.Equal(CommandOutcome.NotSupported, await rig.LinkAsync(1, "abc"));

            Assert.Equal("/link needs Sonoran API v2; please tell the server staff (apiVersion must be \"v2\").", Assert.Single(rig.Sent).Message);
            Assert.Equal(0, rig.Cad.Count(CadEndpoint.CreateLink));
        }

        [Fact]
        public async Task On_API_v1_a_repeated_link_counts_against_the_refusal_limit()
        {
            using var rig = new LinkRig(apiVersion: "v1", commands: o => o.InvalidCommandLimit = 3);

            for (var i = 0; i < 3; i++) Assert.Equal(CommandOutcome.NotSupported, await rig.LinkAsync(1, "abc"));

            Assert.Equal(CommandOutcome.Ignored, await rig.LinkAsync(1, "abc"));
            Assert.StartsWith("Too many refused commands", rig.Sent.Last().Message, StringComparison.Ordinal);
            Assert.Equal(CommandOutcome.Ignored, await rig.LinkAsync(1, "abc"));
            Assert.Equal(4, rig.Sent.Count);
        }

        [Fact]
        public async Task A_pending_code_is_shown_again_at_most_once_per_5_s_and_sooner_is_a_counted_refusal()
        {
            using var rig = new LinkRig(commands: o => o.InvalidCommandLimit = 2);
            await rig.LinkAsync(1, "abc");

            Assert.Equal(CommandOutcome.Pending, await rig.LinkAsync(1, "abc"));
            rig.Time.Advance(TimeSpan.FromSeconds(2));
            Assert.Equal(CommandOutcome.Cooldown, await rig.LinkAsync(1, "abc"));
            Assert.Equal("Please wait 3 s before using /link again.", rig.Sent.Last().Message);
            rig.Time.Advance(TimeSpan.FromSeconds(3));
            Assert.Equal(CommandOutcome.Pending, await rig.LinkAsync(1, "abc"));
            Assert.StartsWith("Your link code is still A7K2", rig.Sent.Last().Message, StringComparison.Ordinal);

            Assert.Equal(CommandOutcome.Cooldown, await rig.LinkAsync(1, "abc"));
            Assert.Equal(CommandOutcome.Ignored, await rig.LinkAsync(1, "abc"));
            Assert.Equal(1, rig.Cad.Count(CadEndpoint.CreateLink));
        }

        [Fact]
        public async Task A_player_without_an_identifier_is_told_why()
        {
            using var rig = new LinkRig();

            Assert.Equal(CommandOutcome.NoIdentity, await rig.LinkAsync(1, null));

            Assert.Equal("/link needs a game identifier the CAD can use, and your account has none; please tell the server staff.", Assert.Single(rig.Sent).Message);
            Assert.Equal(0, rig.Cad.Count(CadEndpoint.CreateLink));
        }

        [Fact]
        public async Task The_ACE_node_is_checked_when_one_is_set()
        {
            using var rig = new LinkRig(commands: o => o.Link.Ace = "sonoran.link");

            Assert.Equal(CommandOutcome.NoPermission, await rig.LinkAsync(1, "abc", ace => ace != "sonoran.link"));
            Assert.Equal(CommandOutcome.Accepted, await rig.LinkAsync(2, "def", ace => ace == "sonoran.link"));
            Assert.Equal(new object[] { "def" }, rig.Cad.BodiesOf(CadEndpoint.CreateLink));
        }

        [Fact]
        public async Task A_valid_code_is_shown_again_without_a_request_and_a_new_one_is_made_once_it_expired()
        {
            using var rig = new LinkRig();
            await rig.LinkAsync(1, "abc");
            rig.Time.Advance(TimeSpan.FromMinutes(4));

            Assert.Equal(CommandOutcome.Pending, await rig.LinkAsync(1, "abc"));
            Assert.Equal("Your link code is still A7K2 (valid for 6 more min): open https://sonorancad.com/id?code=A7K2 and sign in.", rig.Sent.Last().Message);
            Assert.Equal(1, rig.Cad.Count(CadEndpoint.CreateLink));

            await rig.RunAsync(TimeSpan.FromMinutes(6), TimeSpan.FromSeconds(5));
            rig.Cad.NextLinkCode = new LinkCode("N3W4", rig.Time.GetUtcNow().AddMinutes(10));
            Assert.Equal(CommandOutcome.Accepted, await rig.LinkAsync(1, "abc"));
            Assert.Contains("code N3W4", rig.Sent.Last().Message);
        }

        [Fact]
        public async Task A_new_request_within_the_cooldown_is_refused()
        {
            using var rig = new LinkRig();
            rig.Cad.Script(CadEndpoint.CreateLink, Failures.Rejected("try later"));
            Assert.Equal(CommandOutcome.Rejected, await rig.LinkAsync(1, "abc"));
            await rig.WaitForPendingToEnd();

            Assert.Equal(CommandOutcome.Cooldown, await rig.LinkAsync(1, "abc"));
            Assert.Equal("Please wait 30 s before using /link again.", rig.Sent.Last().Message);

            rig.Time.Advance(TimeSpan.FromSeconds(30));
            Assert.Equal(CommandOutcome.Accepted, await rig.LinkAsync(1, "abc"));
        }

        [Fact]
        public async Task A_create_the_CAD_does_not_answer_in_time_is_told_as_waiting_for_up_to_two_minutes_not_as_saved()
        {
            using var rig = new LinkRig();
            rig.Cad.Always(CadEndpoint.CreateLink, Failures.Transient());
            var handling = rig.Router.HandleAsync("link", "", LinkRig.Player(1, "abc"));

            await rig.RunAsync(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1));

            Assert.Equal(CommandOutcome.QueuedUnreachable, await handling);
            Assert.Equal("Your link request is waiting for the CAD; it will be tried for up to 2 minutes, and you will be told here what became of it.",
                Assert.Single(rig.Sent).Message);

            await rig.RunAsync(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(5));
            Assert.StartsWith("Your link request was not sent: stale", await rig.WaitForAsync(m => m.Contains("was not sent")), StringComparison.Ordinal);
        }

        [Fact]
        public void A_disabled_link_command_is_not_registered()
        {
            using var rig = new LinkRig(commands: o => o.Link.Enabled = false);

            Assert.DoesNotContain("link", rig.Router.Names);
            Assert.DoesNotContain(rig.Router.Suggestions, s => s.Name == "/link");
        }

        [Fact]
        public void The_command_has_a_chat_suggestion()
        {
            using var rig = new LinkRig();

            var suggestion = Assert.Single(rig.Router.Suggestions, s => s.Name == "/link");
            Assert.Equal("Link your Sonoran CAD account to this game account.", suggestion.Help);
            Assert.Empty(suggestion.Parameters);
        }
    }
}
