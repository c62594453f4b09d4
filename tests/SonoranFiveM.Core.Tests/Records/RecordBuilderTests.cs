using Newtonsoft.Json;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Tests.Records
{
    public class RecordBuilderTests
    {
        private static readonly RecordTemplate Bolo = new RecordTemplate("bolo", 3, new Dictionary<string, string>
        {
            ["plate"] = "{arg1}",
            ["description"] = "{arg2} (reported {time} by {playerName})",
        }, 45, new[] { "tines", "quickblox", "Tines" });

        private static PlaceholderValues Values(params string[] args) => new PlaceholderValues { PlayerName = "Johnny", Args = args };

        [Fact]
        public void Builds_a_snapshot_with_expiry_and_sinks()
        {
            var result = new RecordBuilder().Build(Bolo, Values("ABC123", "red sedan"), "license:abc", "rec-7", RecordFixtures.Start);

            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            var record = result.Record!;
            Assert.Equal("rec-7", record.Id);
            Assert.Equal("bolo", record.TemplateName);
            Assert.Equal(3, record.RecordTypeId);
            Assert.Equal("license:abc", record.Owner);
            Assert.Equal(new[] { "plate", "description" }, record.Fields.Keys);
            Assert.Equal("red sedan (reported 21:05 by Johnny)", record.Fields["description"]);
            Assert.Equal(45, record.LifetimeMinutes);
            Assert.Equal(RecordFixtures.Start, record.CreatedAt);
            Assert.Equal(RecordFixtures.Start.AddMinutes(45), record.ExpiresAt);
            Assert.Equal(new[] { "sonoran", "tines", "quickblox" }, record.Sinks);
            Assert.Empty(record.RemoteIds);
        }

        [Fact]
        public void A_lifetime_override_is_checked_and_capped()
        {
            var result = new RecordBuilder().Build(Bolo, Values("A", "B"), "license:abc", "rec-7", RecordFixtures.Start, lifetimeMinutes: 5000);

            Assert.Equal(1440, result.Record!.LifetimeMinutes);
            Assert.Contains("using 1440", result.Warning);
        }

        [Fact]
        public void Collects_lifetime_owner_and_expansion_errors()
        {
            var result = new RecordBuilder().Build(Bolo, Values("ABC123"), " ", "rec-7", RecordFixtures.Start, lifetimeMinutes: 0);

            Assert.False(result.Succeeded);
            Assert.Null(result.Record);
            Assert.Equal(3, result.Errors.Count);
            Assert.Contains(result.Errors, e => e.Contains("no owner"));
            Assert.Contains(result.Errors, e => e.Contains("lifetime 0 minutes"));
            Assert.Contains(result.Errors, e => e.Contains("field 'description': no value for {arg2}"));
        }

        [Fact]
        public void Round_trips_through_newtonsoft_for_the_outbox_journal()
        {
            var record = new RecordBuilder().Build(Bolo, Values("ABC123", "red sedan"), "license:abc", "rec-7", RecordFixtures.Start).Record!;
            record.RemoteIds["sonoran"] = "451";
            record.RemoteIds["tines"] = "1973";

            var json = JsonConvert.SerializeObject(record);
            var back = JsonConvert.DeserializeObject<TemporaryRecord>(json)!;

            Assert.Equal(record.Id, back.Id);
            Assert.Equal(record.Fields.ToList(), back.Fields.ToList());
            Assert.Equal(record.ExpiresAt, back.ExpiresAt);
            Assert.Equal(record.CreatedAt, back.CreatedAt);
            Assert.Equal(record.Sinks, back.Sinks);
            Assert.Equal("1973", back.RemoteIdFor("TINES"));
            Assert.Null(back.RemoteIdFor("quickblox"));
            Assert.Contains("\"remoteIds\":{\"sonoran\":\"451\",\"tines\":\"1973\"}", json);
        }
    }
}
