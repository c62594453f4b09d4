using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Cli.Settings;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Http;
using SonoranFiveM.Core.Postals;
using HttpRequest = SonoranFiveM.Core.Http.HttpRequest;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary><c>doctor</c>: checks the resource's settings against the CAD and the mirrors, one PASS/FAIL line each.</summary>
    public static class DoctorCommand
    {
        /// <summary>v1 plan levels (reference §A.2): records and the active-unit list need Plus, the rest Standard.</summary>
        public const int Standard = 2;
        public const int Plus = 3;

        private static readonly Regex PostalFileMeta = new(@"postal_file\s*['""]([^'""]+)['""]", RegexOptions.Compiled);

        public static Command Create(CommandContext context)
        {
            var settings = new SettingsOptions();
            var command = new Command("doctor",
                "Check config.json (+ sonoran_* environment variables) against the CAD and the mirrors: config, API, key, plan, " +
                "server id, postals, mirrors. Exit code 0 only when every check passes.");
            settings.AddTo(command);
            command.SetAction((parsed, _) => RunAsync(CliSettings.Load(settings.Read(parsed), Environment.GetEnvironmentVariable), context));
            return command;
        }

        private static async Task<int> RunAsync(CliSettings settings, CommandContext context)
        {
            var lines = new List<string>();
            var failed = false;

            void Pass(string check, string detail) => lines.Add(settings.Redactor.Redact($"PASS  {check,-16} {detail}"));
            void Fail(string check, string detail, string fix)
            {
                failed = true;
                lines.Add(settings.Redactor.Redact($"FAIL  {check,-16} {detail}\n      {"",-16} fix: {fix}"));
            }

            async Task FlushAsync()
            {
                foreach (var line in lines) await context.Out.WriteLineAsync(line);
                lines.Clear();
            }

            // 1. configuration
            if (settings.ConfigError != null)
            {
                Fail("config", $"{settings.ConfigPath} could not be read: {settings.ConfigError}", "make the file readable, or pass --config PATH");
            }
            else if (!settings.Loaded.IsValid)
            {
                foreach (var error in settings.Loaded.Errors) Fail("config", error.Message, "edit config.json or the sonoran_* variable named above");
            }
            else
            {
                var from = settings.ConfigFound ? settings.ConfigPath : $"no {settings.ConfigPath}; sonoran_* environment variables and defaults";
                Pass("config", $"valid ({from}); {settings.Loaded.Warnings.Count} warning(s)");
                foreach (var warning in settings.Loaded.Warnings) lines.Add(settings.Redactor.Redact("      warning: " + warning.Message));
            }

            var options = settings.Options;
            if (options == null)
            {
                lines.Add("SKIP  the CAD checks need a valid configuration");
                await FlushAsync();
                return ExitCodes.Failed;
            }

            using var http = new HttpClient();
            var transport = new HttpClientTransport(http);
            var cad = new CadApiFactory(transport, otherSecrets: settings.Loaded.Secrets).Create(settings.CadClient());
            var url = options.EffectiveBaseUrl;

            // 2-4. reachable, key, plan
            var version = await cad.GetVersionAsync(context.Cancellation);
            var apiOk = false;
            if (version.IsAccepted)
            {
                apiOk = true;
                Pass("api reachable", $"{url} answered ({cad.ApiVersion})");
                Pass("api key", $"accepted; plan {version.Value}");
                var needs = NeedsPlus(options) ? Plus : Standard;
                var why = NeedsPlus(options) ? "records templates / the active-unit list (unit detection) need PLUS" : "the enabled features need STANDARD";
                if (version.Value.Level >= needs) Pass("plan", $"{version.Value.Name} is enough ({why})");
                else Fail("plan", $"{version.Value.Name} is below {(needs == Plus ? "PLUS" : "STANDARD")}: {why}",
                    "upgrade the community's plan in Sonoran CAD, or turn the features off (records.templates, location.enabled)");
            }
            else
            {
                var failure = version.Failure!;
                if (failure.StatusCode == null)
                {
                    Fail("api reachable", $"{url}: no answer ({failure.Message})",
                        "check baseUrl / environment in config.json (or --cad-url), DNS and the firewall; the server must reach it over HTTPS");
                }
                else
                {
                    Pass("api reachable", $"{url} answered HTTP {failure.StatusCode}");
                    Fail("api key", Describe(failure), KeyFix(failure));
                }
            }

            // 5. server id (one request of the 3/min active-units budget)
            if (apiOk)
            {
                var units = await cad.GetActiveUnitsAsync(1, 0, context.Cancellation);
                if (units.IsAccepted) Pass("server id", $"{options.ServerId} exists ({units.Value.Count} active unit(s) on the first page)");
                else if (units.Failure!.StatusCode == 404)
                    Fail("server id", $"{options.ServerId} is unknown to the CAD ({Describe(units.Failure)})",
                        "set serverId (or sonoran_serverId) to a server id from Sonoran CAD > Admin > Customization > In-Game Integration");
                else if (units.Failure.Kind == DeliveryFailureKind.RateLimited)
                    Fail("server id", "not checked: the active-units limit (3/min) is used up", "wait a minute (stop the server if it is running) and run doctor again");
                else Fail("server id", Describe(units.Failure), KeyFix(units.Failure));
            }
            else
            {
                lines.Add("SKIP  server id         needs the API key check to pass");
            }

            // 6. postals
            CheckPostals(settings, options, Pass, Fail);

            // 7. mirrors
            if (!options.Mirrors.Tines.Enabled && !options.Mirrors.Quickblox.Enabled) Pass("mirrors", "none enabled");
            if (options.Mirrors.Tines.Enabled)
            {
                var t = options.Mirrors.Tines;
                settings.Redactor.AddRange(new[] { t.ApiKey });
                await CheckMirrorAsync(transport, "tines", t.TenantUrl.TrimEnd('/') + "/api/v1/records/0", "Bearer " + t.ApiKey,
                    "mirrors.tines.apiKey (sonoran_mirrors_tines_apiKey)", "mirrors.tines.tenantUrl", Pass, Fail, context.Cancellation);
            }

            if (options.Mirrors.Quickblox.Enabled)
            {
                var q = options.Mirrors.Quickblox;
                settings.Redactor.AddRange(new[] { q.ApiKey });
                await CheckMirrorAsync(transport, "quickblox", q.ApiUrl.TrimEnd('/') + "/data/" + Uri.EscapeDataString(q.ClassName) + "/000000000000000000000000.json",
                    "ApiKey " + q.ApiKey, "mirrors.quickblox.apiKey (sonoran_mirrors_quickblox_apiKey)", "mirrors.quickblox.apiUrl / className", Pass, Fail, context.Cancellation);
            }

            await FlushAsync();
            await context.Out.WriteLineAsync(failed ? "doctor: some checks FAILED; fix them and run doctor again." : "doctor: all checks passed.");
            return failed ? ExitCodes.Failed : ExitCodes.Ok;
        }

        /// <summary>The core polls the active-unit list whenever locations are on, and records need Plus.</summary>
        internal static bool NeedsPlus(SonoranOptions options) => options.Records.Templates.Count > 0 || options.Location.Enabled;

        private static string Describe(DeliveryFailure failure) =>
            failure.Kind + ": " + failure.Message + (failure.StatusCode is { } s ? " (HTTP " + s + ")" : "")
            + (string.IsNullOrEmpty(failure.RequestId) ? "" : " [request " + failure.RequestId + "]");

        private static string KeyFix(DeliveryFailure failure) => failure.StatusCode switch
        {
            401 => "set the protected convar sonoran_apiKey (or --api-key) to the community API key from Sonoran CAD > Admin > Advanced > API Integration",
            403 => "enable the API for the community in Sonoran CAD (Admin > Advanced > API Integration), and check the plan",
            404 => "the API URL is wrong: clear baseUrl to use the environment's address, or fix --cad-url",
            429 => "the key's rate limit is used up (another server on the same key?); wait a minute and run doctor again",
            _ => "check baseUrl, apiVersion and the API key; the CAD said: " + failure.Message,
        };

        private static void CheckPostals(CliSettings settings, SonoranOptions options, Action<string, string> pass, Action<string, string, string> fail)
        {
            var resource = options.Postals.Resource;
            if (string.IsNullOrWhiteSpace(resource))
            {
                pass("postals", "off (postals.resource is empty)");
                return;
            }

            var resourceFolder = Path.Combine(Path.GetDirectoryName(settings.ResourceFolder) ?? settings.ResourceFolder, resource);
            var file = options.Postals.File;
            if (string.IsNullOrWhiteSpace(file))
            {
                var manifest = Path.Combine(resourceFolder, "fxmanifest.lua");
                var match = File.Exists(manifest) ? PostalFileMeta.Match(File.ReadAllText(manifest)) : Match.Empty;
                if (!match.Success)
                {
                    pass("postals", $"postals.file is empty: read from {resource}'s postal_file metadata in game (not found next to this resource, so not checked here)");
                    return;
                }

                file = match.Groups[1].Value;
            }

            var candidates = new[] { Path.Combine(resourceFolder, file), Path.Combine(settings.ResourceFolder, file) };
            var path = candidates.FirstOrDefault(File.Exists);
            if (path == null)
            {
                fail("postals", $"{file} not found in {resourceFolder}",
                    $"install the {resource} resource next to this one, or set postals.file to the postal JSON's name inside it (empty postals.resource turns postals off)");
                return;
            }

            try
            {
                var postals = PostalFileReader.ReadFile(path);
                var index = PostalIndex.Build(postals.Postals);
                if (postals.Skipped == 0) pass("postals", $"{path}: {index.Count} postals");
                else fail("postals", $"{path}: {index.Count} postals usable, {postals.Skipped} entries skipped: " + string.Join(" ", postals.Problems),
                    "correct or remove the entries named, or use the postal JSON that belongs to your map");
            }
            catch (PostalFileException e)
            {
                fail("postals", $"{path} does not parse: {e.Message}", "replace it with the postal JSON from nearest-postal (an array of {code, x, y})");
            }
        }

        internal static async Task CheckMirrorAsync(IHttpTransport transport, string name, string url, string authorization, string keySetting, string urlSetting,
            Action<string, string> pass, Action<string, string, string> fail, CancellationToken cancellationToken)
        {
            var headers = new Dictionary<string, string> { ["Authorization"] = authorization, ["Accept"] = "application/json" };
            using var request = new HttpRequest("GET", url, headers, null, TimeSpan.FromSeconds(10));
            var response = await transport.SendAsync(request, cancellationToken);
            var check = "mirror " + name;
            switch (response.StatusCode)
            {
                case 404:
                    pass(check, "reachable and the key is accepted (a record that does not exist gave 404)");
                    break;
                case 0:
                    fail(check, $"no answer from {url} ({response.TransportError})", $"check {urlSetting}");
                    break;
                case 401:
                case 403:
                    fail(check, $"the key was refused (HTTP {response.StatusCode})", $"set {keySetting} to a valid key");
                    break;
                default:
                    fail(check, $"unexpected HTTP {response.StatusCode} for a record that does not exist", $"check {urlSetting} and {keySetting}");
                    break;
            }
        }
    }
}
