namespace SonoranFiveM.Core.Tests.Configuration
{
    /// <summary>The record rules run at load, with every other rule, so the resource and <c>doctor</c> refuse the same configs.</summary>
    public class RecordRulesTests
    {
        private static List<string> Problems(string extraMembers) =>
            ConfigFixtures.Load(extraMembers).Errors.Select(e => e.Message).ToList();

        [Fact]
        public void The_default_configuration_has_no_record_problems()
            => Assert.Empty(ConfigFixtures.Load().Errors);

        [Fact]
        public void An_unknown_placeholder_is_named_with_its_template()
        {
            var problem = Assert.Single(Problems("\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"fields\": { \"plate\": \"{plate}\" } } } }"));
            Assert.Contains("records.templates.bolo", problem);
            Assert.Contains("{plate}", problem);
        }

        [Fact]
        public void A_command_using_more_arguments_than_it_takes_is_reported()
        {
            var problems = Problems(
                "\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"fields\": { \"plate\": \"{arg1}\", \"reason\": \"{arg3}\" } } }, "
                + "\"commands\": [ { \"name\": \"bolo\", \"template\": \"bolo\", \"arguments\": [ \"plate\", \"reason\" ] } ] }");

            Assert.Contains(problems, p => p.Contains("records.commands (bolo)") && p.Contains("arg3"));
        }

        [Fact]
        public void A_911_log_template_that_does_not_exist_is_reported()
        {
            var problems = Problems("\"records\": { \"log911Template\": \"calls\" }");
            Assert.Contains(problems, p => p.Contains("log911Template") && p.Contains("calls"));
        }

        [Fact]
        public void A_template_without_fields_is_refused_at_load()
        {
            var problem = Assert.Single(Problems("\"records\": { \"templates\": { \"bolo\": { \"recordTypeId\": 3, \"fields\": {} } } }"));
            Assert.Contains("records.templates.bolo (config.json line 4", problem);
            Assert.Contains("no fields", problem);
        }
    }
}
