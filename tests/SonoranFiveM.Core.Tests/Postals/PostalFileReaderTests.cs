using System;
using System.IO;
using SonoranFiveM.Core.Postals;

namespace SonoranFiveM.Core.Tests.Postals
{
    public class PostalFileReaderTests
    {
        [Fact]
        public void Reads_string_and_numeric_codes_and_ignores_extra_properties()
        {
            var postals = PostalFileReader.Parse("[{\"code\":\"101\",\"x\":-1.5,\"y\":2},{\"code\":102,\"x\":3,\"y\":-4.25,\"extra\":true}]", "new-postals.json");

            Assert.Equal(2, postals.Count);
            Assert.Equal(new Postal("101", -1.5, 2), postals[0]);
            Assert.Equal(new Postal("102", 3, -4.25), postals[1]);
        }

        [Theory]
        [InlineData("", "is empty")]
        [InlineData("   \n", "is empty")]
        [InlineData("[]", "contains no postals")]
        [InlineData("{\"code\":\"1\",\"x\":0,\"y\":0}", "top level is an object")]
        [InlineData("[{\"code\":\"1\",\"x\":0,\"y\":0},", "is not valid JSON (line 1")]
        [InlineData("[{\"code\":\"1\",\"x\":0,\"y\":0}, 5]", "entry 1 is a number")]
        [InlineData("[{\"x\":0,\"y\":0}]", "entry 0 has no \"code\"")]
        [InlineData("[{\"code\":true,\"x\":0,\"y\":0}]", "entry 0 has a \"code\" that is a boolean")]
        [InlineData("[{\"code\":\" \",\"x\":0,\"y\":0}]", "entry 0 has an empty \"code\"")]
        [InlineData("[{\"code\":\"1\",\"x\":0,\"y\":0},{\"code\":\"7\",\"y\":0}]", "entry 1 (code 7) has no \"x\"")]
        [InlineData("[{\"code\":\"1\",\"x\":\"12\",\"y\":0}]", "entry 0 (code 1) has a \"x\" that is a string")]
        [InlineData("[{\"code\":\"1\",\"x\":0,\"y\":null}]", "entry 0 (code 1) has no \"y\"")]
        public void A_bad_file_names_the_file_and_the_problem(string json, string problem)
        {
            var e = Assert.Throws<PostalFileException>(() => PostalFileReader.Parse(json, "postals/new-postals.json"));

            Assert.StartsWith("Postal file 'postals/new-postals.json': ", e.Message);
            Assert.Contains(problem, e.Message);
            Assert.Equal("postals/new-postals.json", e.Source);
        }

        [Fact]
        public void A_missing_file_names_its_path()
        {
            var path = Path.Combine(Path.GetTempPath(), "sonoran-no-such-dir-" + Guid.NewGuid(), "postals.json");

            var e = Assert.Throws<PostalFileException>(() => PostalIndex.LoadFile(path));

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
                var index = PostalIndex.LoadFile(path);

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
