using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public sealed class PostalsCheckTests : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("doctor-postals").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private static DoctorContext Context(PostalsLocation location, string json = "")
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load(json));
            context.LocatePostals = _ => Task.FromResult(location);
            return context;
        }

        [Fact]
        public async Task Postals_off_passes_without_looking()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load("\"postals\": { \"resource\": \"\" }"));
            var (lines, _) = await DoctorFixtures.RunAsync(new PostalsCheck(), context);
            Assert.Equal("PASS  postals          off (postals.resource is empty)", Assert.Single(lines));
        }

        [Fact]
        public async Task A_postal_resource_that_is_not_installed_fails_with_the_fix()
        {
            var (lines, _) = await DoctorFixtures.RunAsync(new PostalsCheck(), Context(PostalsLocation.NotFound("the 'nearest-postal' resource is not installed")));
            Assert.StartsWith("FAIL  postals          the 'nearest-postal' resource is not installed", lines[0]);
            Assert.Contains("ensure the nearest-postal resource", lines[1]);
        }

        [Fact]
        public async Task A_good_file_passes_with_its_count_and_bad_entries_fail()
        {
            var good = Path.Combine(_folder, "good.json");
            File.WriteAllText(good, "[{\"code\":\"101\",\"x\":1.0,\"y\":2.0},{\"code\":\"102\",\"x\":50.0,\"y\":60.0}]");
            var (lines, _) = await DoctorFixtures.RunAsync(new PostalsCheck(), Context(PostalsLocation.At("good.json", new[] { Path.Combine(_folder, "missing.json"), good })));
            Assert.Equal("PASS  postals          " + good + ": 2 postals", Assert.Single(lines));

            var bad = Path.Combine(_folder, "bad.json");
            File.WriteAllText(bad, "[{\"code\":\"101\",\"x\":1.0,\"y\":2.0},{\"code\":\"\",\"x\":\"far\",\"y\":2.0}]");
            (lines, _) = await DoctorFixtures.RunAsync(new PostalsCheck(), Context(PostalsLocation.At("bad.json", new[] { bad })));
            Assert.StartsWith("FAIL  postals          " + bad + ": 1 postals usable, 1 entries skipped", lines[0]);
        }

        [Fact]
        public async Task A_named_file_that_is_missing_fails()
        {
            var (lines, _) = await DoctorFixtures.RunAsync(new PostalsCheck(), Context(PostalsLocation.At("postals.json", new[] { Path.Combine(_folder, "postals.json") })));
            Assert.StartsWith("FAIL  postals          postals.json not found in " + _folder, lines[0]);
        }

        [Fact]
        public async Task A_file_that_cannot_be_located_here_is_skipped_with_why_not_passed()
        {
            var (lines, run) = await DoctorFixtures.RunAsync(new PostalsCheck(), Context(PostalsLocation.CannotCheck("postals.file is empty: read in game")));
            Assert.Equal("SKIP  postals          postals.file is empty: read in game", Assert.Single(lines));
            Assert.Equal(1, run.Skipped);
            Assert.False(run.Failed);
        }
    }
}
