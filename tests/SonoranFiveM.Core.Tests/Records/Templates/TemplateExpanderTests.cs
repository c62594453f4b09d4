using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Tests.Records.Templates
{
    public class TemplateExpanderTests
    {
        private static readonly DateTimeOffset Clock = new DateTimeOffset(2026, 6, 8, 21, 5, 9, TimeSpan.FromHours(-7));

        private static RecordTemplate Template(params (string Uid, string Text)[] fields)
            => Template(TimeFormat.HourMinute, fields);

        private static RecordTemplate Template(TimeFormat format, params (string Uid, string Text)[] fields)
            => new RecordTemplate("bolo", 3, fields.Select(f => new KeyValuePair<string, string>(f.Uid, f.Text)), 30, new[] { "tines" }, format);

        private static PlaceholderValues AllValues() => new PlaceholderValues
        {
            Caller = "John Doe",
            Location = "Vinewood Blvd",
            Postal = "305",
            Description = "shots fired",
            PlayerName = "Johnny",
            Args = new[] { "ABC123", "red sedan, two occupants" },
            Time = Clock,
        };

        [Fact]
        public void Every_placeholder_is_filled_in_field_order()
        {
            var template = Template(
                ("plate", "{arg1}"),
                ("description", "{arg2} near {location} ({postal})"),
                ("who", "{caller} / {playerName}: {description}"),
                ("all", "{args}"),
                ("at", "at {time}"));

            var expansion = TemplateExpander.Expand(template, AllValues());

            Assert.True(expansion.Succeeded, string.Join("; ", expansion.Errors));
            Assert.Equal(new[]
            {
                new KeyValuePair<string, string>("plate", "ABC123"),
                new KeyValuePair<string, string>("description", "red sedan, two occupants near Vinewood Blvd (305)"),
                new KeyValuePair<string, string>("who", "John Doe / Johnny: shots fired"),
                new KeyValuePair<string, string>("all", "ABC123 red sedan, two occupants"),
                new KeyValuePair<string, string>("at", "at 21:05"),
            }, expansion.Values);
        }

        [Fact]
        public void Time_can_be_written_as_iso_8601_with_the_clock_offset()
        {
            var expansion = TemplateExpander.Expand(Template(TimeFormat.Iso8601, ("at", "{time}")), AllValues());

            Assert.Equal("2026-06-08T21:05:09-07:00", expansion.Values.Single().Value);
        }

        [Fact]
        public void Placeholder_names_ignore_case()
        {
            var expansion = TemplateExpander.Expand(Template(("who", "{PLAYERNAME} {Arg1}")), AllValues());

            Assert.Equal("Johnny ABC123", expansion.Values.Single().Value);
        }

        [Fact]
        public void Double_braces_are_literal_braces_and_are_not_placeholders()
        {
            var expansion = TemplateExpander.Expand(Template(("note", "{{caller}} is {caller}, }} and {{")), AllValues());

            Assert.True(expansion.Succeeded);
            Assert.Equal("{caller} is John Doe, } and {", expansion.Values.Single().Value);
        }

        [Fact]
        public void Placeholder_values_are_not_expanded_again()
        {
            var values = new PlaceholderValues { Description = "{caller} {{x}}", Caller = "nobody" };

            var expansion = TemplateExpander.Expand(Template(("d", "{description}")), values);

            Assert.Equal("{caller} {{x}}", expansion.Values.Single().Value);
        }

        [Fact]
        public void A_missing_value_names_template_field_and_placeholder()
        {
            var values = new PlaceholderValues { Caller = "John" };

            var expansion = TemplateExpander.Expand(Template(("where", "{caller} at {postal}")), values);

            Assert.False(expansion.Succeeded);
            Assert.Empty(expansion.Values);
            var error = Assert.Single(expansion.Errors);
            Assert.Equal("bolo", error.TemplateName);
            Assert.Equal("where", error.FieldUid);
            Assert.Equal("postal", error.Placeholder);
            Assert.Equal("record template 'bolo', field 'where': no value for {postal}", error.Message);
        }

        [Fact]
        public void An_empty_string_is_a_value_not_a_missing_one()
        {
            var expansion = TemplateExpander.Expand(Template(("where", "[{postal}]")), new PlaceholderValues { Postal = string.Empty });

            Assert.Equal("[]", expansion.Values.Single().Value);
        }

        [Fact]
        public void An_argument_beyond_those_given_is_missing()
        {
            var values = new PlaceholderValues { Args = new[] { "ABC123" } };

            var expansion = TemplateExpander.Expand(Template(("d", "{arg2}")), values);

            var error = Assert.Single(expansion.Errors);
            Assert.Equal("arg2", error.Placeholder);
            Assert.Contains("1 argument(s) were given", error.Message);
        }

        [Fact]
        public void Missing_time_is_an_error_not_the_machine_clock()
        {
            var expansion = TemplateExpander.Expand(Template(("at", "{time}")), new PlaceholderValues());

            Assert.Equal("time", Assert.Single(expansion.Errors).Placeholder);
        }

        [Fact]
        public void An_unknown_placeholder_fails_expansion_too()
        {
            var expansion = TemplateExpander.Expand(Template(("p", "{plate}")), AllValues());

            Assert.Equal("plate", Assert.Single(expansion.Errors).Placeholder);
        }

        [Fact]
        public void A_value_over_the_field_cap_is_an_error_not_truncated()
        {
            var values = new PlaceholderValues { Description = new string('x', 496) };
            var template = Template(("d", "desc:{description}"));

            var expansion = TemplateExpander.Expand(template, values);

            var error = Assert.Single(expansion.Errors);
            Assert.Equal("d", error.FieldUid);
            Assert.Contains("501 characters", error.Message);
            Assert.Contains("500-character field cap", error.Message);
        }

        [Fact]
        public void The_field_cap_is_inclusive_and_configurable()
        {
            var template = Template(("d", "{description}"));

            Assert.True(TemplateExpander.Expand(template, new PlaceholderValues { Description = new string('x', 500) }).Succeeded);
            Assert.False(TemplateExpander.Expand(template, new PlaceholderValues { Description = new string('x', 11) }, new TemplateLimits { MaxFieldLength = 10 }).Succeeded);
            Assert.True(TemplateExpander.Expand(template, new PlaceholderValues { Description = new string('x', 10) }, new TemplateLimits { MaxFieldLength = 10 }).Succeeded);
        }

        [Fact]
        public void Errors_are_collected_across_fields()
        {
            var expansion = TemplateExpander.Expand(Template(("a", "{caller}"), ("b", "{location}")), new PlaceholderValues());

            Assert.Equal(new[] { "a", "b" }, expansion.Errors.Select(e => e.FieldUid));
        }

        [Fact]
        public void Expansion_is_deterministic()
        {
            var template = Template(("a", "{args} {time} {caller}"));

            var first = TemplateExpander.Expand(template, AllValues());
            var second = TemplateExpander.Expand(template, AllValues());

            Assert.Equal(first.Values, second.Values);
        }
    }
}
