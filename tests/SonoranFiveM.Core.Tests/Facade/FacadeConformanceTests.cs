using System.Runtime.Loader;
using CitizenFX.Core;

namespace SonoranFiveM.Core.Tests.Facade
{
    /// <summary>
    /// The CitizenFX facade must declare exactly the members listed in facade-signatures.txt (copied from the v1 API in
    /// fivem-server-runtime.md §2). A member added to the facade without a listed signature, a changed signature, or a
    /// listed member that went missing all fail here.
    /// </summary>
    public class FacadeConformanceTests
    {
        private static readonly string ListPath = Path.Combine(AppContext.BaseDirectory, "Facade", "facade-signatures.txt");

        private static string[] Listed() => File.ReadAllLines(ListPath);

        private static string[] Declared() => FacadeSignatures.Describe(typeof(BaseScript).Assembly).ToArray();

        [Fact]
        public void The_facade_assembly_is_named_like_the_real_one() =>
            Assert.Equal("CitizenFX.Core.Server", typeof(BaseScript).Assembly.GetName().Name);

        [Fact]
        public void The_facade_declares_exactly_the_listed_members()
        {
            var (missing, unexpected) = FacadeSignatures.Compare(Listed(), Declared());

            Assert.True(missing.Count == 0 && unexpected.Count == 0,
                "Facade drift.\nListed but not declared:\n  " + string.Join("\n  ", missing)
                + "\nDeclared but not listed (or different):\n  " + string.Join("\n  ", unexpected));
        }

        /// <summary>
        /// The FXServer double (tests/FxServerDouble) replaces the facade at run time in the engine tests: it must carry the
        /// same assembly name and exactly the listed members in its CitizenFX namespaces (its simulated server lives in
        /// its own namespace).
        /// </summary>
        [Fact]
        public void The_fxserver_double_declares_exactly_the_listed_members_under_the_same_assembly_name()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "double", "CitizenFX.Core.Server.dll");
            var context = new AssemblyLoadContext("fxserver-double", isCollectible: true);
            try
            {
                var assembly = context.LoadFromAssemblyPath(path);
                Assert.Equal("CitizenFX.Core.Server", assembly.GetName().Name);
                var declared = FacadeSignatures.Describe(assembly, t => t.Namespace != null && t.Namespace.StartsWith("CitizenFX.", StringComparison.Ordinal));

                var (missing, unexpected) = FacadeSignatures.Compare(Listed(), declared);

                Assert.True(missing.Count == 0 && unexpected.Count == 0,
                    "Double drift.\nListed but not declared:\n  " + string.Join("\n  ", missing)
                    + "\nDeclared but not listed (or different):\n  " + string.Join("\n  ", unexpected));
            }
            finally
            {
                context.Unload();
            }
        }

        [Fact]
        public void The_list_is_not_empty_and_has_no_repeated_lines()
        {
            var lines = Listed().Where(l => l.Trim().Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)).ToList();

            Assert.True(lines.Count > 40, "only " + lines.Count + " signatures listed");
            Assert.Equal(lines.Count, lines.Distinct().Count());
        }

        [Fact]
        public void The_comparison_reports_exactly_an_altered_signature()
        {
            var declared = Declared();
            var original = declared.Single(l => l.Contains(" Delay("));
            var altered = original.Replace("System.Int32 msecs", "System.Int32 milliseconds");
            var list = declared.Select(l => l == original ? altered : l).ToArray();

            var (missing, unexpected) = FacadeSignatures.Compare(list, declared);

            Assert.Equal(new[] { altered }, missing);
            Assert.Equal(new[] { original }, unexpected);
        }

        [Fact]
        public void The_comparison_reports_a_listed_member_that_is_missing_and_a_member_that_is_not_listed()
        {
            var declared = Declared();
            var dropped = declared.Single(l => l.Contains(" GetCurrentResourceName("));
            const string extra = "method CitizenFX.Core.Native.API | public static | System.String GetResourceState(System.String resourceName)";

            var (missing, unexpected) = FacadeSignatures.Compare(declared.Append(extra), declared.Where(l => l != dropped));

            Assert.Equal(new[] { extra, dropped }.OrderBy(l => l, StringComparer.Ordinal), missing);
            Assert.Empty(unexpected);
        }
    }
}
