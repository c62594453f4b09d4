namespace SonoranFiveM.Core.Tests.Configuration
{
    internal static class ConfigFixtures
    {
        public const string ApiKey = "7f3c9a12-4b8e-4d21-9c5a-e0b1d2f3a4c5";
        public const string CommunityId = "my-community";

        /// <summary>A minimal valid config.json with <paramref name="extraMembers"/> (JSON members, comma-separated) added.</summary>
        public static string Json(string extraMembers = "") =>
            "{\n  \"communityId\": \"" + CommunityId + "\",\n  \"apiKey\": \"" + ApiKey + "\"" +
            (extraMembers.Length > 0 ? ",\n  " + extraMembers : "") + "\n}";

        public static Func<string, string?> NoConvars => _ => null;

        public static Func<string, string?> Convars(params (string Name, string Value)[] values)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in values)
            {
                map[name] = value;
            }

            return name => map.TryGetValue(name, out var value) ? value : null;
        }

        public static OptionsLoadResult Load(string extraMembers = "", params (string Name, string Value)[] convars) =>
            OptionsLoader.Load(Json(extraMembers), Convars(convars));

        public static SonoranOptions LoadValid(string extraMembers = "", params (string Name, string Value)[] convars)
        {
            var result = Load(extraMembers, convars);
            Assert.True(result.IsValid, "expected a valid config, got: " + string.Join(" | ", result.Errors));
            return result.Options!;
        }

        public static string RepoFile(string name)
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "sonoran-fivem.sln")))
            {
                dir = dir.Parent;
            }

            Assert.NotNull(dir);
            return Path.Combine(dir!.FullName, name);
        }
    }
}
