namespace SonoranFiveM.Core.Tests.Cad
{
    public class CadJsonTests
    {
        [Theory]
        [InlineData("[{\"id\":1,\"status\":2},{\"id\":2,\"sta")]   // cut mid-array: must not become a one-unit list
        [InlineData("{\"version\":3,\"name\":\"PL")]
        [InlineData("[{\"id\":1}")]
        [InlineData("{\"a\":1} trailing")]
        [InlineData("not json")]
        public void A_cut_off_or_padded_body_is_unreadable(string body)
        {
            Assert.Null(CadJson.TryParse(body));
        }

        [Fact]
        public void A_whole_document_is_read_with_dates_left_as_text()
        {
            var json = CadJson.TryParse("{\"updated\":\"2026-03-01T12:00:00Z\",\"units\":[1,2]} /* ok */") as JObject;

            Assert.NotNull(json);
            Assert.Equal(JTokenType.String, json!["updated"]!.Type);
            Assert.Equal(2, ((JArray)json["units"]!).Count);
        }
    }
}
