using System.Linq;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Tests.Configuration;

namespace SonoranFiveM.Core.Tests.Composition
{
    public class RecordsValidationTests
    {
        [Fact]
        public void The_default_configuration_has_no_record_problems()
            => Assert.Empty(RecordsValidation.Problems(ConfigFixtures.LoadValid()));

        [Fact]
        public void An_unknown_placeholder_is_named_with_its_template()
        {
            var options = ConfigFixtures.LoadValid("\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"fields\": { \"plate\": \"{plate}\" } } } }");

            var problem = Assert.Single(RecordsValidation.Problems(options));
            Assert.Contains("records.templates.bolo", problem);
            Assert.Contains("{plate}", problem);
        }

        [Fact]
        public void A_command_using_more_arguments_than_it_takes_is_reported()
        {
            var options = ConfigFixtures.LoadValid(
                "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"fields\": { \"plate\": \"{arg1}\", \"reason\": \"{arg3}\" } } }, "
                + "\"commands\": [ { \"name\": \"bolo\", \"template\": \"bolo\", \"arguments\": [ \"plate\", \"reason\" ] } ] }");

            Assert.Contains(RecordsValidation.Problems(options), p => p.Contains("records.commands (bolo)") && p.Contains("arg3"));
        }

        [Fact]
        public void A_911_log_template_that_does_not_exist_is_reported()
        {
            var loaded = ConfigFixtures.Load("\"records\": { \"log911Template\": \"calls\" }");
            var problems = loaded.IsValid ? RecordsValidation.Problems(loaded.Options!) : loaded.Errors.Select(e => e.Message).ToList();
            Assert.Contains(problems, p => p.Contains("log911Template") && p.Contains("calls"));
        }
    }
}
