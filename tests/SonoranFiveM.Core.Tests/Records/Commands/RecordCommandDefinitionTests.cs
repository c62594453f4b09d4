using SonoranFiveM.Core.Records.Commands;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Tests.Records.Commands
{
    public class RecordCommandDefinitionTests
    {
        private static RecordTemplate Template(string text) => new RecordTemplate("bolo", 3, new Dictionary<string, string> { ["plate"] = text }, 30);

        [Fact]
        public void A_command_matching_its_template_is_valid()
        {
            Assert.Empty(new RecordCommandDefinition("bolo", "bolo", "plate", "description").Validate(Template("{arg1} {arg2} {args}")));
        }

        [Fact]
        public void A_template_using_more_arguments_than_the_command_has_is_an_error()
        {
            var error = Assert.Single(new RecordCommandDefinition("bolo", "bolo", "plate").Validate(Template("{arg1} {arg3}")));

            Assert.Equal("record command 'bolo': template 'bolo' uses {arg3} but the command has 1 argument(s); add arguments or fix the template", error);
        }

        [Fact]
        public void Bad_names_caps_and_a_missing_template_are_reported()
        {
            var command = new RecordCommandDefinition("bo lo", "nope", new[] { new RecordCommandArgument("plate", 0), new RecordCommandArgument("Plate"), new RecordCommandArgument("two words") }, maxTotalLength: 0);

            var errors = command.Validate(null);

            Assert.Equal(6, errors.Count);
            Assert.Contains(errors, e => e.Contains("the name must be"));
            Assert.Contains(errors, e => e.Contains("template 'nope' is not defined"));
            Assert.Contains(errors, e => e.Contains("maxLength 0"));
            Assert.Contains(errors, e => e.Contains("argument 'Plate' appears twice"));
            Assert.Contains(errors, e => e.Contains("\"two words\" must be one word"));
            Assert.Contains(errors, e => e.Contains("maxTotalLength 0"));
        }
    }
}
