using SonoranFiveM.Core.Diagnostics.Doctor;

namespace SonoranFiveM.Core.Tests.Diagnostics.Doctor
{
    public sealed class OutboxCheckTests : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("doctor-outbox").FullName;

        public void Dispose()
        {
            foreach (var file in Directory.GetFiles(_folder)) File.SetAttributes(file, FileAttributes.Normal);
            Directory.Delete(_folder, recursive: true);
        }

        private DoctorContext Context(string outboxPath = "outbox.jsonl") =>
            DoctorFixtures.Context(DoctorFixtures.Load("\"outbox\": { \"path\": \"" + outboxPath + "\" }"), new ServerFacts("r"), _folder);

        [Fact]
        public async Task A_writable_folder_passes_and_the_probe_leaves_nothing_behind()
        {
            var (lines, _) = await DoctorFixtures.RunAsync(new OutboxCheck(), Context());

            Assert.Equal("PASS  outbox           " + _folder + " is writable (outbox.jsonl)", Assert.Single(lines));
            Assert.Empty(Directory.GetFileSystemEntries(_folder));
        }

        [Fact]
        public async Task A_folder_that_cannot_be_created_fails_with_the_fix()
        {
            File.WriteAllText(Path.Combine(_folder, "blocker"), "a file where the outbox folder should be");

            var (lines, run) = await DoctorFixtures.RunAsync(new OutboxCheck(), Context("blocker/outbox.jsonl"));

            Assert.StartsWith("FAIL  outbox           cannot write in " + Path.Combine(_folder, "blocker"), lines[0]);
            Assert.Contains("fix: free disk space, give the FXServer user write access", lines[1]);
            Assert.True(run.Failed);
        }

        [Fact]
        public async Task A_read_only_outbox_file_fails()
        {
            var path = Path.Combine(_folder, "outbox.jsonl");
            File.WriteAllText(path, "");
            File.SetAttributes(path, FileAttributes.ReadOnly);

            var (lines, _) = await DoctorFixtures.RunAsync(new OutboxCheck(), Context());

            Assert.StartsWith("FAIL  outbox           " + path + " is read-only", lines[0]);
        }

        [Fact]
        public async Task The_cli_has_no_outbox_line()
        {
            var context = DoctorFixtures.Context(DoctorFixtures.Load(), server: null, _folder);
            var (lines, _) = await DoctorFixtures.RunAsync(new OutboxCheck(), context);
            Assert.Empty(lines);
        }
    }
}
