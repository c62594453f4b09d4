using SonoranFiveM.Core.Composition;

namespace SonoranFiveM.Core.Tests.Configuration
{
    /// <summary><c>commands.calls</c>, the old <c>commands.emergency</c>/<c>nonEmergency</c> keys, and <c>calls.panicCall</c>.</summary>
    public class CallCommandsOptionsTests
    {
        private const string Tow =
            "{ \"name\": \"tow\", \"emergency\": false, \"ace\": \"sonoran.tow\", \"cooldownSeconds\": 120, \"maxLength\": 80, " +
            "\"descriptionPrefix\": \"(TOW)\", \"priority\": 3, \"code\": \"10-50\", \"recordTemplate\": \"\", \"help\": \"Request a tow truck.\" }";

        private static string Calls(params string[] entries) => "\"commands\": { \"calls\": [ " + string.Join(", ", entries) + " ] }";

        [Fact]
        public void The_defaults_are_911_emergency_and_311_non_emergency_as_before()
        {
            var calls = new SonoranOptions().Commands.Calls;

            Assert.Equal(new[] { "911", "311" }, calls.Select(c => c.Name));
            Assert.Equal(new[] { true, false }, calls.Select(c => c.Emergency));
            Assert.All(calls, c =>
            {
                Assert.True(c.Enabled);
                Assert.Equal("", c.Ace);
                Assert.Equal(60, c.CooldownSeconds);
                Assert.Equal(500, c.MaxLength);
                Assert.Equal("", c.DescriptionPrefix);
                Assert.Null(c.Priority);
                Assert.Equal("", c.Code);
                Assert.Null(c.RecordTemplate);
            });
            Assert.False(new SonoranOptions().Calls.PanicCall.Enabled);
        }

        [Fact]
        public void A_list_in_config_replaces_the_defaults_and_binds_every_field()
        {
            var o = ConfigFixtures.LoadValid(Calls("{ \"name\": \"911\", \"emergency\": true }", Tow));

            Assert.Equal(new[] { "911", "tow" }, o.Commands.Calls.Select(c => c.Name));
            var tow = o.Commands.Calls[1];
            Assert.Equal((false, "sonoran.tow", 120, 80, "(TOW)", 3, "10-50", "", "Request a tow truck."),
                (tow.Emergency, tow.Ace, tow.CooldownSeconds, tow.MaxLength, tow.DescriptionPrefix, tow.Priority, tow.Code, tow.RecordTemplate, tow.Help));
        }

        [Fact]
        public void The_list_can_come_from_a_convar()
        {
            var o = ConfigFixtures.LoadValid("", ("sonoran_commands_calls", "[" + Tow + "]"));

            Assert.Equal("tow", Assert.Single(o.Commands.Calls).Name);
        }

        [Fact]
        public void The_old_keys_are_read_onto_the_911_and_311_entries_with_a_warning()
        {
            var result = ConfigFixtures.Load("\"commands\": { \"emergency\": { \"name\": \"call911\", \"ace\": \"sonoran.call\" }, \"nonEmergency\": { \"enabled\": false } }");

            Assert.Empty(result.Errors);
            var calls = result.Options!.Commands.Calls;
            Assert.Equal(("call911", "sonoran.call", true, true), (calls[0].Name, calls[0].Ace, calls[0].Emergency, calls[0].Enabled));
            Assert.Equal(("311", false, false), (calls[1].Name, calls[1].Emergency, calls[1].Enabled));
            var warning = result.Warnings.First(w => w.Key == "commands.emergency");
            Assert.Contains("old form of commands.calls", warning.Message);
            Assert.Contains("commands.calls[0] (\"call911\")", warning.Message);
            Assert.Contains(result.Warnings, w => w.Key == "commands.nonEmergency");
            Assert.Equal(new[] { "call911", "panic", "status", "link" }, ChatCommandNames.Of(result.Options));
        }

        [Fact]
        public void A_name_from_an_old_key_keeps_the_old_rule_so_a_config_that_loaded_before_still_loads()
        {
            var result = ConfigFixtures.Load("\"commands\": { \"emergency\": { \"name\": \"urgência\" } }");

            Assert.Empty(result.Errors);
            Assert.Equal("urgência", result.Options!.Commands.Calls[0].Name);

            var slash = Assert.Single(ConfigFixtures.Load("\"commands\": { \"emergency\": { \"name\": \"/urgência\" } }").Errors);
            Assert.Equal("commands.emergency.name", slash.Key);
            Assert.Contains("one word without the slash", slash.Message);

            var listed = Assert.Single(ConfigFixtures.Load(Calls("{ \"name\": \"urgência\" }")).Errors);
            Assert.Equal("commands.calls[0].name", listed.Key);
        }

