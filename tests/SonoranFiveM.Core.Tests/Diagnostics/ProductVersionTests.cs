using System.Text.RegularExpressions;
using System.Xml.Linq;
using SonoranFiveM.Core.Tests.Configuration;

namespace SonoranFiveM.Core.Tests.Diagnostics
{
    /// <summary>The version is set once, in Directory.Build.props, and every place that shows it agrees.</summary>
    public class ProductVersionTests
    {
        private static string PropsVersion() =>
            XDocument.Load(RepositoryPaths.Combine("Directory.Build.props")).Root!.Element("PropertyGroup")!.Element("Version")!.Value;

        [Fact]
        public void The_assembly_carries_the_version_of_Directory_Build_props_without_a_commit_suffix()
            => Assert.Equal(PropsVersion(), ProductVersion.Current);

        [Fact]
        public void The_fxmanifest_version_matches_Directory_Build_props()
        {
            var manifest = File.ReadAllText(RepositoryPaths.Combine("fxmanifest.lua"));

            var match = Regex.Match(manifest, @"^version '([^']*)'", RegexOptions.Multiline);

            Assert.True(match.Success, "fxmanifest.lua has no version '…' line (build/pack.sh stamps it)");
            Assert.Equal(PropsVersion(), match.Groups[1].Value);
        }

        [Fact]
        public void The_start_up_summary_opens_with_the_version()
        {
            var lines = OptionsSummary.Lines(ConfigFixtures.Load());

            Assert.Equal("sonoran-fivem " + PropsVersion(), lines[0]);
        }
    }
}
