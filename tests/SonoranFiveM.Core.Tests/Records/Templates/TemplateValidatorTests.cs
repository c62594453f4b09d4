using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Tests.Records.Templates
{
    public class TemplateValidatorTests
    {
        private static RecordTemplate Template(string text, int recordTypeId = 3, string[]? mirrors = null, string name = "bolo")
            => new RecordTemplate(name, recordTypeId, new[] { new KeyValuePair<string, string>("plate", text) }, 30, mirrors);

        [Fact]
        public void A_good_template_has_no_errors()
        {
            var template = new RecordTemplate("bolo", 3, new Dictionary<string, string>
            {
                ["plate"] = "{arg1}",
                ["description"] = "{arg2} {{by}} {caller} {location} {postal} {description} {playerName} {args} {time} {arg12}",
            }, 30, new[] { "tines" });

            Assert.Empty(TemplateValidator.Validate(template, new[] { "tines", "quickblox" }));
        }

        [Theory]
        [InlineData("{plat}", "plat")]
        [InlineData("{arg0}", "arg0")]
        [InlineData("{arg}", "arg")]
        [InlineData("{arg1x}", "arg1x")]
        [InlineData("{ caller }", " caller ")]
        [InlineData("{}", "")]
        public void Unknown_placeholders_are_named_without_any_values(string text, string placeholder)
        {
            var error = Assert.Single(TemplateValidator.Validate(Template(text)));

            Assert.Equal("bolo", error.TemplateName);
            Assert.Equal("plate", error.FieldUid);
            Assert.Equal(placeholder, error.Placeholder);
            Assert.StartsWith("record template 'bolo', field 'plate': unknown placeholder {" + placeholder + "}", error.Message);
            Assert.Contains("{caller}", error.Message);
        }

        [Theory]
        [InlineData("{caller", "'{' at position 1 is not closed")]
        [InlineData("a {caller {x}", "'{' at position 3 is not closed")]
        [InlineData("caller}", "'}' at position 7 has no matching '{'")]
        public void Unbalanced_braces_are_syntax_errors(string text, string expected)
        {
            var error = Assert.Single(TemplateValidator.Validate(Template(text)));

            Assert.Equal("plate", error.FieldUid);
            Assert.Contains(expected, error.Message);
        }

        [Fact]
        public void Template_wide_problems_are_reported_together()
        {
            var template = new RecordTemplate("", 0, new KeyValuePair<string, string>[0], 30);

            var errors = TemplateValidator.Validate(template);

            Assert.Equal(3, errors.Count);
            Assert.Contains(errors, e => e.Problem.Contains("no name"));
            Assert.Contains(errors, e => e.Problem.Contains("recordTypeId 0"));
            Assert.Contains(errors, e => e.Problem.Contains("no fields"));
        }

        [Fact]
        public void Duplicate_and_empty_field_uids_are_errors()
        {
            var template = new RecordTemplate("bolo", 3, new[]
            {
                new KeyValuePair<string, string>("plate", "a"),
                new KeyValuePair<string, string>("plate", "b"),
                new KeyValuePair<string, string>(" ", "c"),
            }, 30);

            var errors = TemplateValidator.Validate(template);

            Assert.Equal(2, errors.Count);
            Assert.Contains(errors, e => e.FieldUid == "plate" && e.Problem.Contains("twice"));
            Assert.Contains(errors, e => e.Problem.Contains("empty uid"));
        }

        [Fact]
        public void Unknown_mirror_names_are_errors_when_mirrors_are_known()
        {
            var template = Template("{arg1}", mirrors: new[] { "tines", "slack" });

            var error = Assert.Single(TemplateValidator.Validate(template, new[] { "tines", "quickblox" }));
            Assert.Contains("mirror 'slack' is not configured", error.Message);
            Assert.Empty(TemplateValidator.Validate(template));
        }

        [Fact]
        public void Fixed_text_already_over_the_cap_is_caught_at_load()
        {
            var error = Assert.Single(TemplateValidator.Validate(Template(new string('x', 21) + "{arg1}"), null, new TemplateLimits { MaxFieldLength = 20 }));

            Assert.Contains("21 characters", error.Message);
        }

        [Fact]
        public void Highest_argument_is_found_across_fields()
        {
            var template = new RecordTemplate("bolo", 3, new Dictionary<string, string> { ["a"] = "{arg2} {arg10}", ["b"] = "{arg3} {{arg99}}" }, 30);

            Assert.Equal(10, TemplateValidator.HighestArgument(template));
            Assert.Equal(0, TemplateValidator.HighestArgument(Template("{caller}")));
        }
    }
}
