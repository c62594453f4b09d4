namespace SonoranFiveM.Core.Tests.Linking
{
    /// <summary>Completion of a link: checks paced by the CheckLink lane, the push event, expiry, refusals, a player leaving.</summary>
    public class AccountLinksTests
    {
        private const string Done = "Your Sonoran CAD account is now linked to this game account.";

        [Fact]
        public async Task A_pending_link_is_checked_every_10_s_until_the_CAD_says_it_is_linked()
        {
            using var rig = new LinkRig();
            Assert.Equal(CommandOutcome.Accepted, await rig.LinkAsync(1, "abc"));

            await rig.RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
            Assert.Equal(new[] { 10.0, 20.0, 30.0 }, rig.Cad.TimesOf(CadEndpoint.CheckLink).Select(t => (t - LinkRig.Start).TotalSeconds));
            Assert.DoesNotContain(rig.Sent, s => s.Message == Done);

            rig.Cad.LinkedIds["abc"] = true;
            await rig.RunAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));

            Assert.Equal(Done, rig.Sent.Last().Message);
            Assert.Equal((1, "abc", false), Assert.Single(rig.LinkedEvents));
            Assert.Equal(0, rig.Links.PendingCount);
            await rig.RunAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));
            Assert.Equal(4, rig.Cad.Count(CadEndpoint.CheckLink));
        }

        [Fact]
        public async Task While_push_events_arrive_a_check_only_reconciles_once_a_minute()
        {
            var connected = true;
            using var rig = new LinkRig(pushConnected: () => connected);
            await rig.LinkAsync(1, "abc");

            await rig.RunAsync(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(1));
            connected = false;
            await rig.RunAsync(TimeSpan.FromSeconds(80), TimeSpan.FromSeconds(1));

            Assert.Equal(new[] { 60.0, 120.0, 180.0, 190.0, 200.0 }, rig.Cad.TimesOf(CadEndpoint.CheckLink).Select(t => (t - LinkRig.Start).TotalSeconds));
        }

        [Fact]
        public async Task Checks_of_many_pending_links_share_the_lanes_budget_and_none_is_lost()
        {
            // A share of 0.1 leaves 3 checks a minute; two links want 12.
            using var rig = new LinkRig(dispatch: o => o.SetShare(CadEndpoint.CheckLink, 0.1));
            await rig.LinkAsync(1, "abc");
            await rig.LinkAsync(2, "def");

            await rig.RunAsync(TimeSpan.FromMinutes(4), TimeSpan.FromSeconds(1));

            var times = rig.Cad.TimesOf(CadEndpoint.CheckLink);
            foreach (var at in times) Assert.True(times.Count(t => t >= at && t < at + TimeSpan.FromSeconds(60)) <= 3, "more than 3 checks in 60 s from " + at);
            var ids = rig.Cad.BodiesOf(CadEndpoint.CheckLink).Cast<string>().ToList();
            Assert.True(ids.Count >= 9, ids.Count + " checks");
            Assert.Contains("abc", ids);
            Assert.Contains("def", ids);
        }

        [Fact]
        public async Task The_push_event_ends_a_pending_link_at_once_and_its_queued_check_is_withdrawn()
        {
            using var rig = new LinkRig();
            await rig.LinkAsync(1, "abc");

            rig.Links.Verified("abc");
            rig.Links.Verified("abc");

            await LinkRig.Eventually(() => rig.LinkedCount > 0, "the push event did not complete the link");
            Assert.Equal(Done, rig.Sent.Last().Message);
            Assert.Single(rig.Sent, s => s.Message == Done);
            Assert.Equal((1, "abc", true), Assert.Single(rig.LinkedEvents));
            await rig.RunAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));
            Assert.Equal(0, rig.Cad.Count(CadEndpoint.CheckLink));
        }

        [Fact]
        public async Task The_push_event_is_completed_off_the_thread_that_delivered_it()
        {
            using var rig = new LinkRig();
            await rig.LinkAsync(1, "abc");

            // A dedicated thread stands for FXServer's main thread, which is not a thread-pool thread.
            var main = new Thread(() => rig.Links.Verified("abc"));
            main.Start();
            main.Join();

            await LinkRig.Eventually(() => rig.LinkedCount > 0, "the push event did not complete the link");
            var thread = Assert.Single(rig.LinkedOn);
            Assert.NotSame(main, thread);
            Assert.True(thread.IsThreadPoolThread);
            Assert.Equal(Done, rig.Sent.Last().Message);
        }

        [Fact]
        public async Task A_push_ends_only_the_pending_link_of_its_communityUserId()
        {
            using var rig = new LinkRig();
            await rig.LinkAsync(1, "abc");
            await rig.LinkAsync(2, "def");

            rig.Links.Verified("someone-else");
            rig.Links.Verified("def");

            await LinkRig.Eventually(() => rig.LinkedCount > 0, "the push event did not complete the link");
            Assert.Equal((2, "def", true), Assert.Single(rig.LinkedEvents));
            Assert.Equal(1, rig.Links.PendingCount);
            Assert.NotNull(rig.Links.Pending(1));
        }

        [Fact]
        public async Task A_code_left_unused_expires_and_the_player_is_told_once()
        {
            using var rig = new LinkRig();
            rig.Cad.NextLinkCode = new LinkCode("Q9Z1", LinkRig.Start.AddSeconds(25));
            await rig.LinkAsync(1, "abc");

            await rig.RunAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));

            // The last check is made at expiry, and only its "not linked" ends the link as expired.
            Assert.Equal(new[] { 10.0, 20.0, 25.0 }, rig.Cad.TimesOf(CadEndpoint.CheckLink).Select(t => (t - LinkRig.Start).TotalSeconds));
            Assert.Equal("Your link code Q9Z1 expired before it was used; type /link for a new one.",
                await rig.WaitForAsync(m => m.Contains("expired")));
            Assert.Single(rig.Sent, s => s.Message.Contains("expired"));
            Assert.Equal(0, rig.Links.PendingCount);
        }

        [Fact]
        public async Task A_sign_in_after_the_last_check_before_expiry_is_confirmed_by_the_check_at_expiry()
        {
            using var rig = new LinkRig();
            rig.Cad.NextLinkCode = new LinkCode("Q9Z1", LinkRig.Start.AddSeconds(25));
            await rig.LinkAsync(1, "abc");
            await rig.RunAsync(TimeSpan.FromSeconds(22), TimeSpan.FromSeconds(1));

            rig.Cad.LinkedIds["abc"] = true;
            await rig.RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));

            Assert.Equal(new[] { 10.0, 20.0, 25.0 }, rig.Cad.TimesOf(CadEndpoint.CheckLink).Select(t => (t - LinkRig.Start).TotalSeconds));
            Assert.Equal(Done, await rig.WaitForAsync(m => m == Done));
            Assert.DoesNotContain(rig.Sent, s => s.Message.Contains("expired"));
            Assert.Equal((1, "abc", false), Assert.Single(rig.LinkedEvents));
        }

        [Fact]
        public async Task When_no_check_can_be_made_within_the_grace_after_expiry_the_player_hears_it_could_not_be_confirmed()
        {
            using var rig = new LinkRig();
            rig.Cad.NextLinkCode = new LinkCode("Q9Z1", LinkRig.Start.AddSeconds(25));
            rig.Cad.Always(CadEndpoint.CheckLink, Failures.Transient());
            await rig.LinkAsync(1, "abc");

            await rig.RunAsync(TimeSpan.FromSeconds(25) + rig.Links.CheckGrace + TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1));

            Assert.Equal("Your link code Q9Z1 has expired, and the CAD could not be asked whether it was used; if you signed in with it, you are linked, otherwise type /link for a new one.",
                await rig.WaitForAsync(m => m.Contains("could not be asked")));
            Assert.DoesNotContain(rig.Sent, s => s.Message.Contains("expired before it was used"));
            await rig.WaitForPendingToEnd();
        }

        [Fact]
        public async Task A_check_the_CAD_refuses_ends_the_link_with_the_reason()
        {
            using var rig = new LinkRig();
            rig.Cad.Always(CadEndpoint.CheckLink, Failures.Rejected("communityUserId is not valid"));
            await rig.LinkAsync(1, "abc");

            await rig.RunAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));

            Assert.Equal("The CAD could not confirm your account link: communityUserId is not valid. Type /link to try again.",
                await rig.WaitForAsync(m => m.StartsWith("The CAD could not confirm", StringComparison.Ordinal)));
            await rig.RunAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));
            Assert.Equal(1, rig.Cad.Count(CadEndpoint.CheckLink));
        }

        [Fact]
        public async Task Transient_check_failures_are_retried_within_the_codes_lifetime()
        {
            using var rig = new LinkRig();
            rig.Cad.Script(CadEndpoint.CheckLink, Failures.Transient(), Failures.Transient());
            rig.Cad.LinkedIds["abc"] = true;
            await rig.LinkAsync(1, "abc");

            await rig.RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));

            Assert.Equal(3, rig.Cad.Count(CadEndpoint.CheckLink));
            Assert.Equal(Done, rig.Sent.Last().Message);
        }

        [Fact]
        public async Task A_player_who_leaves_is_no_longer_checked_or_told()
        {
            using var rig = new LinkRig();
            await rig.LinkAsync(1, "abc");
            var told = rig.Sent.Count;

            rig.Links.Forget(1);
            rig.Cad.LinkedIds["abc"] = true;
            await rig.RunAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));

            Assert.Equal(0, rig.Cad.Count(CadEndpoint.CheckLink));
            Assert.Equal(told, rig.Sent.Count);
            Assert.Equal(0, rig.Links.PendingCount);
        }

        [Fact]
        public async Task A_player_who_leaves_before_the_create_was_sent_costs_no_request()
        {
            using var rig = new LinkRig();
            var handling = rig.Router.HandleAsync("link", "", LinkRig.Player(1, "abc"));

            rig.Links.Forget(1);
            await rig.Dispatcher.PumpAsync();

            Assert.Equal(CommandOutcome.Dropped, await handling);
            Assert.Equal(0, rig.Cad.Count(CadEndpoint.CreateLink));
        }

        [Fact]
        public async Task A_create_the_CAD_refuses_leaves_nothing_pending_and_nothing_checked()
        {
            using var rig = new LinkRig();
            rig.Cad.Script(CadEndpoint.CreateLink, Failures.Rejected("communityUserId is required"));

            Assert.Equal(CommandOutcome.Rejected, await rig.LinkAsync(1, "abc"));

            Assert.Equal("The CAD refused your link request: communityUserId is required.", rig.Sent.Last().Message);
            await rig.WaitForPendingToEnd();
            await rig.RunAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
            Assert.Equal(0, rig.Cad.Count(CadEndpoint.CheckLink));
        }

        [Fact]
        public void The_page_is_the_websites_id_page_with_the_code()
        {
            using var rig = new LinkRig();
            Assert.Equal("https://sonorancad.com/id?code=A7K2", rig.Links.UrlFor("A7K2"));
        }
    }
}
