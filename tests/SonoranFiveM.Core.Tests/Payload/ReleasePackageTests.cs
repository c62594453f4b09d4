using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SonoranFiveM.Core.Tests.Payload
{
    /// <summary>The unpacked release package (build/pack.sh) holds exactly what a server needs, at the paths fxmanifest.lua names.</summary>
    public class ReleasePackageTests
    {
        private static readonly string[] Fixed =
        {
            "fxmanifest.lua", "LICENSE", "INSTALL.md", "config.example.json",
            "resource/client.lua", "resource/sonoran-hub.js", "resource/server.cfg.example",
            "resource/vendor/ws.js", "resource/vendor/ws.LICENSE",
        };

        private static string Package => RepositoryPaths.ResourceFolder;

        private static string[] Files() => Directory.GetFiles(Package, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Package, f).Replace('\\', '/'))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToArray();

        [PackageFact]
        public void The_package_holds_the_resource_files_and_release_dlls_and_nothing_else()
        {
            var files = Files();

            Assert.All(Fixed, f => Assert.Contains(f, files));
            var rest = files.Except(Fixed).ToList();
            Assert.All(rest, f => Assert.Matches(@"^resource/[^/]+\.dll$", f));
            Assert.Contains("resource/SonoranFiveM.Server.net.dll", rest);
            Assert.Contains("resource/SonoranFiveM.Core.dll", rest);
            Assert.DoesNotContain(rest, f => f.StartsWith("resource/CitizenFX", System.StringComparison.OrdinalIgnoreCase));
        }

        [PackageFact]
        public void Every_script_fxmanifest_loads_is_in_the_package_and_its_version_is_the_release_version()
        {
            var manifest = File.ReadAllText(Path.Combine(Package, "fxmanifest.lua"));
            var version = XDocument.Load(RepositoryPaths.Combine("Directory.Build.props")).Root!.Element("PropertyGroup")!.Element("Version")!.Value;

            var scripts = Regex.Matches(manifest, @"^(?:server|client)_script '([^']+)'", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

            Assert.Contains("resource/SonoranFiveM.Server.net.dll", scripts);
            Assert.All(scripts, s => Assert.True(File.Exists(Path.Combine(Package, s)), s + " is loaded by fxmanifest.lua but not in the package"));
            Assert.Matches("(?m)^version '" + Regex.Escape(version) + "'$", manifest);
        }
    }
}
