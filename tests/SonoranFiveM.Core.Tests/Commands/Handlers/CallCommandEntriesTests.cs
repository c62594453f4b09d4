using SonoranFiveM.Core.Locations;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Commands.Handlers
{
    /// <summary>Call commands from <see cref="CommandRouterOptions.Calls"/>: each entry's flag, metadata, cooldown, ACE and record log.</summary>
    public class CallCommandEntriesTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeCad _cad = new FakeCad();
        private readonly ListMessenger _messenger = new ListMessenger();
        private readonly List<(EmergencyCall Call, string Template)> _logged = new List<(EmergencyCall, string)>();

        private static readonly PostalIndex Postals = PostalIndex.Build(new[] { new Postal("101", 100, 200) });

        private static CallCommandSettings Tow(Action<CallCommandSettings>? change = null)
        {
            var tow = new CallCommandSettings
            {
                Command = new CommandOptions { Name = "tow", Ace = "sonoran.tow", CooldownSeconds = 120, MaxLength = 50 },
                DescriptionPrefix = "(TOW)",
                Priority = 3,
                Code = "10-50",
                RecordTemplate = "towlog",
                Help = "Request a tow truck.",
            };
            change?.Invoke(tow);
            return tow;
        }

        private CommandRouter Router(params CallCommandSettings[] calls) => Router(new CommandRouterOptions
        {
            Calls = new List<CallCommandSettings> { CallCommandSettings.Default911(), CallCommandSettings.Default311() }.Concat(calls).ToList(),
        });

        private CommandRouter Router(CommandRouterOptions options) =>
            new CommandRouter(options, _cad, _messenger, new LocationDescriber(Postals), _time, new ListLog(), logCallAsRecord: (call, template) => _logged.Add((call, template)));

        private static CommandContext Player(int id = 7, bool aceAllowed = true) =>
            new CommandContext(id, "John Doe", "lic-" + id, false, new WorldPosition(110.5f, 190.25f, 30f), _ => aceAllowed);

        [Fact]
        public async Task A_custom_entry_sends_its_flag_prefix_priority_and_code_with_the_usual_caller_and_location()
        {
            var outcome = await Router(Tow()).HandleAsync("tow", "blue sedan blocking Route 68", Player());

            Assert.Equal(CommandOutcome.Accepted, outcome);
            Assert.Equal("Your tow call was received by dispatch.", _messenger.Last);
            var call = Assert.Single(_cad.Calls);
            Assert.False(call.IsEmergency);
            Assert.Equal("(TOW) blue sedan blocking Route 68", call.Description);
            Assert.Equal("John Doe", call.Caller);
            Assert.Equal("Postal 101", call.Location);
            Assert.Equal("3", call.MetaData["priority"]);
            Assert.Equal("10-50", call.MetaData["code"]);
            Assert.Equal("101", call.MetaData["postal"]);
            Assert.Equal("lic-7", call.MetaData["callerCommunityUserId"]);
        }

        [Fact]
        public async Task The_built_in_entries_send_no_priority_code_or_prefix_as_before()
        {
            await Router().HandleAsync("911", "shots fired", Player());

            var call = Assert.Single(_cad.Calls);
            Assert.True(call.IsEmergency);
            Assert.Equal("shots fired", call.Description);
            Assert.False(call.MetaData.ContainsKey("priority"));
            Assert.False(call.MetaData.ContainsKey("code"));
            Assert.Empty(_logged);
        }

        [Fact]
        public async Task An_emergency_entry_goes_out_while_the_non_emergency_line_is_busy_and_the_busy_reply_names_the_first_emergency_entry()
        {
            var fire = new CallCommandSettings { Command = new CommandOptions { Name = "fire", CooldownSeconds = 0 }, Emergency = true };
            var options = new CommandRouterOptions { MaxQueuedNonEmergencyCalls = 2, CallCooldownSeconds = 0 };
            options.Calls = new List<CallCommandSettings> { Tow(t => t.Command.Ace = ""), fire };
            _cad.QueuedNonEmergencyCalls = 2;
            var router = Router(options);

            Assert.Equal(CommandOutcome.Busy, await router.HandleAsync("tow", "stuck car", Player()));
            Assert.Equal("The /tow line is busy: 2 non-emergency calls are waiting to be sent. Please try again in a few minutes; for an emergency use /fire.", _messenger.Last);
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("fire", "house on fire", Player()));
            Assert.True(Assert.Single(_cad.Calls).IsEmergency);
        }

        [Fact]
        public async Task Each_entry_has_its_own_cooldown_and_all_share_the_call_cooldown()
        {
            var router = Router(new CommandRouterOptions
            {
                CallCooldownSeconds = 30,
                Calls = new List<CallCommandSettings> { CallCommandSettings.Default911(), Tow(t => t.Command.Ace = "") },
            });

            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("tow", "stuck car", Player()));
            _time.Advance(TimeSpan.FromSeconds(20));
            Assert.Equal(CommandOutcome.Cooldown, await router.HandleAsync("911", "shots fired", Player()));
            Assert.Equal("Please wait 10 s before making another call (all call commands share this wait).", _messenger.Last);

            _time.Advance(TimeSpan.FromSeconds(15));
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("911", "shots fired", Player()));
            _time.Advance(TimeSpan.FromSeconds(35));
            Assert.Equal(CommandOutcome.Cooldown, await router.HandleAsync("tow", "another car", Player()));
            Assert.Equal("Please wait 50 s before using /tow again.", _messenger.Last);
        }

        [Fact]
        public async Task An_entry_with_an_ACE_node_refuses_players_without_it()
        {
            var router = Router(Tow());

            Assert.Equal(CommandOutcome.NoPermission, await router.HandleAsync("tow", "stuck car", Player(aceAllowed: false)));
            Assert.Equal("You do not have permission to use /tow.", _messenger.Last);
            Assert.Empty(_cad.Calls);
            Assert.Equal(CommandOutcome.Accepted, await router.HandleAsync("tow", "stuck car", Player(id: 8)));
        }

        [Fact]
        public async Task An_entry_caps_its_own_text_length()
        {
            Assert.Equal(CommandOutcome.TooLong, await Router(Tow()).HandleAsync("tow", new string('x', 51), Player()));
            Assert.Empty(_cad.Calls);
        }

        [Fact]
        public async Task A_queued_call_is_logged_to_its_entrys_record_template_and_an_entry_without_one_logs_nothing()
        {
            var router = Router(Tow());

            await router.HandleAsync("311", "noise", Player(id: 1));
            await router.HandleAsync("tow", "stuck car", Player(id: 2));

            var (call, template) = Assert.Single(_logged);
            Assert.Equal("towlog", template);
            Assert.Equal("(TOW) stuck car", call.Description);
        }

        [Fact]
        public async Task A_record_log_that_throws_after_the_call_was_queued_still_answers_received_and_is_logged()
        {
            var log = new ListLog();
            var router = new CommandRouter(new CommandRouterOptions
                {
                    Calls = new List<CallCommandSettings> { CallCommandSettings.Default911(), Tow() },
                },
                _cad, _messenger, new LocationDescriber(Postals), _time, log, logCallAsRecord: (_, _) => throw new System.IO.IOException("disk full"));

            var outcome = await router.HandleAsync("tow", "stuck car", Player());

            Assert.Equal(CommandOutcome.Accepted, outcome);
            Assert.Single(_cad.Calls);
            Assert.Equal("Your tow call was received by dispatch.", _messenger.Last);
            Assert.Contains(log.Messages(SonoranFiveM.Core.Diagnostics.LogLevel.Error), m => m.Contains("queued but not logged as a record (template towlog): IOException: disk full"));
        }

        [Fact]
        public async Task Cancel_works_after_a_custom_entry_as_after_911()
        {
            _cad.OnCancel = _ => new CallCancellation(CallCancelState.Withdrawn);
            var router = Router(Tow());
            await router.HandleAsync("tow", "stuck car", Player());

            Assert.Equal(CommandOutcome.Cancelled, await router.HandleAsync("tow", "cancel", Player()));
            Assert.Equal("Your tow call was cancelled before it was sent.", _messenger.Last);
            Assert.Single(_cad.CancelledCalls);
        }

        [Fact]
        public async Task Cancel_after_another_call_command_names_the_command_that_made_the_call()
        {
            _cad.OnCancel = _ => new CallCancellation(CallCancelState.Withdrawn);
            var router = Router(Tow(t => t.Command.Ace = ""));
            await router.HandleAsync("911", "shots fired", Player());

            Assert.Equal(CommandOutcome.Cancelled, await router.HandleAsync("tow", "cancel", Player()));
            Assert.Equal("Your 911 call was cancelled before it was sent.", _messenger.Last);
        }

        [Fact]
        public void Entries_are_registered_in_order_with_their_help_and_disabled_ones_are_not()
        {
            var router = Router(Tow(), new CallCommandSettings { Command = new CommandOptions { Name = "511", Enabled = false } },
                new CallCommandSettings { Command = new CommandOptions { Name = "animal" } });

            Assert.Equal(new[] { "911", "311", "tow", "animal", "panic", "status" }, router.Names);
            var suggestions = router.Suggestions.ToDictionary(s => s.Name);
            Assert.Equal("Request a tow truck.", suggestions["/tow"].Help);
            Assert.Equal("Call /animal: not an emergency.", suggestions["/animal"].Help);
            Assert.Equal("Call 911: police, fire or EMS, for an emergency.", suggestions["/911"].Help);
        }

        [Fact]
        public void Two_entries_with_one_name_are_refused_at_construction()
        {
            var e = Assert.Throws<ArgumentException>(() => Router(new CallCommandSettings { Command = new CommandOptions { Name = "PANIC" } }));
            Assert.Contains("used by two commands", e.Message);
        }
    }
}
