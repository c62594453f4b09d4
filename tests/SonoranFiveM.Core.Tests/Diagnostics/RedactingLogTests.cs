namespace SonoranFiveM.Core.Tests.Diagnostics
{
    public class RedactingLogTests
    {
        [Fact]
        public void Lines_reach_the_sink_with_secrets_masked_and_level_kept()
        {
            var sink = new ListLog();
            var redactor = new SecretRedactor();
            redactor.Add("super-secret-key");
            var log = new RedactingLog(sink, redactor);

            log.Write(LogLevel.Error, "401 for key super-secret-key");

            Assert.Equal((LogLevel.Error, "401 for key (hidden)"), Assert.Single(sink.Lines));
        }

        [Fact]
        public void Secrets_added_after_the_log_was_built_are_masked_too()
        {
            var sink = new ListLog();
            var redactor = new SecretRedactor();
            var log = new RedactingLog(sink, redactor);

            var result = OptionsLoader.Load("{ \"communityId\": \"c1\" }", name => name == "sonoran_apiKey" ? "late-added-key-42" : null);
            redactor.AddRange(result.Secrets);
            log.Write(LogLevel.Debug, "Authorization: Bearer late-added-key-42");

            Assert.Equal("Authorization: Bearer (hidden)", sink.Lines[0].Message);
        }
    }
}
