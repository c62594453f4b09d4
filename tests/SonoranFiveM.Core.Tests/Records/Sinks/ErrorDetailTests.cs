using SonoranFiveM.Core.Records.Sinks;

namespace SonoranFiveM.Core.Tests.Records.Sinks
{
    public class ErrorDetailTests
    {
        [Theory]
        [InlineData("{\"errors\":[\"Wrong permission\"]}", "Wrong permission")]
        [InlineData("{\"errors\":[\"a\",\"b\"]}", "a; b")]
        [InlineData("{\"errors\":{\"name\":[\"is too long\",\"is bad\"]}}", "name: is too long, is bad")]
        [InlineData("{\"type\":\"x\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Missing field.\"}", "Missing field.")]
        [InlineData("{\"message\":\"API rate limit exceeded\",\"request_id\":\"r1\"}", "API rate limit exceeded")]
        [InlineData("{}", "{}")]
        [InlineData("", "(empty body)")]
        [InlineData("<!DOCTYPE html><html></html>", "(an HTML page, not an API answer)")]
        [InlineData("plain\n  text", "plain text")]
        [InlineData("{not json", "{not json")]
        public void Picks_the_human_part_of_an_error_body(string body, string expected)
        {
            Assert.Equal(expected, ErrorDetail.From(body));
        }

        [Fact]
        public void Long_bodies_are_kept_whole_on_one_line_for_the_failure_to_mask_then_cut()
        {
            var detail = ErrorDetail.From(new string('x', 600) + "\n\t" + new string('y', 600));

            Assert.Equal(new string('x', 600) + " " + new string('y', 600), detail);
        }
    }
}
