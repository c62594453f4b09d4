using SonoranFiveM.Core.Tracking;

namespace SonoranFiveM.Core.Tests.Tracking
{
    public class VehicleModelNamesTests
    {
        [Theory]
        [InlineData("police3", 1912215274)]
        [InlineData("POLICE3", 1912215274)]
        [InlineData("police", 2046537925)]
        [InlineData("adder", unchecked((int)3078201489))]
        public void A_model_hash_is_the_jenkins_hash_of_the_lower_case_name(string name, int hash)
        {
            Assert.Equal(hash, VehicleModelNames.HashOf(name));
        }

        [Fact]
        public void Every_base_game_emergency_vehicle_is_sent_under_its_own_name()
        {
            var names = new VehicleModelNames();

            foreach (var name in VehicleModelNames.EmergencyVehicles) Assert.Equal(name, names.For(VehicleModelNames.HashOf(name)));
            Assert.Equal("police3", names.For(1912215274));
        }

        [Fact]
        public void An_unknown_model_or_no_vehicle_gives_no_model_never_a_number()
        {
            var names = new VehicleModelNames();

            Assert.Null(names.For(VehicleModelNames.HashOf("adder")));
            Assert.Null(names.For(0));
        }

        [Fact]
        public void Owner_names_are_added_mapped_or_sent_as_they_are_and_may_remap_a_default()
        {
            var names = new VehicleModelNames(new Dictionary<string, string>
            {
                ["MyPoliceCharger"] = "police3",
                ["ems_van"] = "",
                ["police"] = "https://s3.sonorancad.com/default/models/police_car.glb",
            });

            Assert.Equal("police3", names.For(VehicleModelNames.HashOf("mypolicecharger")));
            Assert.Equal("ems_van", names.For(VehicleModelNames.HashOf("ems_van")));
            Assert.Equal("https://s3.sonorancad.com/default/models/police_car.glb", names.For(VehicleModelNames.HashOf("police")));
            Assert.Equal("police2", names.For(VehicleModelNames.HashOf("police2")));
            Assert.Equal(VehicleModelNames.EmergencyVehicles.Count + 2, names.Count);
        }
    }
}
