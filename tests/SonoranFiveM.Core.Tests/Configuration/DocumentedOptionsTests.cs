using System.Text.RegularExpressions;

namespace SonoranFiveM.Core.Tests.Configuration
{
    /// <summary>
    /// Every option the README and docs/ name exists in the options types, as the loader reads them: the keys of the
    /// option tables (first column headed "Key"), of the JSON examples that are config sections, backticked settings
    /// of a camelCase key to a literal (<c>`baseUrl = http://…`</c>) and <c>sonoran_…</c> convars.
    /// </summary>
    public class DocumentedOptionsTests
    {
        private static readonly Regex Backticked = new Regex("`([^`\\n]+)`", RegexOptions.CultureInvariant);
        // A camelCase key (one capital at least, so prose such as `plate = ABC123` is not read as config) set to a
        // literal: a number, true/false, a quoted string or a URL.
        private static readonly Regex Setting = new Regex(
            @"^([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*|[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)\s*=\s*(-?[0-9.]+|true|false|""[^""]*""|https?://\S+)\s*$",
            RegexOptions.CultureInvariant);
        private static readonly Regex Convar = new Regex(@"\bsonoran_([A-Za-z0-9_]+)", RegexOptions.CultureInvariant);
        private static readonly Regex Identifier = new Regex(@"^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)*$", RegexOptions.CultureInvariant);

        public static IEnumerable<object[]> Documents()
        {
            yield return new object[] { "README.md" };
            var docs = ConfigFixtures.RepoFile("docs");
            if (!Directory.Exists(docs)) yield break;
            foreach (var file in Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                yield return new object[] { "docs/" + Path.GetRelativePath(docs, file).Replace('\\', '/') };
            }
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void Every_option_a_document_names_exists(string document)
        {
            var text = File.ReadAllText(ConfigFixtures.RepoFile(document));
            var problems = new List<string>();
            var lines = text.Split('\n');

            CheckTables(lines, problems);
            CheckJsonExamples(lines, problems);
            foreach (Match span in Backticked.Matches(text))
            {
                var value = span.Groups[1].Value.Trim();
                var setting = Setting.Match(value);
                if (setting.Success && !Resolves(setting.Groups[1].Value))
                    problems.Add("`" + value + "` sets " + setting.Groups[1].Value + ", which is not an option");
            }

            foreach (Match convar in Convar.Matches(text))
            {
                var path = convar.Groups[1].Value.Replace('_', '.');
                if (!Resolves(path, ignoreCase: true)) problems.Add("convar sonoran_" + convar.Groups[1].Value + " overrides no option");
            }

            Assert.True(problems.Count == 0, document + ":\n" + string.Join("\n", problems.Distinct()));
        }

        [Fact]
        public void The_lane_table_gives_the_default_expiry_of_panic_and_status()
        {
            var lines = File.ReadAllLines(ConfigFixtures.RepoFile("docs/dispatch.md"));
            var expected = "`dispatch.staleUnitUpdateMinutes` (" + new SonoranOptions().Dispatch.StaleUnitUpdateMinutes + " min)";

            foreach (var lane in new[] { "| Unit panic |", "| Unit status |" })
            {
                var row = Assert.Single(lines, l => l.StartsWith(lane, StringComparison.Ordinal));
                Assert.Contains(expected, row);
            }
        }

        [Theory]
        [InlineData("Point it at `apiUrl = http://127.0.0.1:8080`.")]
        [InlineData("| Key | Default |\n|---|---|\n| `location.maxFieldLength` | `500` |")]
        [InlineData("| key | meaning |\n|---|---|\n| `maxFieldLength` | longest value |")]
        [InlineData("```json\n\"records\": { \"templates\": { \"bolo\": { \"recordTypeID\": 3 } } }\n```")]
        [InlineData("set `sonoran_location_intervalSecs 10`")]
        public void A_misnamed_option_is_caught(string markdown)
        {
            var problems = new List<string>();
            var lines = markdown.Split('\n');
            CheckTables(lines, problems);
            CheckJsonExamples(lines, problems);
            foreach (Match span in Backticked.Matches(markdown))
            {
                var setting = Setting.Match(span.Groups[1].Value);
                if (setting.Success && !Resolves(setting.Groups[1].Value)) problems.Add(span.Value);
            }

            foreach (Match convar in Convar.Matches(markdown))
            {
                if (!Resolves(convar.Groups[1].Value.Replace('_', '.'), ignoreCase: true)) problems.Add(convar.Value);
            }

            Assert.NotEmpty(problems);
        }

        /// <summary>Tables whose first column is headed "Key": dotted keys are paths from the root; a bare key may be any option's name.</summary>
        private static void CheckTables(string[] lines, List<string> problems)
        {
            var inKeyTable = false;
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (!line.StartsWith("|", StringComparison.Ordinal))
                {
                    inKeyTable = false;
                    continue;
                }

                var first = line.Trim('|').Split('|')[0].Trim();
                if (string.Equals(first, "key", StringComparison.OrdinalIgnoreCase))
                {
                    inKeyTable = true;
                    continue;
                }

                if (!inKeyTable || !first.StartsWith("`", StringComparison.Ordinal)) continue;
                var key = first.Trim('`');
                if (!Identifier.IsMatch(key)) continue;
                var known = key.Contains('.') ? Resolves(key) : Resolves(key) || LeafNames.Contains(key);
                if (!known) problems.Add("option table names `" + key + "`, which is not an option");
            }
        }