        [Fact]
        public void More_than_32_call_commands_is_an_error_naming_the_list_and_the_fix()
        {
            var entries = Enumerable.Range(1, 33).Select(i => "{ \"name\": \"c" + i + "\" }").ToArray();
            Assert.Empty(ConfigFixtures.Load(Calls(entries.Take(32).ToArray())).Errors);

            var error = Assert.Single(ConfigFixtures.Load(Calls(entries)).Errors);

            Assert.Equal("commands.calls", error.Key);
            Assert.Contains("33 entries are too many call commands", error.Message);
            Assert.Contains("list at most 32", error.Message);
        }

        [Fact]
        public void More_than_32_record_commands_is_an_error_naming_the_list_and_the_fix()
        {
            string Records(int count) => "\"records\": { \"templates\": { \"t\": { \"recordTypeId\": 3, \"fields\": { \"a\": \"{arg1}\" } } }, \"commands\": [ "
                + string.Join(", ", Enumerable.Range(1, count).Select(i => "{ \"name\": \"r" + i + "\", \"template\": \"t\", \"arguments\": [ \"a\" ] }")) + " ] }";
            Assert.Empty(ConfigFixtures.Load(Records(32)).Errors);

            var error = Assert.Single(ConfigFixtures.Load(Records(33)).Errors);

            Assert.Equal("records.commands", error.Key);
            Assert.Contains("33 entries are too many record commands", error.Message);
        }

        [Theory]
        [InlineData("\"records\": { \"log911Template\": \"log\", ", "records.log911Template", "{arg1}")]
        [InlineData("\"commands\": { \"calls\": [ { \"name\": \"tow\", \"recordTemplate\": \"log\" } ] }, \"records\": { ", "commands.calls[0].recordTemplate", "{arg1}")]
        public void A_call_log_template_with_typed_arguments_is_refused_where_it_is_named(string before, string key, string placeholder)
        {
            var error = Assert.Single(ConfigFixtures.Load(before + "\"templates\": { \"log\": { \"recordTypeId\": 3, \"fields\": { \"a\": \"{caller}\", \"b\": \"" + placeholder + "\" } } } }").Errors);

            Assert.Equal(key, error.Key);
            Assert.Contains("uses " + placeholder + ", but a call logged as a record has no typed arguments", error.Message);
        }

        [Fact]
        public void A_call_log_template_with_args_is_refused_too()
        {
            var error = Assert.Single(ConfigFixtures.Load("\"records\": { \"log911Template\": \"log\", \"templates\": { \"log\": { \"recordTypeId\": 3, \"fields\": { \"a\": \"{ARGS}\" } } } }").Errors);

            Assert.Equal("records.log911Template", error.Key);
            Assert.Contains("uses {ARGS}", error.Message);
        }

        [Fact]
        public void An_old_key_from_a_convar_is_read_too()
        {
            var result = ConfigFixtures.Load("", ("sonoran_commands_emergency_cooldownSeconds", "90"));

            Assert.Equal(90, result.Options!.Commands.Calls[0].CooldownSeconds);
            Assert.Contains(result.Warnings, w => w.Key == "commands.emergency" && w.Message.Contains("convar sonoran_commands_emergency_cooldownSeconds"));
        }

        [Fact]
        public void The_old_keys_and_the_list_together_are_an_error_naming_the_key_to_remove()
        {
            var result = ConfigFixtures.Load("\"commands\": { \"emergency\": { \"name\": \"999\" }, \"calls\": [ " + Tow + " ] }");

            var error = Assert.Single(result.Errors);
            Assert.Equal("commands.emergency", error.Key);
            Assert.StartsWith("commands.emergency (config.json line", error.Message);
            Assert.Contains("move its settings", error.Message);
            Assert.Contains("delete commands.emergency", error.Message);
        }

        [Theory]
        [InlineData("{ \"name\": \"/tow\" }", "commands.calls[0].name", "letters, digits")]
        [InlineData("{ \"name\": \"tow truck\" }", "commands.calls[0].name", "letters, digits")]
        [InlineData("{ \"name\": \"tow.truck\" }", "commands.calls[0].name", "letters, digits")]
        [InlineData("{ \"name\": \"abcdefghijklmnopqrstuvwxyz0123456\" }", "commands.calls[0].name", "1 to 32")]
        [InlineData("{ \"name\": \"\" }", "commands.calls[0].name", "not a usable command name")]
        [InlineData("{ \"name\": \"Sonoran\" }", "commands.calls[0].name", "admin command")]
        [InlineData("{ \"name\": \"tow\", \"priority\": 4 }", "commands.calls[0].priority", "1, 2 or 3")]
        [InlineData("{ \"name\": \"tow\", \"cooldownSeconds\": -1 }", "commands.calls[0].cooldownSeconds", "≥ 0")]
        [InlineData("{ \"name\": \"tow\", \"maxLength\": 0 }", "commands.calls[0].maxLength", "1 to 2000")]
        [InlineData("{ \"name\": \"tow\", \"code\": \"10-50 and a very long code text here\" }", "commands.calls[0].code", "at most 32")]
        [InlineData("{ \"name\": \"tow\", \"descriptionPrefix\": \"(TOW)\\n\" }", "commands.calls[0].descriptionPrefix", "one line")]
        [InlineData("{ \"name\": \"tow\", \"recordTemplate\": \"towlog\" }", "commands.calls[0].recordTemplate", "not a template")]
        [InlineData("{ \"name\": \"tow\", \"ace\": \"sonoran tow\" }", "commands.calls[0].ace", "not an ACE name")]
        public void A_bad_entry_is_reported_with_its_path_and_the_fix(string entry, string key, string fix)
        {
            var result = ConfigFixtures.Load(Calls(entry));

            var error = Assert.Single(result.Errors);
            Assert.Equal(key, error.Key);
            Assert.StartsWith(key + " (config.json line", error.Message);
            Assert.Contains(fix, error.Message);
        }

