using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Commands
{
    public class CommandRouterTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCad _cad = new FakeCad();
        private readonly ListMessenger _messenger = new ListMessenger();
        private readonly ListLog _log = new ListLog();
        private readonly List<string> _aceChecks = new List<string>();

        private static readonly PostalIndex Postals = PostalIndex.Build(new[] { new Postal("101", 100, 200), new Postal("202", 2000, 2000) });

        private CommandRouter Router(CommandRouterOptions? options = null) =>
            new CommandRouter(options ?? new CommandRouterOptions(), _cad, _messenger, new LocationDescriber(Postals), _time, _log);

        private CommandContext Player(int id = 7, string name = "John Doe", bool isUnit = false, string? communityUserId = "lic-7",
            bool aceAllowed = true, WorldPosition? position = null) =>
            new CommandContext(id, name, communityUserId, isUnit, position ?? new WorldPosition(110.5f, 190.25f, 30f), node =>
            {
                _aceChecks.Add(node);
                return aceAllowed;
            });

        private CommandContext Unit(int id = 7, bool aceAllowed = true) => Player(id, isUnit: true, aceAllowed: aceAllowed);

        [Fact]
        public async Task A_911_call_accepted_by_the_CAD_reports_its_call_id_and_carries_caller_location_and_metadata()
        {
            _cad.Tickets.Enqueue(FakeTicket.Completed(DeliveryState.Accepted, cadId: "4312"));

            var outcome = await Router().HandleAsync("911", "^1Shots\nfired ~r~near the bank", Player(name: "^2John ~b~Doe"));

            Assert.Equal(CommandOutcome.Accepted, outcome);
            Assert.Equal("Your 911 call was received by dispatch (call #4312).", _messenger.Last);
            var call = Assert.Single(_cad.Calls);
            Assert.True(call.IsEmergency);
            Assert.Equal("John Doe", call.Caller);
            Assert.Equal("Shots fired near the bank", call.Description);
            Assert.Equal("Postal 101", call.Location);
            Assert.Equal(30, call.DeleteAfterMinutes);
            Assert.Equal("101", call.MetaData["postal"]);
            Assert.Equal("110.5", call.MetaData["x"]);
            Assert.Equal("190.25", call.MetaData["y"]);
            Assert.Equal("30", call.MetaData["z"]);
            Assert.Equal("7", call.MetaData["callerPlayerId"]);
            Assert.Equal("lic-7", call.MetaData["callerCommunityUserId"]);
        }

        [Fact]
        public async Task A_311_call_is_not_an_emergency_and_the_delete_delay_comes_from_options()
        {
            var outcome = await Router(new CommandRouterOptions { CallDeleteAfterMinutes = 0 }).HandleAsync("311", "noise complaint", Player());

            Assert.Equal(CommandOutcome.Accepted, outcome);
            Assert.Equal("Your 311 call was received by dispatch.", _messenger.Last);
            var call = Assert.Single(_cad.Calls);
            Assert.False(call.IsEmergency);
            Assert.Null(call.DeleteAfterMinutes);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("^1 ~r~ ^7")]
        public async Task A_call_without_a_description_shows_usage_and_costs_no_cooldown(string arguments)
        {
            var router = Router();

            Assert.Equal(CommandOutcome.Usage, await router.HandleAsync("911", arguments, Player()));
            Assert.Equal("Usage: /911 <what is happening> (an emergency)", _messenger.Last);
            Assert.Empty(_cad.Calls);

            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "fire", Player()));
        }

        [Fact]
        public async Task A_description_over_the_cap_is_refused_but_colour_codes_do_not_count()
        {
            var router = Router();
            var atCap = new string('a', 500);

            Assert.Equal(CommandOutcome.TooLong, await router.HandleAsync("911", atCap + "b", Player()));
            Assert.Equal("That is too long (501 characters; the limit is 500). Please shorten it.", _messenger.Last);
            Assert.Empty(_cad.Calls);

            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "^1" + atCap + "^7", Player()));
            Assert.Equal(atCap, _cad.Calls.Single().Description);
        }

        [Fact]
        public async Task The_cooldown_is_per_player_and_per_command_and_says_how_long_is_left()
        {
            var router = Router(new CommandRouterOptions { CallCooldownSeconds = 0 });
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "first", Player(id: 7)));

            _time.Advance(TimeSpan.FromSeconds(15.2));
            Assert.Equal(CommandOutcome.Cooldown, await router.HandleAsync("911", "second", Player(id: 7)));
            Assert.Equal("Please wait 45 s before using /911 again.", _messenger.Last);

            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "other player", Player(id: 8)));
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("311", "other command", Player(id: 7)));

            _time.Advance(TimeSpan.FromSeconds(44.8));
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "third", Player(id: 7)));
            Assert.Equal(new[] { "first", "other player", "other command", "third" }, _cad.Calls.Select(c => c.Description));
        }

        [Fact]
        public async Task The_call_commands_share_one_cooldown_per_player()
        {
            var router = Router(new CommandRouterOptions
            {
                Calls = new List<CallCommandSettings>
                {
                    new CallCommandSettings { Command = new CommandOptions { Name = "911", CooldownSeconds = 10 }, Emergency = true },
                    new CallCommandSettings { Command = new CommandOptions { Name = "311", CooldownSeconds = 10 } },
                },
                CallCooldownSeconds = 30,
            });
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("311", "noise complaint", Player(id: 7)));

            _time.Advance(TimeSpan.FromSeconds(20));
            Assert.Equal(CommandOutcome.Cooldown, await router.HandleAsync("911", "shots fired", Player(id: 7)));
            Assert.Equal("Please wait 10 s before making another call (all call commands share this wait).", _messenger.Last);
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "another player", Player(id: 8)));

            _time.Advance(TimeSpan.FromSeconds(10));
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "shots fired", Player(id: 7)));
            Assert.Equal(new[] { "noise complaint", "another player", "shots fired" }, _cad.Calls.Select(c => c.Description));
        }

        [Fact]
        public async Task A_non_emergency_call_is_refused_honestly_while_the_queue_of_them_is_full_and_emergencies_still_go()
        {
            _cad.QueuedNonEmergencyCalls = 3;
            var router = Router(new CommandRouterOptions { MaxQueuedNonEmergencyCalls = 3 });

            Assert.Equal(CommandOutcome.Busy, await router.HandleAsync("311", "lost cat", Player(id: 7)));
            Assert.Equal("The /311 line is busy: 3 non-emergency calls are waiting to be sent. Please try again in a few minutes; for an emergency use /911.", _messenger.Last);
            Assert.Empty(_cad.Calls);

            // The refusal started no cooldown: an emergency, or the same call once there is room, goes through.
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "house fire", Player(id: 7)));
            _cad.QueuedNonEmergencyCalls = 2;
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("311", "lost cat", Player(id: 8)));
            Assert.Equal(new[] { "house fire", "lost cat" }, _cad.Calls.Select(c => c.Description));
        }

        [Fact]
        public async Task Raw_input_over_the_cap_is_refused_unread_even_the_nested_code_attack()
        {
            const int n = 50_000;
            var attack = new string('^', n) + new string('1', n);

            var outcome = await Router().HandleAsync("911", attack, Player());

            // Before the cap this was cleaned (minutes of work on one thread) down to nothing and answered "Usage".
            Assert.Equal(CommandOutcome.TooLong, outcome);
            Assert.Equal("That is too long (100000 characters; the limit is 500). Please shorten it.", _messenger.Last);
            Assert.Empty(_cad.Calls);
        }

        [Fact]
        public async Task After_five_refused_commands_a_player_is_ignored_for_the_rest_of_the_window_with_one_notice()
        {
            var router = Router();
            for (var i = 0; i < 5; i++) Assert.Equal(CommandOutcome.Usage, await router.HandleAsync("911", "^1", Player(id: 7)));
            var replies = _messenger.Sent.Count;

            Assert.Equal(CommandOutcome.Ignored, await router.HandleAsync("911", "real emergency", Player(id: 7)));
            Assert.Equal("Too many refused commands: yours are ignored for the next 10 s.", _messenger.Last);
            Assert.Equal(CommandOutcome.Ignored, await router.HandleAsync("311", "^1", Player(id: 7)));
            Assert.Equal(replies + 1, _messenger.Sent.Count);
            Assert.Equal(CommandOutcome.Usage, await router.HandleAsync("911", "", Player(id: 8)));

            _time.Advance(TimeSpan.FromSeconds(10));
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "real emergency", Player(id: 7)));
            Assert.Empty(_cad.Calls.Where(c => c.Description != "real emergency"));
        }

        [Fact]
        public async Task Cooldown_and_permission_refusals_count_towards_the_limit_and_a_zero_limit_turns_it_off()
        {
            var limited = Router(new CommandRouterOptions { InvalidCommandLimit = 2 });
            await limited.HandleAsync("911", "first", Player(id: 7));
            await limited.HandleAsync("911", "again", Player(id: 7));
            await limited.HandleAsync("panic", "", Player(id: 7, aceAllowed: false));
            Assert.Equal(CommandOutcome.Ignored, await limited.HandleAsync("status", "BUSY", Unit(id: 7)));

            var unlimited = Router(new CommandRouterOptions { InvalidCommandLimit = 0 });
            for (var i = 0; i < 20; i++) Assert.Equal(CommandOutcome.Usage, await unlimited.HandleAsync("911", "", Player(id: 9)));
        }

        [Fact]
        public async Task The_callers_name_is_cleaned_and_capped_like_chat_text()
        {
            var hostile = "^1<script>" + new string('x', 100) + "\u0007\u202E~r~";

            await Router().HandleAsync("911", "help", Player(name: hostile));

            var caller = Assert.Single(_cad.Calls).Caller;
            Assert.Equal("script" + new string('x', 58), caller);
        }

        [Fact]
        public async Task Forgetting_a_player_clears_their_cooldowns()
        {
            var router = Router();
            await router.HandleAsync("911", "first", Player(id: 7));

            router.ForgetPlayer(7);

            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "new player, same id", Player(id: 7)));
        }

        [Fact]
        public async Task Calls_are_open_by_default_and_a_configured_ACE_node_is_enforced()
        {
            Assert.Equal(CommandOutcome.Accepted, await Router().HandleAsync("911", "help", Player(aceAllowed: false)));
            Assert.Empty(_aceChecks);

            var options = new CommandRouterOptions();
            options.Calls[0].Command.Ace = "sonoran.call";
            Assert.Equal(CommandOutcome.NoPermission, await Router(options).HandleAsync("911", "help", Player(id: 9, aceAllowed: false)));
            Assert.Equal("You do not have permission to use /911.", _messenger.Last);
            Assert.Equal(new[] { "sonoran.call" }, _aceChecks);
            Assert.Single(_cad.Calls);
        }

        [Fact]
        public async Task Panic_and_status_need_the_unit_ACE_node_and_a_unit()
        {
            var router = Router();

            Assert.Equal(CommandOutcome.NoPermission, await router.HandleAsync("panic", "", Unit(aceAllowed: false)));
            Assert.Equal("sonoran.unit", _aceChecks.Single());
            Assert.Equal(CommandOutcome.NotAUnit, await router.HandleAsync("panic", "", Player(isUnit: false)));
            Assert.Equal("/panic is only for units signed in to the CAD.", _messenger.Last);
            Assert.Equal(CommandOutcome.NotAUnit, await router.HandleAsync("status", "available", Player(isUnit: true, communityUserId: null)));
            Assert.Empty(_cad.Panics);
            Assert.Empty(_cad.Statuses);
        }

        [Fact]
        public async Task Panic_toggles_per_unit()
        {
            var router = Router();

            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("panic", "", Unit(id: 7)));
            Assert.Equal("Panic activated: dispatch has been alerted.", _messenger.Last);
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("PANIC", "ignored words", Player(id: 8, isUnit: true, communityUserId: "lic-8")));

            _time.Advance(TimeSpan.FromSeconds(3));
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("panic", "", Unit(id: 7)));
            Assert.Equal("Panic cleared.", _messenger.Last);

            Assert.Equal(new[] { ("lic-7", true), ("lic-8", true), ("lic-7", false) }, _cad.Panics);
            Assert.False(router.Panic.IsPanicking("lic-7"));
            Assert.True(router.Panic.IsPanicking("lic-8"));
        }

        [Fact]
        public async Task A_panic_the_CAD_refuses_is_undone_so_the_next_press_tries_again()
        {
            var router = Router();
            _cad.Tickets.Enqueue(FakeTicket.Completed(DeliveryState.Rejected, "unit not found."));

            Assert.Equal(CommandOutcome.Rejected, await router.HandleAsync("panic", "", Unit()));
            Assert.Equal("The CAD refused your panic alert: unit not found.", _messenger.Last);
            Assert.False(router.Panic.IsPanicking("lic-7"));

            _time.Advance(TimeSpan.FromSeconds(3));
            await router.HandleAsync("panic", "", Unit());
            Assert.Equal(new[] { true, true }, _cad.Panics.Select(p => p.On));
        }

        [Theory]
        [InlineData("enroute", 3, "ENROUTE")]
        [InlineData("On Scene", 4, "ON_SCENE")]
        [InlineData("on-scene", 4, "ON_SCENE")]
        [InlineData("^2AVAILABLE", 2, "AVAILABLE")]
        [InlineData("0", 0, "UNAVAILABLE")]
        public async Task Status_accepts_names_in_any_case_and_known_codes(string typed, int code, string name)
        {
            Assert.Equal(CommandOutcome.Accepted, await Router().HandleAsync("status", typed, Unit()));

            Assert.Equal(("lic-7", code), _cad.Statuses.Single());
            Assert.Equal("Your status is now " + name + ".", _messenger.Last);
        }

        [Theory]
        [InlineData("")]
        [InlineData("7")]
        [InlineData("lunch")]
        [InlineData("-1")]
        public async Task An_unknown_status_shows_the_choices_and_costs_no_cooldown(string typed)
        {
            var router = Router();

            Assert.Equal(CommandOutcome.Usage, await router.HandleAsync("status", typed, Unit()));
            Assert.Equal("Usage: /status <status>. One of: UNAVAILABLE, BUSY, AVAILABLE, ENROUTE, ON_SCENE.", _messenger.Last);
            Assert.Empty(_cad.Statuses);
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("status", "busy", Unit()));
        }

        [Fact]
        public async Task An_answer_within_the_reply_wait_is_reported_directly()
        {
            var ticket = new FakeTicket();
            _cad.Tickets.Enqueue(ticket);

            var handling = Router().HandleAsync("911", "fire", Player());
            _time.Advance(TimeSpan.FromSeconds(4.9));
            Assert.False(handling.IsCompleted);
            Assert.Empty(_messenger.Sent);
            ticket.Complete(DeliveryState.Accepted, cadId: "77");

            Assert.Equal(CommandOutcome.Accepted, await handling);
            Assert.Equal("Your 911 call was received by dispatch (call #77).", _messenger.Sent.Single().Message);
        }

        [Fact]
        public async Task When_the_CAD_is_unreachable_the_player_is_told_it_is_queued_then_told_when_it_arrives()
        {
            var ticket = new FakeTicket { LastFailure = new DeliveryFailure(DeliveryFailureKind.Transient, "connection refused") };
            _cad.Tickets.Enqueue(ticket);

            var handling = Router().HandleAsync("911", "fire", Player());
            _time.Advance(TimeSpan.FromSeconds(5));

            Assert.Equal(CommandOutcome.QueuedUnreachable, await handling);
            Assert.Equal("Your 911 call is queued — the CAD is unreachable right now; it will be sent when it is back.", _messenger.Sent.Single().Message);
            Assert.DoesNotContain(_messenger.Sent, m => m.Message.Contains("received"));

            ticket.Complete(DeliveryState.Accepted, cadId: "9001");

            Assert.Equal(2, _messenger.Sent.Count);
            Assert.Equal((7, "Your 911 call was received by dispatch (call #9001)."), _messenger.Sent[1]);
        }

        [Fact]
        public async Task Work_merely_waiting_for_rate_budget_is_queued_to_be_sent_shortly()
        {
            var ticket = new FakeTicket { LastFailure = new DeliveryFailure(DeliveryFailureKind.RateLimited, "slow down") };
            _cad.Tickets.Enqueue(ticket);

            var handling = Router().HandleAsync("status", "busy", Unit());
            _time.Advance(TimeSpan.FromSeconds(5));

            Assert.Equal(CommandOutcome.QueuedPaced, await handling);
            Assert.Equal("Your status change is queued; it will be sent shortly.", _messenger.Last);

            ticket.Complete(DeliveryState.Dropped, "replaced by a newer status");
            Assert.Equal("Your status change was not sent: replaced by a newer status.", _messenger.Last);
        }

        [Fact]
        public async Task A_queued_panic_the_CAD_later_refuses_is_undone()
        {
            var ticket = new FakeTicket();
            _cad.Tickets.Enqueue(ticket);
            var router = Router();

            var handling = router.HandleAsync("panic", "", Unit());
            _time.Advance(TimeSpan.FromSeconds(5));
            Assert.Equal(CommandOutcome.QueuedPaced, await handling);
            Assert.True(router.Panic.IsPanicking("lic-7"));

            ticket.Complete(DeliveryState.Rejected, "unit is offline");

            Assert.False(router.Panic.IsPanicking("lic-7"));
            Assert.Equal("The CAD refused your panic alert: unit is offline.", _messenger.Last);
        }

        [Fact]
        public async Task A_rejected_or_dropped_call_says_why()
        {
            _cad.Tickets.Enqueue(FakeTicket.Completed(DeliveryState.Rejected, "description is required"));
            _cad.Tickets.Enqueue(FakeTicket.Completed(DeliveryState.Dropped));

            Assert.Equal(CommandOutcome.Rejected, await Router().HandleAsync("911", "x", Player(id: 1)));
            Assert.Equal("The CAD refused your 911 call: description is required.", _messenger.Last);
            Assert.Equal(CommandOutcome.Dropped, await Router().HandleAsync("911", "x", Player(id: 2)));
            Assert.Equal("Your 911 call was not sent: no reason given.", _messenger.Last);
        }

        [Fact]
        public async Task If_the_work_cannot_be_queued_the_player_is_told_and_it_is_logged()
        {
            _cad.Throw = new InvalidOperationException("dispatcher stopped");

            Assert.Equal(CommandOutcome.Failed, await Router().HandleAsync("911", "fire", Player()));

            Assert.Equal("Your 911 call could not be queued. Please tell the server staff.", _messenger.Last);
            Assert.Contains(_log.Lines, l => l.Message.Contains("dispatcher stopped"));
        }

        [Fact]
        public async Task A_handler_that_throws_is_logged_and_the_player_told_and_nothing_escapes()
        {
            var router = Router();
            _cad.OnCancel = _ => throw new InvalidOperationException("outbox closed");
            await router.HandleAsync("911", "fire", Player());

            Assert.Equal(CommandOutcome.Failed, await router.HandleAsync("911", "cancel", Player()));

            Assert.Equal("Your /911 command could not be queued. Please tell the server staff.", _messenger.Last);
            Assert.Contains(_log.Lines, l => l.Message.Contains("outbox closed"));
        }

        [Fact]
        public async Task The_console_and_unknown_commands_are_handled()
        {
            var router = Router();

            Assert.Equal(CommandOutcome.NotAPlayer, await router.HandleAsync("911", "fire", Player(id: 0)));
            Assert.Equal((0, "/911 can only be used in game."), _messenger.Sent.Single());
            Assert.Equal(CommandOutcome.UnknownCommand, await router.HandleAsync("511", "fire", Player()));
            Assert.Single(_messenger.Sent);
        }

        [Fact]
        public async Task Names_are_configurable_and_disabled_commands_are_neither_handled_nor_suggested()
        {
            var options = new CommandRouterOptions();
            options.Calls[0].Command.Name = "/call911";
            options.Calls[1].Command.Enabled = false;
            var router = Router(options);

            Assert.Equal(new[] { "call911", "panic", "status" }, router.Names);
            Assert.Equal(new[] { "/call911", "/panic", "/status" }, router.Suggestions.Select(s => s.Name));
            Assert.Equal(CommandOutcome.UnknownCommand, await router.HandleAsync("311", "noise", Player()));
            Assert.Equal(CommandOutcome.UnknownCommand, await router.HandleAsync("911", "noise", Player()));
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("CALL911", "fire", Player()));
        }

        [Fact]
        public void Suggestions_describe_each_command_and_its_parameters()
        {
            var suggestions = Router().Suggestions.ToDictionary(s => s.Name);

            Assert.Equal(new[] { "/911", "/311", "/panic", "/status" }, suggestions.Keys);
            Assert.Equal("description", suggestions["/911"].Parameters.Single().Name);
            Assert.Empty(suggestions["/panic"].Parameters);
            Assert.Contains("ENROUTE", suggestions["/status"].Parameters.Single().Help);
            Assert.All(suggestions.Values, s => Assert.False(string.IsNullOrWhiteSpace(s.Help)));
        }

        [Theory]
        [InlineData("911", "")]
        [InlineData("two words", "")]
        public void Bad_command_names_are_refused_at_construction(string name, string other)
        {
            var options = new CommandRouterOptions();
            options.Calls[0].Command.Name = name;
            options.Calls[1].Command.Name = other.Length > 0 ? other : "911";

            var e = Assert.Throws<ArgumentException>(() => Router(options));
            Assert.Contains(name == "911" ? "used by two commands" : "must be one word", e.Message);
        }

        [Theory]
        [InlineData("911 shots fired", "shots fired")]
        [InlineData("  911   shots   fired  ", "shots   fired")]
        [InlineData("panic", "")]
        [InlineData("", "")]
        [InlineData(null, "")]
        public void Arguments_are_taken_from_the_raw_command_line(string? raw, string expected) =>
            Assert.Equal(expected, CommandRouter.ArgumentsFromRaw(raw));
    }
}
