using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Postals
{
    public class PostalFileReaderTests
    {
        private const string Good = "{\"code\":\"1\",\"x\":0,\"y\":0}";

        [Fact]
        public void Reads_string_and_numeric_codes_and_ignores_extra_properties()
        {
            var file = PostalFileReader.Parse("[{\"code\":\"101\",\"x\":-1.5,\"y\":2},{\"code\":102,\"x\":3,\"y\":-4.25,\"extra\":true}]", "new-postals.json");

            Assert.Equal(new[] { new Postal("101", -1.5, 2), new Postal("102", 3, -4.25) }, file.Postals);
            Assert.Empty(file.Problems);
            Assert.Equal(0, file.Skipped);
        }

        [Theory]
        [InlineData("", "is empty")]
        [InlineData("   \n", "is empty")]
        [InlineData("[]", "contains no postals")]
        [InlineData("{\"code\":\"1\",\"x\":0,\"y\":0}", "top level is an object")]
        [InlineData("[{\"code\":\"1\",\"x\":0,\"y\":0},", "is not valid JSON (line 1")]
        [InlineData("[5]", "has no usable postal; entry 0 is a number")]
        public void A_file_that_is_not_a_postal_list_names_the_file_and_the_problem(string json, string problem)
        {
            var e = Assert.Throws<PostalFileException>(() => PostalFileReader.Parse(json, "postals/new-postals.json"));

            Assert.StartsWith("Postal file 'postals/new-postals.json': ", e.Message);
            Assert.Contains(problem, e.Message);
            Assert.Equal("postals/new-postals.json", e.Source);
        }

        [Theory]
        [InlineData("5", "entry 1 is a number; write an object")]
        [InlineData("{\"x\":0,\"y\":0}", "entry 1 has no \"code\"")]
        [InlineData("{\"code\":true,\"x\":0,\"y\":0}", "entry 1 has a \"code\" that is a boolean")]
        [InlineData("{\"code\":\" \",\"x\":0,\"y\":0}", "entry 1 has an empty \"code\"")]
        [InlineData("{\"code\":\"1234567890123456789012345\",\"x\":0,\"y\":0}", "entry 1 has a \"code\" 25 characters long")]
        [InlineData("{\"code\":\"7\",\"y\":0}", "entry 1 (code 7) has no \"x\"")]
        [InlineData("{\"code\":\"7\",\"x\":\"12\",\"y\":0}", "entry 1 (code 7) has a \"x\" that is a string")]
        [InlineData("{\"code\":\"7\",\"x\":0,\"y\":null}", "entry 1 (code 7) has no \"y\"")]
        [InlineData("{\"code\":\"7\",\"x\":0,\"y\":1e16}", "entry 1 (code 7) has \"y\": 10000000000000000.0, which is off the map; coordinates lie within ±50000")]
        [InlineData("{\"code\":\"7\",\"x\":1e200,\"y\":0}", "entry 1 (code 7) has \"x\": 1E+200, which is off the map")]
        [InlineData("{\"code\":\"7\",\"x\":-50000.5,\"y\":0}", "entry 1 (code 7) has \"x\": -50000.5, which is off the map")]
        [InlineData("{\"code\":\"7\",\"x\":99999999999999999999999,\"y\":0}", "entry 1 (code 7) has \"x\": 99999999999999999999999, which is off the map")]
        public void A_bad_entry_is_reported_with_file_entry_and_fix_and_skipped(string entry, string problem)
        {
            var file = PostalFileReader.Parse("[" + Good + "," + entry + ",{\"code\":\"2\",\"x\":5,\"y\":5}]", "postals/new-postals.json");

            Assert.Equal(new[] { "1", "2" }, file.Postals.Select(p => p.Code));
            Assert.Equal(1, file.Skipped);
            var reported = Assert.Single(file.Problems);
            Assert.True(reported.StartsWith("Postal file 'postals/new-postals.json', " + problem, StringComparison.Ordinal), reported);
            Assert.EndsWith("; the entry is skipped", reported);
        }

        [Fact]
        public void A_code_beyond_64_bits_is_read_as_its_digits()
        {
            var file = PostalFileReader.Parse("[{\"code\":9223372036854775808,\"x\":0,\"y\":0}]", "p.json");

            Assert.Equal("9223372036854775808", Assert.Single(file.Postals).Code);
        }

        [Fact]
        public void Many_bad_entries_are_listed_up_to_the_limit_then_counted()
        {
            var json = "[" + Good + string.Concat(Enumerable.Range(0, 50).Select(i => ",{\"code\":\"b" + i + "\",\"x\":1e9,\"y\":0}")) + "]";

            var file = PostalFileReader.Parse(json, "p.json");

            Assert.Equal(50, file.Skipped);
            Assert.Equal(PostalFileReader.MaxReportedProblems + 1, file.Problems.Count);
            Assert.Equal("Postal file 'p.json': 30 more entries were skipped for the same kinds of problems", file.Problems[^1]);
        }

        [Fact]
        public void Entries_beyond_the_most_an_index_holds_are_skipped_with_one_line()
        {
            var json = "[" + string.Join(",", Enumerable.Range(0, PostalIndex.MaxPostals + 5).Select(i => "{\"code\":\"" + i + "\",\"x\":" + (i % 100) + ",\"y\":" + (i / 100) + "}")) + "]";

            var file = PostalFileReader.Parse(json, "p.json");

            Assert.Equal(PostalIndex.MaxPostals, file.Postals.Count);
            Assert.Equal(5, file.Skipped);
            Assert.Contains("entry " + PostalIndex.MaxPostals + ": this and the 4 entries after it are skipped", Assert.Single(file.Problems));
        }

        [Fact]
        public void A_file_larger_than_any_postal_map_is_refused_before_parsing()
        {
            var json = "[" + Good + "," + new string(' ', PostalFileReader.MaxFileLength) + "]";

            var e = Assert.Throws<PostalFileException>(() => PostalFileReader.Parse(json, "p.json"));

            Assert.Contains("more than the " + PostalFileReader.MaxFileLength + " a postal file can be", e.Message);
        }

        [Fact]
        public void A_missing_file_names_its_path()
        {
            var path = Path.Combine(Path.GetTempPath(), "sonoran-no-such-dir-" + Guid.NewGuid(), "postals.json");

            var e = Assert.Throws<PostalFileException>(() => PostalFileReader.ReadFile(path));

            Assert.Contains(path, e.Message);
            Assert.Contains("cannot be read", e.Message);
        }

        [Fact]
        public void A_generated_file_loads_back_into_an_index()
        {
            var postals = PostalSetGenerator.Generate(200);
            var path = Path.GetTempFileName();
            try
            {
                File.WriteAllText(path, PostalSetGenerator.ToJson(postals));
                var index = PostalIndex.Build(PostalFileReader.ReadFile(path).Postals);

                Assert.Equal(200, index.Count);
                Assert.True(index.TryFindNearest(postals[17].X, postals[17].Y, out var match));
                Assert.Equal(postals[17].Code, match.Code);
                Assert.Equal(0, match.Distance);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
