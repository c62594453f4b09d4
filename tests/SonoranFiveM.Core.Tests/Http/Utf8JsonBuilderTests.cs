using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace SonoranFiveM.Core.Tests.Http
{
    public class Utf8JsonBuilderTests
    {
        private static string Written(Action<Utf8JsonBuilder> write)
        {
            using var json = new Utf8JsonBuilder(16);
            write(json);
            return json.ToText();
        }

        [Theory]
        [InlineData("plain")]
        [InlineData("")]
        [InlineData("quote \" backslash \\ slash /")]
        [InlineData("lines\r\n\ttab \b\f bell \u0007 nul \0 unit \u001f")]
        [InlineData("Zoë, Ĳ, 中文, ✓")]
        [InlineData("emoji 🚓 pair")]
        public void Strings_are_the_same_json_as_newtonsoft_writes(string value)
        {
            var text = Written(json => json.String(value));

            Assert.Equal(JsonConvert.ToString(value), text);
            Assert.Equal(value, JToken.Parse(text).Value<string>());
        }

        [Fact]
        public void A_lone_surrogate_becomes_the_replacement_character_as_utf8_encoding_does()
        {
            var value = "a\uD83Db\uDE93";

            var text = Written(json => json.String(value));

            Assert.Equal("\"a\uFFFDb\uFFFD\"", text);
            Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value)), JToken.Parse(text).Value<string>());
        }

        [Fact]
        public void Null_is_written_as_null()
        {
            Assert.Equal("null", Written(json => json.String((string?)null)));
        }

        [Fact]
        public void Utf8_text_becomes_a_json_string_of_the_same_text()
        {
            const string body = "{\"location\":\"[101] \\\"Alta\\\" St\",\n\"name\":\"Zoë 🚓\"}";
            var bytes = Encoding.UTF8.GetBytes(body);

            var text = Written(json => json.String(new ArraySegment<byte>(bytes)));

            Assert.Equal(body, JToken.Parse(text).Value<string>());
        }

        [Theory]
        [InlineData(0f, "0.0")]
        [InlineData(1f, "1.0")]
        [InlineData(-2.25f, "-2.25")]
        [InlineData(441.2f, "441.2")]
        [InlineData(-981.9f, "-981.9")]
        [InlineData(359.99f, "359.99")]
        [InlineData(0.1f, "0.1")]
        [InlineData(16777216f, "16777216.0")]
        public void Floats_are_the_shortest_decimal_with_a_decimal_place(float value, string expected)
        {
            Assert.Equal(expected, Written(json => json.Float(value)));
        }

        [Fact]
        public void Map_scale_floats_read_back_exactly_and_match_newtonsoft()
        {
            var random = new Random(20261130);
            for (var i = 0; i < 100_000; i++)
            {
                var value = (float)((random.NextDouble() - 0.5) * 20_000);
                if (i % 3 == 0) value = (float)Math.Round(value, i % 5);
                var text = Written(json => json.Float(value));

                Assert.Equal(value, float.Parse(text, CultureInfo.InvariantCulture));
                Assert.Equal(JsonConvert.ToString(value), text);
            }
        }

        [Fact]
        public void Any_finite_float_reads_back_exactly_and_others_are_strings()
        {
            var random = new Random(7);
            var bits = new byte[4];
            for (var i = 0; i < 100_000; i++)
            {
                random.NextBytes(bits);
                var value = BitConverter.ToSingle(bits, 0);
                var token = JToken.Parse(Written(json => json.Float(value)));

                if (float.IsNaN(value) || float.IsInfinity(value))
                    Assert.Equal(JTokenType.String, token.Type);
                else
                    Assert.Equal(value, (float)token.Value<double>());
            }

            Assert.Equal("\"NaN\"", Written(json => json.Float(float.NaN)));
            Assert.Equal("\"-Infinity\"", Written(json => json.Float(float.NegativeInfinity)));
        }

        [Fact]
        public void A_body_larger_than_the_first_buffer_is_written_whole()
        {
            var text = Written(json =>
            {
                json.Raw("[");
                for (var i = 0; i < 5_000; i++) json.Raw(i == 0 ? "" : ",").String("unit " + i);
                json.Raw("]");
            });

            var array = JArray.Parse(text);
            Assert.Equal(5_000, array.Count);
            Assert.Equal("unit 4999", array[4999].Value<string>());
        }
    }
}
