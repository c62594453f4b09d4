using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SonoranFiveM.Cli.Commands;
using SonoranFiveM.Core.Cad;
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
        public static readonly string[] ValueOptions = { "--config", "--cad-url", "--api-key", "--community-id", "--server-id" };

        private CliSettings(string configPath, bool configFound, string? configError, OptionsLoadResult loaded, SecretRedactor redactor)
        {
            ConfigPath = configPath;
            ConfigFound = configFound;
            ConfigError = configError;
            Loaded = loaded;
            Redactor = redactor;
        }

        public string ConfigPath { get; }
        public bool ConfigFound { get; }

        /// <summary>The file exists but could not be read.</summary>
        public string? ConfigError { get; }

        public OptionsLoadResult Loaded { get; }
        public SonoranOptions? Options => Loaded.Options;
        public SecretRedactor Redactor { get; }

        /// <summary>The folder config.json is in (the resource folder), or the current folder.</summary>
        public string ResourceFolder => Path.GetDirectoryName(Path.GetFullPath(ConfigPath)) ?? Directory.GetCurrentDirectory();

        /// <param name="communityIdOptional">The v2 API does not use the community id: let a one-off command run without one.</param>
        public static CliSettings Load(ArgReader reader, Func<string, string?> environment, bool communityIdOptional = false)
        {
            var path = reader.GetNonEmpty("--config") ?? DefaultConfigPath;
            string? json = null;
            string? error = null;
            var found = File.Exists(path);
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
                [ConvarNames.For("baseUrl")] = reader.GetNonEmpty("--cad-url"),
                [ConvarNames.For("apiKey")] = reader.GetNonEmpty("--api-key"),
                [ConvarNames.For("communityId")] = reader.GetNonEmpty("--community-id"),
                [ConvarNames.For("serverId")] = reader.GetNonEmpty("--server-id"),
            };

            string? Lookup(string name) =>
                overrides.TryGetValue(name, out var value) && value != null ? value : Blank(environment(name));

            var loaded = OptionsLoader.Load(json, Lookup);
            if (communityIdOptional && !loaded.IsValid && loaded.Errors.All(e => e.Key == "communityId"))
            {
                var v1 = string.Equals(Lookup(ConvarNames.For("apiVersion")), "v1", StringComparison.OrdinalIgnoreCase)
                         || (json?.Contains("\"v1\"", StringComparison.OrdinalIgnoreCase) ?? false);
                if (!v1) loaded = OptionsLoader.Load(json, name => name.Equals(ConvarNames.For("communityId"), StringComparison.OrdinalIgnoreCase) ? "unused-by-v2" : Lookup(name));
            }

            var redactor = new SecretRedactor();
            redactor.AddRange(loaded.Secrets);
            foreach (var secret in new[] { overrides[ConvarNames.For("apiKey")], environment(ConvarNames.For("apiKey")) })
                if (!string.IsNullOrEmpty(secret)) redactor.AddRange(new[] { secret! });
            return new CliSettings(path, found, error, loaded, redactor);
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
