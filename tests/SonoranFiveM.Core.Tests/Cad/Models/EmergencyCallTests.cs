using SonoranFiveM.Core.Outbox;

namespace SonoranFiveM.Core.Tests.Cad.Models
{
    public class EmergencyCallTests
    {
        private static EmergencyCall Call(int? deleteAfter) =>
            new EmergencyCall(false, "Jane", "Alta St", "Noise", deleteAfter, new Dictionary<string, string> { ["postal"] = "1234" });

        [Theory]
        [InlineData(null)]
        [InlineData(15)]
        public void The_outbox_journals_a_call_as_the_v2_body_sends_it_and_reads_it_back(int? deleteAfter)
        {
            var call = Call(deleteAfter);

            var journaled = OutboxPayloads.FromCall(call);
            var back = OutboxPayloads.ToCall(journaled);

            Assert.True(JToken.DeepEquals(journaled, SonoranFiveM.Core.Cad.V2.V2Bodies.Call911(call)));
            Assert.Equal(deleteAfter.HasValue, journaled.ContainsKey("deleteAfterMinutes"));
            Assert.Equal((call.IsEmergency, call.Caller, call.Location, call.Description, call.DeleteAfterMinutes), (back.IsEmergency, back.Caller, back.Location, back.Description, back.DeleteAfterMinutes));
            Assert.Equal("1234", back.MetaData["postal"]);
        }

        [Fact]
        public void A_metaData_value_is_added_without_changing_the_call()
        {
            var call = Call(null);

            var tagged = call.WithMetaData("outboxId", "abc");

            Assert.Equal("abc", tagged.MetaData["outboxId"]);
            Assert.Equal("1234", tagged.MetaData["postal"]);
            Assert.False(call.MetaData.ContainsKey("outboxId"));
        }
    }
}
