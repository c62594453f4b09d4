namespace SonoranFiveM.Core.Tests.Configuration
{
    /// <summary>
    /// docs/configuration.md's option table (first column headed "Key") lists exactly the options the loader binds:
    /// every option path in the options types has a row with a default and a meaning, and every row is an option.
    /// A map entry's own options are written <c>records.templates.&lt;name&gt;.fields</c>, a list item's
    /// <c>records.commands[].name</c>.
    /// </summary>
    public class ConfigurationReferenceTests
    {
        private const string Document = "docs/configuration.md";

        [Fact]
        public void Every_option_is_documented_with_a_default_and_a_meaning()
        {
            var rows = OptionRows(File.ReadAllLines(ConfigFixtures.RepoFile(Document)));
            var missing = OptionPaths(typeof(SonoranOptions), "").Where(p => !rows.ContainsKey(p)).ToList();
            var incomplete = rows.Where(r => r.Value.Length < 3 || r.Value.Skip(1).Any(string.IsNullOrWhiteSpace)).Select(r => r.Key).ToList();

            Assert.True(missing.Count == 0, Document + " has no row for:\n" + string.Join("\n", missing));
            Assert.True(incomplete.Count == 0, Document + " rows without a default or a meaning:\n" + string.Join("\n", incomplete));
        }

        [Fact]
        public void Every_documented_option_exists()
        {
            var paths = new HashSet<string>(OptionPaths(typeof(SonoranOptions), ""), StringComparer.Ordinal);
            var unknown = OptionRows(File.ReadAllLines(ConfigFixtures.RepoFile(Document))).Keys.Where(k => !paths.Contains(k)).ToList();

            Assert.True(unknown.Count == 0, Document + " documents options that do not exist:\n" + string.Join("\n", unknown));
        }

        [Fact]
        public void The_option_paths_reach_into_sections_maps_and_lists()
        {
            var paths = OptionPaths(typeof(SonoranOptions), "").ToList();

            Assert.Contains("communityId", paths);
            Assert.Contains("location.intervalSeconds", paths);
            Assert.Contains("commands.emergency.cooldownSeconds", paths);
            Assert.Contains("records.templates", paths);
            Assert.Contains("records.templates.<name>.recordTypeId", paths);
            Assert.Contains("records.commands[].arguments", paths);
            Assert.Contains("mirrors.quickblox.ratePerMinute", paths);
            Assert.DoesNotContain("location", paths);
            Assert.DoesNotContain("commands.emergency", paths);
        }

        [Fact]
        public void A_missing_row_and_an_invented_row_are_both_found()
        {
            var table = new[]
            {
                "| Key | Default | Meaning |",
                "|---|---|---|",
                "| `communityId` | *(required)* | Your community id. |",
                "| `location.intervalSecs` | `5` | misspelt |",
                "| `serverId` | | no default |",
            };
            var rows = OptionRows(table);
            var paths = new HashSet<string>(OptionPaths(typeof(SonoranOptions), ""), StringComparer.Ordinal);

            Assert.False(rows.ContainsKey("apiKey"));
            Assert.Contains("location.intervalSecs", rows.Keys.Where(k => !paths.Contains(k)));
            Assert.True(string.IsNullOrWhiteSpace(rows["serverId"][1]));
        }

        /// <summary>
        /// The path of every option as the loader binds it; a section is not an option itself, its members are. A map
        /// or list is an option, and so is each option of its entries when they are sections.
        /// </summary>
        private static IEnumerable<string> OptionPaths(Type type, string prefix)
        {
            foreach (var option in OptionProperty.Of(type))
            {
                var path = prefix + option.Key;
                switch (option.Kind)
                {
                    case OptionKind.Section:
                        foreach (var inner in OptionPaths(option.Type, path + ".")) yield return inner;
                        break;
                    case OptionKind.Map:
                    case OptionKind.List:
                        yield return path;
                        if (!OptionProperty.IsSectionType(option.ElementType!)) break;
                        var entry = option.Kind == OptionKind.Map ? path + ".<name>." : path + "[].";
                        foreach (var inner in OptionPaths(option.ElementType!, entry)) yield return inner;
                        break;
                    default:
                        yield return path;
                        break;
                }
            }
        }

        /// <summary>Rows of tables whose first column is headed "Key", by their backticked key; the value is the row's cells.</summary>
        private static Dictionary<string, string[]> OptionRows(IEnumerable<string> lines)
        {
            var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var inKeyTable = false;
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (!line.StartsWith("|", StringComparison.Ordinal))
                {
                    inKeyTable = false;
                    continue;
                }

                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (cells[0] == "Key")
                {
                    inKeyTable = true;
                    continue;
                }

                if (!inKeyTable || !cells[0].StartsWith("`", StringComparison.Ordinal)) continue;
                rows[cells[0].Trim('`')] = cells;
            }

            return rows;
        }
    }
}
