namespace SonoranFiveM.EngineTests.Support
{
    public static class TestPaths
    {
        /// <summary>The repository root (the folder holding sonoran-fivem.sln).</summary>
        public static string Repository { get; } = FindRepository();

        /// <summary>The adapter's build output copied next to the tests (the same DLL set as resource/).</summary>
        public static string AdapterPayload => Path.Combine(AppContext.BaseDirectory, "adapter");

        /// <summary>
        /// The resource folder the Mono scenarios load: the unpacked release package when CI sets SONORAN_RESOURCE_DIR,
        /// else the repository.
        /// </summary>
        public static string ResourceFolder { get; } =
            Environment.GetEnvironmentVariable("SONORAN_RESOURCE_DIR") is string dir && dir.Length > 0 ? dir : Repository;

        /// <summary>The Release payload FXServer loads (built by `dotnet build -c Release src/SonoranFiveM.Server`).</summary>
        public static string ResourcePayload => Path.Combine(ResourceFolder, "resource");

        public static string ConfigExample => Path.Combine(ResourceFolder, "config.example.json");

        public static string NewWorkFolder(string name)
        {
            var folder = Path.Combine(Path.GetTempPath(), "sonoran-engine-" + name.Substring(0, Math.Min(40, name.Length)) + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(folder);
            return folder;
        }

        private static string FindRepository()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "sonoran-fivem.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("sonoran-fivem.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