        [Theory]
        [InlineData("{ \"name\": \"911\" }, { \"name\": \"911\" }", "commands.calls[1].name", "already used by commands.calls[0]")]
        [InlineData("{ \"name\": \"PANIC\" }", "commands.calls[0].name", "already used by commands.panic")]
        [InlineData("{ \"name\": \"status\" }", "commands.calls[0].name", "already used by commands.status")]
        public void A_name_used_twice_is_reported(string entries, string key, string fix)
        {
            var error = Assert.Single(ConfigFixtures.Load(Calls(entries)).Errors);

            Assert.Equal(key, error.Key);
            Assert.Contains(fix, error.Message);
        }

        [Fact]
        public void A_name_clashing_with_a_record_command_is_reported_at_the_record_command()
        {
            var result = ConfigFixtures.Load(Calls(Tow).TrimEnd('}') + "}, \"records\": { \"templates\": { \"t\": { \"recordTypeId\": 3, \"fields\": { \"a\": \"{arg1}\" } } }, "
                + "\"commands\": [ { \"name\": \"tow\", \"template\": \"t\", \"arguments\": [ \"a\" ] } ] }");

            var error = Assert.Single(result.Errors);
            Assert.Equal("records.commands[0].name", error.Key);
            Assert.Contains("already used by commands.calls[0]", error.Message);
        }

        [Theory]
        [InlineData("\"description\": \"Unit {callsign}\"", "calls.panicCall.description", "unknown placeholder {callsign}")]
        [InlineData("\"description\": \"\"", "calls.panicCall.description", "1 to 500 characters")]
        [InlineData("\"priority\": 0", "calls.panicCall.priority", "1, 2 or 3")]
        [InlineData("\"cooldownSeconds\": 4000", "calls.panicCall.cooldownSeconds", "0 to 3600")]
        public void A_bad_panic_call_is_reported_with_its_path(string member, string key, string fix)
        {
            var error = Assert.Single(ConfigFixtures.Load("\"calls\": { \"panicCall\": { \"enabled\": true, " + member + " } }").Errors);

            Assert.Equal(key, error.Key);
            Assert.Contains(fix, error.Message);
        }

        [Fact]
        public void Mapping_resolves_the_record_template_and_turns_the_panic_call_on_only_with_the_panic_command()
        {
            var o = ConfigFixtures.LoadValid(Calls("{ \"name\": \"911\", \"emergency\": true }", Tow, "{ \"name\": \"fire\", \"recordTemplate\": \"fires\" }").TrimEnd('}')
                + "}, \"calls\": { \"panicCall\": { \"enabled\": true, \"code\": \"10-99\" } }, "
                + "\"records\": { \"log911Template\": \"log\", \"templates\": { \"log\": { \"recordTypeId\": 3, \"fields\": { \"a\": \"{caller}\" } }, "
                + "\"fires\": { \"recordTypeId\": 3, \"fields\": { \"a\": \"{caller}\" } } } }");

            var commands = OptionsMapping.Commands(o);
            Assert.Equal(new[] { "log", "", "fires" }, commands.Calls.Select(c => c.RecordTemplate));
            Assert.Equal(("(TOW)", 3, "10-50", "sonoran.tow"), (commands.Calls[1].DescriptionPrefix, commands.Calls[1].Priority, commands.Calls[1].Code, commands.Calls[1].Command.Ace));
            Assert.Equal("10-99", commands.PanicCall!.Code);

            o.Commands.Panic.Enabled = false;
            Assert.Null(OptionsMapping.Commands(o).PanicCall);
            o.Commands.Panic.Enabled = true;
            o.Calls.PanicCall.Enabled = false;
            Assert.Null(OptionsMapping.Commands(o).PanicCall);
        }
    }
}
