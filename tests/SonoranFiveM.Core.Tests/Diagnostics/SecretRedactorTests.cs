namespace SonoranFiveM.Core.Tests.Diagnostics
{
    public class SecretRedactorTests
    {
        private const string Key = "7f3c9a12-4b8e-4d21-9c5a-e0b1d2f3a4c5";

        [Fact]
        public void Known_secret_is_masked_everywhere_in_the_text()
        {
            var redactor = new SecretRedactor();
            redactor.Add(Key);

            var text = redactor.Redact($"POST failed: {{\"id\":\"c1\",\"key\":\"{Key}\"}} (key {Key})");

            Assert.Equal("POST failed: {\"id\":\"c1\",\"key\":\"(hidden)\"} (key (hidden))", text);
        }

        [Fact]
        public void Url_encoded_and_json_escaped_forms_are_masked_too()
        {
            var redactor = new SecretRedactor();
            redactor.Add("a+b/c\"d=e");

            Assert.Equal("https://x/?k=(hidden)", redactor.Redact("https://x/?k=" + Uri.EscapeDataString("a+b/c\"d=e")));
            Assert.Equal("{\"key\":\"(hidden)\"}", redactor.Redact("{\"key\":\"a+b/c\\\"d=e\"}"));
        }

        [Fact]
        public void Longer_secret_containing_a_shorter_one_is_masked_whole()
        {
            var redactor = new SecretRedactor();
            redactor.Add("abcd");
            redactor.Add("abcdefgh");

            Assert.Equal("x (hidden) y", redactor.Redact("x abcdefgh y"));
        }

        [Fact]
        public void Trivially_short_values_are_not_treated_as_secrets()
        {
            var redactor = new SecretRedactor();
            redactor.Add("1");
            redactor.Add("");
            redactor.Add(null);

            Assert.Equal("server 1 on", redactor.Redact("server 1 on"));
        }

        [Fact]
        public void Exception_text_including_inner_exceptions_is_masked()
        {
            var redactor = new SecretRedactor();
            redactor.Add(Key);
            var exception = new InvalidOperationException("outer " + Key, new ArgumentException("inner " + Key));

            var text = redactor.Redact(exception);

            Assert.DoesNotContain(Key, text);
            Assert.Contains("outer (hidden)", text);
            Assert.Contains("inner (hidden)", text);
        }

        [Fact]
        public void Null_and_empty_text_pass_through()
        {
            var redactor = new SecretRedactor();
            redactor.Add(Key);

            Assert.Equal("", redactor.Redact((string?)null));
            Assert.Equal("", redactor.Redact(""));
        }
    }
}
