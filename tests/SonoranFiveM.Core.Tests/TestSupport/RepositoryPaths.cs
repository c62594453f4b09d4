namespace SonoranFiveM.Core.Tests.TestSupport
{
    /// <summary>Finds files of the repository from the test output folder.</summary>
    public static class RepositoryPaths
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(() =>
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !System.IO.File.Exists(Path.Combine(dir.FullName, "sonoran-fivem.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("sonoran-fivem.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => RootPath.Value;

        /// <summary>The environment variable CI sets to an unpacked release package (resources/sonoran-fivem/).</summary>
        public const string ResourceFolderVariable = "SONORAN_RESOURCE_DIR";

        /// <summary>The resource folder under test (the one holding fxmanifest.lua): the unpacked package in CI, else the repository.</summary>
        public static string ResourceFolder => Environment.GetEnvironmentVariable(ResourceFolderVariable) is string dir && dir.Length > 0 ? dir : Root;

        public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
    }
}