        /// <summary>JSON examples that are config sections (a fragment such as <c>"records": {…}</c> is read as an object).</summary>
        private static void CheckJsonExamples(string[] lines, List<string> problems)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Trim().StartsWith("```json", StringComparison.Ordinal)) continue;
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith("```", StringComparison.Ordinal); i++) body.Add(lines[i]);
                var text = string.Join("\n", body).Trim();
                JObject json;
                try
                {
                    json = JObject.Parse(text.StartsWith("{", StringComparison.Ordinal) ? text : "{" + text + "}");
                }
                catch (Newtonsoft.Json.JsonException)
                {
                    continue;
                }

                if (!json.Properties().Any(p => IsRootKey(p.Name))) continue; // an API body or a file format, not config
                CheckObject(json, typeof(SonoranOptions), "", problems);
            }
        }

        private static void CheckObject(JObject json, Type type, string path, List<string> problems)
        {
            foreach (var property in json.Properties())
            {
                if (property.Name.StartsWith("_", StringComparison.Ordinal)) continue;
                var option = OptionProperty.Of(type).FirstOrDefault(o => o.Key == property.Name);
                if (option == null)
                {
                    problems.Add("JSON example sets " + path + property.Name + ", which is not an option");
                    continue;
                }

                var child = path + property.Name;
                switch (option.Kind)
                {
                    case OptionKind.Section when property.Value is JObject section:
                        CheckObject(section, option.Type, child + ".", problems);
                        break;
                    case OptionKind.Map when property.Value is JObject map && OptionProperty.IsSectionType(option.ElementType!):
                        foreach (var entry in map.Properties().Where(e => e.Value is JObject))
                            CheckObject((JObject)entry.Value, option.ElementType!, child + "." + entry.Name + ".", problems);
                        break;
                    case OptionKind.List when property.Value is JArray list && OptionProperty.IsSectionType(option.ElementType!):
                        foreach (var item in list.OfType<JObject>()) CheckObject(item, option.ElementType!, child + "[].", problems);
                        break;
                }
            }
        }

        private static bool IsRootKey(string key) => OptionProperty.Of(typeof(SonoranOptions)).Any(o => o.Key == key);

        /// <summary>A dotted path from the root; a map's entry names are free (<c>records.templates.bolo.fields</c>).</summary>
        private static bool Resolves(string path, bool ignoreCase = false)
        {
            var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var type = typeof(SonoranOptions);
            var segments = path.Split('.');
            for (var i = 0; i < segments.Length; i++)
            {
                if (type == null) return false;
                var option = OptionProperty.Of(type).FirstOrDefault(o => string.Equals(o.Key, segments[i], comparison));
                if (option == null) return false;
                switch (option.Kind)
                {
                    case OptionKind.Section:
                        type = option.Type;
                        break;
                    case OptionKind.Map:
                        if (i + 1 < segments.Length) i++; // the entry's name
                        type = OptionProperty.IsSectionType(option.ElementType!) ? option.ElementType! : null!;
                        break;
                    case OptionKind.List:
                        type = OptionProperty.IsSectionType(option.ElementType!) ? option.ElementType! : null!;
                        break;
                    default:
                        type = null!;
                        break;
                }
            }

            return true;
        }

        private static readonly HashSet<string> LeafNames = AllKeys(typeof(SonoranOptions), new HashSet<Type>());

        private static HashSet<string> AllKeys(Type type, HashSet<Type> seen)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(type)) return keys;
            foreach (var option in OptionProperty.Of(type))
            {
                keys.Add(option.Key);
                var next = option.Kind == OptionKind.Section ? option.Type
                    : (option.Kind == OptionKind.Map || option.Kind == OptionKind.List) && OptionProperty.IsSectionType(option.ElementType!) ? option.ElementType
                    : null;
                if (next != null) keys.UnionWith(AllKeys(next, seen));
            }

            return keys;
        }
    }
}
