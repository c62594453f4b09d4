using SonoranFiveM.Core.Cad.V2;

namespace SonoranFiveM.Core.Tests.Cad
{
    public class UnitLocationJsonTests
    {
        private static readonly IReadOnlyList<UnitLocation> Updates = new[]
        {
            new UnitLocation("abc", "[101] Alta St / \"Vespucci\" Blvd", 1.5f, -2.25f, 30f, 359.5f, "police3"),
            new UnitLocation("def", "Route 68", 10f, 20f, 0f, 0f),
        };

        private static string Text(RequestBody body)
        {
            using (body) return body.ToText();
        }

        [Fact]
        public void BodyIsTheDocumentedShapeWithVehicleOnlyWhenKnown()
        {
            var body = JObject.Parse(Text(UnitLocationJson.Body(Updates, 90f)));
            var expected = JObject.Parse(@"{""updates"":[
                {""communityUserId"":""abc"",""location"":""[101] Alta St / \""Vespucci\"" Blvd"",""coordinates"":{""x"":1.5,""y"":-2.25,""z"":30.0,""w"":359.5},""vehicle"":{""model"":""police3"",""headingOffset"":90.0}},
                {""communityUserId"":""def"",""location"":""Route 68"",""coordinates"":{""x"":10.0,""y"":20.0,""z"":0.0,""w"":0.0}}]}");
            Assert.True(JToken.DeepEquals(expected, body), body.ToString());
        }

        [Fact]
        public void TextLongerThanTheFirstBufferIsWrittenWhole()
        {
            var longText = new string('é', 20_000);
            var updates = new[] { new UnitLocation("a", longText, 1, 2, 3, 4), new UnitLocation("b", longText + "!", 1, 2, 3, 4) };
            for (var round = 0; round < 2; round++) // the second round reuses the cached buffer
            {
                var body = JObject.Parse(Text(UnitLocationJson.Body(updates, 0f)));
                Assert.Equal(longText + "!", (string)body["updates"]![1]!["location"]!);
                Assert.Equal(2, JArray.Parse(UnitLocationJson.Array(updates, 0f)).Count);
            }
        }

        [Fact]
        public void HubArgumentIsTheBareArray()
        {
            var array = JArray.Parse(UnitLocationJson.Array(Updates, 0f));
            Assert.True(JToken.DeepEquals(JObject.Parse(Text(UnitLocationJson.Body(Updates, 0f)))["updates"], array));
        }
    }
}
