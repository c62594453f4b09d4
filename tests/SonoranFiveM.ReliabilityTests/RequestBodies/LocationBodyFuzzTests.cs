using System.Text;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Cad.V2;
using SonoranFiveM.Core.Http.Native;
using SonoranFiveM.ReliabilityTests.Loaders;

namespace SonoranFiveM.ReliabilityTests.RequestBodies
{
    /// <summary>
    /// The hand-written UTF-8 location body against hostile text (location and street text come from players' clients)
    /// and any float: it is always valid JSON that reads back as what went in, as bytes, as the hub's text and through
    /// FXServer's native request JSON.
    /// </summary>
    public class LocationBodyFuzzTests
    {
        private static readonly Gen<float> AnyFloat = Gen.OneOf(Gen.Float, Gen.Float[-20_000f, 20_000f], Gen.Int.Select(BitConverter.Int32BitsToSingle));

        private static readonly Gen<UnitLocation> Update =
            Gen.Select(HostileText.Text, HostileText.Text, Gen.Select(AnyFloat, AnyFloat, AnyFloat, AnyFloat), Gen.OneOf(HostileText.Text, Gen.Const((string)null!)))
                .Select((id, location, xyzw, vehicle) => new UnitLocation(id, location, xyzw.Item1, xyzw.Item2, xyzw.Item3, xyzw.Item4, vehicle));

        [Fact]
        public void Any_batch_is_valid_json_that_reads_back_as_its_updates()
        {
            Gen.Select(Update.Array[0, 8], AnyFloat).Sample((updates, offset) =>
            {
                string bytesText, nativeData;
                using (var body = UnitLocationJson.Body(updates, offset))
                {
                    bytesText = body.ToText();
                    using var request = new HttpRequest("PATCH", "https://cad.example.test/v2/x", new Dictionary<string, string>(), body.Copy(), TimeSpan.FromSeconds(1));
                    nativeData = (string)JObject.Parse(NativeHttpRequestJson.Build(request))["data"]!;
                }

                Assert.Equal(bytesText, nativeData);
                var sent = (JArray)JObject.Parse(bytesText)["updates"]!;
                Assert.True(JToken.DeepEquals(sent, JArray.Parse(UnitLocationJson.Array(updates, offset))));
                Assert.Equal(updates.Length, sent.Count);
                for (var i = 0; i < updates.Length; i++) AssertUpdate(updates[i], offset, (JObject)sent[i]);
            }, iter: SuiteSettings.Iterations);
        }

        private static void AssertUpdate(UnitLocation update, float offset, JObject sent)
        {
            Assert.Equal(Utf8RoundTrip(update.CommunityUserId), (string?)sent["communityUserId"]);
            Assert.Equal(Utf8RoundTrip(update.Location), (string?)sent["location"]);
            var coordinates = (JObject)sent["coordinates"]!;
            AssertFloat(update.X, coordinates["x"]!);
            AssertFloat(update.Y, coordinates["y"]!);
            AssertFloat(update.Z, coordinates["z"]!);
            AssertFloat(update.Heading, coordinates["w"]!);
            if (string.IsNullOrEmpty(update.VehicleModel))
            {
                Assert.Null(sent["vehicle"]);
                return;
            }

            Assert.Equal(Utf8RoundTrip(update.VehicleModel), (string?)sent["vehicle"]!["model"]);
            AssertFloat(offset, sent["vehicle"]!["headingOffset"]!);
        }

        private static void AssertFloat(float expected, JToken sent)
        {
            if (float.IsNaN(expected) || float.IsInfinity(expected)) Assert.Equal(JTokenType.String, sent.Type);
            else Assert.Equal(expected, (float)sent.Value<double>());
        }

        /// <summary>What a string is after UTF-8 (an unpaired surrogate becomes U+FFFD).</summary>
        private static string Utf8RoundTrip(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
    }
}
