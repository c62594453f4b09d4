using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace SonoranFiveM.Core.Tests.Configuration
{
    public class ConfigExampleTests
    {
        private static readonly string Example = File.ReadAllText(ConfigFixtures.RepoFile("config.example.json"));

        [Fact]
        public void Example_needs_only_the_community_id_and_api_key()
        {
            var result = OptionsLoader.Load(Example, ConfigFixtures.NoConvars);

            Assert.Equal(new[] { "communityId", "apiKey" }, result.Errors.Select(e => e.Key));
            Assert.Empty(result.Warnings);
        }

        [Fact]
        public void Example_with_id_and_key_convars_loads_clean_and_equals_the_defaults()
        {
            var result = OptionsLoader.Load(Example, ConfigFixtures.Convars(("sonoran_communityId", "c1"), ("sonoran_apiKey", ConfigFixtures.ApiKey)));

            Assert.Empty(result.Errors);
            Assert.Empty(result.Warnings);
            var expected = new SonoranOptions { CommunityId = "c1", ApiKey = ConfigFixtures.ApiKey };
            Assert.Equal(Serialize(expected), Serialize(result.Options!));
        }

        [Fact]
        public void Example_lists_every_option_key()
        {
            var json = Newtonsoft.Json.Linq.JObject.Parse(Example);

            foreach (var path in KeyPaths(typeof(SonoranOptions), ""))
            {
                Assert.True(json.SelectToken(path) != null, $"config.example.json lacks {path}");
            }
        }

        private static System.Collections.Generic.IEnumerable<string> KeyPaths(System.Type type, string prefix)
        {
            foreach (var property in type.GetProperties())
            {
                if (!property.CanWrite || property.IsDefined(typeof(LegacyAttribute), false))
                {
                    continue;
                }

                var key = prefix + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
                var isSection = property.PropertyType.IsClass && !property.PropertyType.IsGenericType && property.PropertyType != typeof(string);
                if (isSection)
                {
                    foreach (var child in KeyPaths(property.PropertyType, key + "."))
                    {
                        yield return child;
                    }
                }
                else
                {
                    yield return key;
                }
            }
        }

        private static string Serialize(SonoranOptions options) =>
            JsonConvert.SerializeObject(options, new JsonSerializerSettings
            {
                ContractResolver = new CamelCasePropertyNamesContractResolver(),
                Converters = { new StringEnumConverter() },
            });
    }
}
