namespace SonoranFiveM.Core.Tests.Dispatch
{
    public class LaneRegistrationTests
    {
        private static LaneSpec<string> Spec(string name, bool durable = false)
            => new LaneSpec<string>(name, CadEndpoint.CreateRecord, 60, durable ? LanePolicy.Fifo(10).Durable() : LanePolicy.Fifo(10),
                (work, _) => Task.FromResult(new LaneSendResult(CadResult.Accepted)));

        [Fact]
        public void Lanes_are_one_registry_by_name_for_CAD_and_other_lanes_alike()
        {
            using var h = new DispatcherHarness();
            h.Dispatcher.AddLane(Spec("tines.CreateRecord"));

            var names = h.Dispatcher.GetStatus().Select(s => s.Name).ToList();

            Assert.Equal(new[] { "UnitLocations", "Heartbeat", "Create911Call", "Remove911Call", "UnitPanic", "UnitStatus", "CreateRecord", "DeleteRecord", "tines.CreateRecord" }, names);
            Assert.Throws<ArgumentException>(() => h.Dispatcher.AddLane(Spec("tines.CreateRecord")));
            Assert.Throws<ArgumentException>(() => h.Dispatcher.AddLane(Spec("CreateRecord")));
        }

        [Fact]
        public void A_lane_is_added_only_before_the_outbox_is_replayed_and_a_durable_one_needs_a_codec()
        {
            using var h = new DispatcherHarness();

            Assert.Throws<ArgumentException>(() => h.Dispatcher.AddLane(Spec("quickblox.CreateRecord", durable: true)));
            h.Dispatcher.RestoreFromOutbox();
            Assert.Throws<InvalidOperationException>(() => h.Dispatcher.AddLane(Spec("tines.CreateRecord")));
        }

        [Fact]
        public async Task Work_of_the_wrong_type_for_a_lane_is_refused_by_name()
        {
            using var h = new DispatcherHarness();
            h.Dispatcher.AddLane(Spec("tines.DeleteRecord"));

            var error = Assert.Throws<ArgumentException>(() => h.Dispatcher.Enqueue("tines.DeleteRecord", 42));
            var ticket = h.Dispatcher.Enqueue("tines.DeleteRecord", "rec-1");
            await h.Pump();

            Assert.Contains("tines.DeleteRecord", error.Message);
            Assert.Equal(DeliveryState.Accepted, (await ticket.Completion).State);
        }
    }
}
