namespace SonoranFiveM.Core.Tests.Configuration
{
    public class ConvarSnapshotTests
    {
        private static Task<IReadOnlyDictionary<string, string?>> Server(IReadOnlyCollection<string> names, Dictionary<string, string?> convars, List<IReadOnlyCollection<string>> trips)
        {
            trips.Add(names);
            return Task.FromResult<IReadOnlyDictionary<string, string?>>(names.ToDictionary(n => n, n => convars.TryGetValue(n, out var v) ? v : null));
        }

        [Fact]
        public async Task The_options_loaded_from_the_snapshot_equal_those_loaded_from_the_live_convars()
        {
            var convars = new Dictionary<string, string?> { ["sonoran_apiKey"] = "k-123", ["sonoran_location_intervalSeconds"] = "12", ["sonoran_commands_emergency_name"] = "help" };
            var trips = new List<IReadOnlyCollection<string>>();
            var snapshot = new ConvarSnapshot(new Dictionary<string, string?>());

            await snapshot.CompleteAsync(get => OptionsLoader.Load("{\"communityId\":\"c\"}", get), names => Server(names, convars, trips));

            var fromSnapshot = OptionsLoader.Load("{\"communityId\":\"c\"}", snapshot.Get).Options!;
            var live = OptionsLoader.Load("{\"communityId\":\"c\"}", n => convars.TryGetValue(n, out var v) ? v : null).Options!;
            Assert.Equal(live.ApiKey, fromSnapshot.ApiKey);
            Assert.Equal(12, fromSnapshot.Location.IntervalSeconds);
            Assert.Equal("help", fromSnapshot.Commands.Emergency.Name);
            Assert.Single(trips);
        }

        [Fact]
        public async Task A_dry_run_that_asks_for_new_names_after_a_trip_gets_another_trip_and_nothing_is_read_twice()
        {
            var convars = new Dictionary<string, string?> { ["a"] = "go", ["b"] = "x" };
            var trips = new List<IReadOnlyCollection<string>>();
            var snapshot = new ConvarSnapshot(new Dictionary<string, string?>());

            // The second name is only asked for once the first one is known, as a convar holding a section would do.
            await snapshot.CompleteAsync(get => { if (get("a") == "go") get("b"); }, names => Server(names, convars, trips));

            Assert.Equal(new[] { new[] { "a" }, new[] { "b" } }, trips.Select(t => t.ToArray()));
            Assert.Equal("x", snapshot.Get("b"));
        }

        [Fact]
        public async Task Names_already_in_the_snapshot_cost_no_trip()
        {
            var trips = new List<IReadOnlyCollection<string>>();
            var snapshot = new ConvarSnapshot(new Dictionary<string, string?> { ["onesync"] = "on" });

            await snapshot.CompleteAsync(get => get("onesync"), names => Server(names, new Dictionary<string, string?>(), trips));

            Assert.Empty(trips);
        }
    }
}
