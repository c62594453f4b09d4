using SonoranFiveM.Core.Records;

namespace SonoranFiveM.Core.Tests.Records
{
    internal static class RecordFixtures
    {
        public static readonly DateTimeOffset Start = new DateTimeOffset(2026, 6, 8, 21, 5, 9, TimeSpan.Zero);

        public static FakeTimeProvider Clock() => new FakeTimeProvider(Start);

        public static TemporaryRecord Bolo(string id = "rec-1", string plate = "ABC123", string description = "red sedan", int lifetime = 30)
            => new TemporaryRecord
            {
                Id = id,
                TemplateName = "bolo",
                RecordTypeId = 3,
                Fields = new Dictionary<string, string> { ["plate"] = plate, ["description"] = description, ["officer"] = "Smith" },
                Owner = "license:abc123",
                LifetimeMinutes = lifetime,
                CreatedAt = Start,
                ExpiresAt = Start.AddMinutes(lifetime),
                Sinks = new List<string> { "sonoran", "tines", "quickblox" },
            };

        public static void AssertJsonEqual(string expected, string? actual)
        {
            Assert.NotNull(actual);
            var e = JToken.Parse(expected);
            var a = JToken.Parse(actual!);
            Assert.True(JToken.DeepEquals(e, a), "expected " + e.ToString(Newtonsoft.Json.Formatting.None) + "\n  actual " + a.ToString(Newtonsoft.Json.Formatting.None));
        }
    }
}
