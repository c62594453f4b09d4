using Newtonsoft.Json.Linq;

namespace SonoranFiveM.ReliabilityTests.Loaders
{
    /// <summary>
    /// config.json and convars as hostile input: every option of config.example.json gets numbers beyond every limit,
    /// odd text, lists and objects; documents are cut, flipped and nested. Nothing may throw; every problem is an error
    /// naming its key (or the file), with a bounded message; a valid result maps onto the core without throwing.
    /// </summary>
    public class ConfigFuzzTests
    {
        private static readonly JObject Example = JObject.Parse(File.ReadAllText(RepoFile("config.example.json")));

        /// <summary>Every leaf of the example: the options an owner can set.</summary>
        private static readonly string[] LeafPaths = Example.Descendants().OfType<JValue>().Select(v => v.Path).ToArray();

        private static readonly string[] ConvarNamesOfLeaves = LeafPaths
            .Where(p => !p.Contains('['))
            .Select(p => ConvarNames.For(p.Replace("['", ".").Replace("']", "")))
            .Concat(new[] { "sonoran_records_templates", "sonoran_records_commands", "sonoran_rateLimitShares", "sonoran_commands_unitStatuses" })
            .Distinct()
            .ToArray();

        private static readonly Gen<string> Document =
            Gen.Select(Gen.Int[0, LeafPaths.Length - 1].Array[1, 8], HostileText.Value.Array[8], Gen.Select(HostileText.Text, HostileText.Value).Array[0, 3])
                .Select((paths, values, extra) =>
                {
                    var document = (JObject)Example.DeepClone();
                    for (var i = 0; i < paths.Length; i++)
                    {
                        var token = document.SelectToken(LeafPaths[paths[i]])!;
                        token.Replace(ParseOrText(values[i]));
                    }

                    foreach (var (key, value) in extra) document[key] = ParseOrText(value);
                    return document.ToString();
                })
                .SelectMany(HostileText.Damaged);

        private static readonly Gen<Dictionary<string, string>> Convars =
            Gen.Select(Gen.Int[0, ConvarNamesOfLeaves.Length - 1], Gen.OneOf(HostileText.Number, HostileText.Text, HostileText.Value))
                .Array[0, 6]
                .Select(pairs => pairs.GroupBy(p => p.Item1).ToDictionary(g => ConvarNamesOfLeaves[g.Key], g => g.First().Item2));

        [Fact]
        public void Config_documents_and_convars_never_throw_and_every_problem_is_reported()
        {
            Gen.Select(Document, Convars).Sample((json, convars) =>
            {
                var result = OptionsLoader.Load(json, name => convars.TryGetValue(name, out var v) ? v : null);

                Assert.Equal(result.Options == null, result.Errors.Count > 0);
                foreach (var error in result.Errors)
                {
                    Assert.False(string.IsNullOrWhiteSpace(error.Message));
                    Assert.True(error.Message.Length <= 2_000, error.Message);
                    Assert.True(error.Key.Length == 0 ? error.Message.StartsWith("config.json", StringComparison.Ordinal) : error.Message.StartsWith(error.Key, StringComparison.Ordinal), error.Message);
                }

                if (result.Options is SonoranOptions options)
                {
                    OptionsSummary.Lines(result).ToList();
                    OptionsMapping.CadClient(options);
                    OptionsMapping.Dispatcher(options);
                    OptionsMapping.Commands(options);
                    OptionsMapping.Tracker(options);
                    OptionsMapping.Roster(options);
                    OptionsMapping.Outbox(options, Path.GetTempPath());
                }
            }, iter: SuiteSettings.Iterations / 2, print: t => t.Item1.Length > 400 ? t.Item1.Substring(0, 400) + "…" : t.Item1);
        }

        [Fact]
        public void Start_up_with_a_hostile_config_file_logs_and_never_throws()
        {
            Document.Sample(json =>
            {
                var log = new ListLog();
                var files = new MemoryFiles { [ConfigBootstrap.ConfigFileName] = json };

                var result = ConfigurationStartup.Run(files, _ => null, log);

                Assert.NotEmpty(log.Lines);
                if (result.Options == null) Assert.Contains(log.Lines, l => l.Contains("did not start", StringComparison.Ordinal));
            }, iter: SuiteSettings.Iterations / 8, print: json => json.Length > 400 ? json.Substring(0, 400) + "…" : json);
        }

        private static JToken ParseOrText(string json)
        {
            try
            {
                return JToken.Parse(json);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return new JValue(json);
            }
        }

        internal static string RepoFile(string name)
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "sonoran-fivem.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), name);
        }

        private sealed class ListLog : ILog
        {
            public List<string> Lines { get; } = new();

            public void Write(LogLevel level, string message)
            {
                lock (Lines) Lines.Add(message);
            }
        }

        private sealed class MemoryFiles : Dictionary<string, string>, IResourceFiles
        {
            public string? Read(string name) => TryGetValue(name, out var text) ? text : null;

            public void Write(string name, string content) => this[name] = content;
        }
    }
}
