using SonoranFiveM.Cli.Commands;
using SonoranFiveM.Core.Composition;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Cli.Settings
{
    /// <summary>
    /// The resource's settings as <c>doctor</c> and <c>send</c> see them: <c>config.json</c>, then <c>sonoran_*</c>
    /// environment variables (the convar names), then <c>--cad-url</c>, <c>--api-key</c>, <c>--community-id</c>,
    /// <c>--server-id</c>. Every secret is registered with <see cref="Redactor"/>.
    /// </summary>
    public sealed class CliSettings
    {
        public const string DefaultConfigPath = "config.json";

        private CliSettings()
        {
        }

        public required string ConfigPath { get; init; }
        public required bool ConfigFound { get; init; }

        /// <summary>The file exists but could not be read.</summary>
        public required string? ConfigError { get; init; }

        public required OptionsLoadResult Loaded { get; init; }
        public SonoranOptions? Options => Loaded.Options;
        public required SecretRedactor Redactor { get; init; }

        /// <summary>The folder config.json is in (the resource folder), or the current folder.</summary>
        public string ResourceFolder => Path.GetDirectoryName(Path.GetFullPath(ConfigPath)) ?? Directory.GetCurrentDirectory();

        /// <param name="communityIdOptional">The v2 API does not use the community id: let a one-off command run without one.</param>
        /// <exception cref="UsageException"><c>--config</c> names a folder or a file that does not exist.</exception>
        internal static CliSettings Load(SettingsValues values, Func<string, string?> environment, bool communityIdOptional = false)
        {
            var given = values.Config;
            var path = given ?? DefaultConfigPath;
            if (Directory.Exists(path))
                throw new UsageException($"Option --config names a folder ({path}); give the path of the config.json inside it, e.g. {Path.Combine(path, DefaultConfigPath)}.");
            string? json = null;
            string? error = null;
            var found = File.Exists(path);
            if (!found && given != null)
                throw new UsageException($"Option --config: {path} does not exist; give the path of the resource's config.json (copy config.example.json to start).");
            if (found)
            {
                try
                {
                    json = File.ReadAllText(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error = e.Message;
                }
            }

            var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                [ConvarNames.For("baseUrl")] = values.CadUrl,
                [ConvarNames.For("apiKey")] = values.ApiKey,
                [ConvarNames.For("communityId")] = values.CommunityId,
                [ConvarNames.For("serverId")] = values.ServerId,
            };

            string? Lookup(string name) =>
                overrides.TryGetValue(name, out var value) && value != null ? value : Blank(environment(name));

            var loaded = OptionsLoader.Load(json, Lookup, communityIdOptional);

            var redactor = new SecretRedactor();
            redactor.AddRange(loaded.Secrets);
            foreach (var secret in new[] { overrides[ConvarNames.For("apiKey")], environment(ConvarNames.For("apiKey")) })
                if (!string.IsNullOrEmpty(secret)) redactor.AddRange(new[] { secret! });
            return new CliSettings { ConfigPath = path, ConfigFound = found, ConfigError = error, Loaded = loaded, Redactor = redactor };
        }

        /// <summary>The CAD client options for one-off calls: a short timeout (the client always makes one attempt).</summary>
        public CadClientOptions CadClient(int timeoutSeconds = 10)
        {
            var options = OptionsMapping.CadClient(Options ?? throw new InvalidOperationException("the settings are not valid"));
            options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(Math.Min(timeoutSeconds, Options.RequestTimeoutSeconds));
            return options;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
