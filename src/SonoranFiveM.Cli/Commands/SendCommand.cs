using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SonoranFiveM.Cli.Settings;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Http;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary><c>send</c>: one CAD operation through the CAD client (no dispatcher, no outbox), with its answer or classified failure.</summary>
    public sealed class SendCommand : ICommand
    {
        private static readonly string[] Operations = { "911", "heartbeat", "record", "location", "panic", "status", "version" };

        public string Name => "send";

        public string Summary => "Send one operation to the CAD (911, heartbeat, record, location, panic, status, version).";

        public string Usage =>
            "Usage: sonoran-fivem send <operation> [options] [settings]\n" +
            "\n" +
            "Operations:\n" +
            "  911 --caller NAME --location TEXT --description TEXT [--non-emergency] [--minutes N]\n" +
            "  heartbeat --players N\n" +
            "  record --template NAME [--value key=value ...] [--owner ID] [--minutes N]\n" +
            "  record --type-id N --field uid=value [--field ...] [--owner ID] [--minutes N]\n" +
            "  location --user ID --x X --y Y [--z Z] [--heading DEG] [--location TEXT]\n" +
            "  panic --user ID [--off]\n" +
            "  status --user ID --status NAME|CODE\n" +
            "  version\n" +
            "\n" +
            "Settings (config.json, then sonoran_* environment variables, then these):\n" +
            "  --config PATH        the resource's config.json (default ./config.json; optional)\n" +
            "  --cad-url URL        API address\n" +
            "  --api-key KEY        API key (never printed)\n" +
            "  --community-id ID    community id (needed for v1 only)\n" +
            "  --server-id N        server id\n" +
            "\n" +
            "Template values: caller, location, postal, description, playerName, args (space-separated), time.\n" +
            "Prints the CAD's answer, or the failure (kind, message, request id). Exit code 0 only when the CAD accepted.";

        public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
        {
            if (args.Count == 0 || args[0] is "--help" or "-h")
            {
                if (args.Count == 0) throw new UsageException("Name an operation: " + string.Join(", ", Operations) + ".");
                await context.Out.WriteLineAsync(Usage);
                return ExitCodes.Ok;
            }

            var operation = args[0];
            if (!Operations.Contains(operation, StringComparer.Ordinal))
                throw new UsageException($"Unknown operation '{operation}'; use one of {string.Join(", ", Operations)}.");

            var reader = new ArgReader(args.Skip(1).ToArray(), CliSettings.ValueOptions.Concat(new[]
            {
                "--caller", "--location", "--description", "--minutes", "--players", "--template", "--value", "--type-id", "--field", "--owner",
                "--user", "--x", "--y", "--z", "--heading", "--status",
            }), new[] { "--non-emergency", "--off", "--help" });
            if (reader.Has("--help"))
            {
                await context.Out.WriteLineAsync(Usage);
                return ExitCodes.Ok;
            }

            var settings = CliSettings.Load(reader, Environment.GetEnvironmentVariable, communityIdOptional: true);
            if (settings.ConfigError != null)
            {
                await context.Error.WriteLineAsync($"error: {settings.ConfigPath} could not be read: {settings.ConfigError}");
                return ExitCodes.Failed;
            }

            if (settings.Options == null)
            {
                foreach (var error in settings.Loaded.Errors) await context.Error.WriteLineAsync(settings.Redactor.Redact("error: " + error.Message));
                await context.Error.WriteLineAsync("error: the settings are not valid; fix them, or pass --cad-url and --api-key.");
                return ExitCodes.Failed;
            }

            var options = settings.Options;
            using var http = new HttpClient();
            var cad = new CadApiFactory(new HttpClientTransport(http), otherSecrets: settings.Loaded.Secrets).Create(settings.CadClient());
            var token = context.Cancellation;

            CadResult result;
            string answer;
            switch (operation)
            {
                case "911":
                {
                    var call = new EmergencyCall(!reader.Has("--non-emergency"), Required(reader, "--caller"), Required(reader, "--location"),
                        Required(reader, "--description"), reader.Has("--minutes") ? reader.GetInt("--minutes", 0, 1, 10_080) : options.Calls.DeleteAfterMinutes,
                        new Dictionary<string, string>(StringComparer.Ordinal));
                    var r = await cad.Create911CallAsync(call, token);
                    result = r;
                    answer = "call created, CAD call id " + r.Value;
                    break;
                }
                case "heartbeat":
                    result = await cad.SendHeartbeatAsync(reader.GetInt("--players", -1, 0, 100_000) is var n && n >= 0 ? n : throw new UsageException("heartbeat needs --players N."), token);
                    answer = "heartbeat accepted";
                    break;
                case "record":
                {
                    var request = BuildRecord(reader, options);
                    var r = await cad.CreateRecordsAsync(new[] { request }, token);
                    result = r;
                    answer = "record created, CAD record id " + (r.Value?.FirstOrDefault() ?? "(not given)") +
                             (request.DeleteAfterMinutes is { } m ? $"; the CAD deletes it after {m} minute(s)" : "");
                    break;
                }
                case "location":
                {
                    var user = Required(reader, "--user");
                    var x = (float)reader.GetDouble("--x", double.NaN, -100_000, 100_000);
                    var y = (float)reader.GetDouble("--y", double.NaN, -100_000, 100_000);
                    if (float.IsNaN(x) || float.IsNaN(y)) throw new UsageException("location needs --x and --y.");
                    var z = (float)reader.GetDouble("--z", 0, -100_000, 100_000);
                    var heading = (float)reader.GetDouble("--heading", 0, 0, 360);
                    var text = reader.GetNonEmpty("--location") ?? string.Format(CultureInfo.InvariantCulture, "{0:0.#}, {1:0.#}", x, y);
                    result = await cad.UpdateUnitLocationsAsync(new[] { new UnitLocation(user, text, x, y, z, heading) }, token);
                    answer = "location accepted for " + user;
                    break;
                }
                case "panic":
                {
                    var user = Required(reader, "--user");
                    var on = !reader.Has("--off");
                    result = await cad.SetUnitPanicAsync(user, on, token);
                    answer = "panic " + (on ? "on" : "off") + " accepted for " + user;
                    break;
                }
                case "status":
                {
                    var user = Required(reader, "--user");
                    var code = Status(Required(reader, "--status"), options.Commands.UnitStatuses);
                    result = await cad.SetUnitStatusAsync(user, code, token);
                    answer = "status " + code + " accepted for " + user;
                    break;
                }
                default:
                {
                    var r = await cad.GetVersionAsync(token);
                    result = r;
                    answer = "plan " + r.Value;
                    break;
                }
            }

            if (result.IsAccepted)
            {
                await context.Out.WriteLineAsync("OK: " + answer);
                return ExitCodes.Ok;
            }

            var failure = result.Failure!;
            await context.Out.WriteLineAsync(settings.Redactor.Redact(
                "FAILED: " + failure.Kind + ": " + failure.Message
                + (failure.StatusCode is { } s ? " (HTTP " + s + ")" : " (no answer)")
                + (failure.RetryAt is { } at ? "; retry at " + at.ToString("u", CultureInfo.InvariantCulture) : "")
                + "; request id " + (string.IsNullOrEmpty(failure.RequestId) ? "(none)" : failure.RequestId)));
            return ExitCodes.Failed;
        }

        private static string Required(ArgReader reader, string name) =>
            reader.GetNonEmpty(name) ?? throw new UsageException($"Option {name} is required for this operation.");

        private static int Status(string text, IReadOnlyDictionary<string, int> names)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return code;
            var match = names.FirstOrDefault(p => string.Equals(p.Key, text, StringComparison.OrdinalIgnoreCase));
            if (match.Key != null) return match.Value;
            throw new UsageException($"Unknown status '{text}'; use a code or one of {string.Join(", ", names.Keys)}.");
        }

        private static IReadOnlyDictionary<string, string> Pairs(ArgReader reader, string name)
        {
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in reader.GetAll(name))
            {
                var eq = item.IndexOf('=');
                if (eq <= 0) throw new UsageException($"Option {name} takes key=value; got '{item}'.");
                pairs[item[..eq]] = item[(eq + 1)..];
            }

            return pairs;
        }

        private static RecordRequest BuildRecord(ArgReader reader, Core.Configuration.SonoranOptions options)
        {
            var owner = reader.GetNonEmpty("--owner") ?? "sonoran-fivem-cli";
            int? minutes = reader.Has("--minutes") ? reader.GetInt("--minutes", 0, 1, options.Records.MaxMinutes) : null;
            if (reader.Has("--type-id"))
            {
                if (reader.Has("--template")) throw new UsageException("Use either --template or --type-id, not both.");
                var fields = Pairs(reader, "--field");
                if (fields.Count == 0) throw new UsageException("record --type-id needs at least one --field uid=value.");
                return RecordRequest.FromTemplate(owner, reader.GetInt("--type-id", 0, 1, int.MaxValue), fields, minutes);
            }

            var name = Required(reader, "--template");
            if (!options.Records.Templates.TryGetValue(name, out var template))
            {
                var known = options.Records.Templates.Count == 0 ? "none are configured" : "known: " + string.Join(", ", options.Records.Templates.Keys);
                throw new UsageException($"No record template '{name}' in records.templates ({known}); or use --type-id N --field uid=value.");
            }

            var values = Pairs(reader, "--value");
            string? Value(string key) => values.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
            var placeholders = new PlaceholderValues
            {
                Caller = Value("caller"),
                Location = Value("location"),
                Postal = Value("postal"),
                Description = Value("description"),
                PlayerName = Value("playerName"),
                Args = Value("args")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>(),
                Time = DateTimeOffset.UtcNow,
            };

            var compiled = Core.Records.RecordServiceOptions.TemplatesFrom(options.Records).First(t => t.Name == name);
            var expansion = TemplateExpander.Expand(compiled, placeholders);
            if (!expansion.Succeeded)
                throw new UsageException($"Template '{name}': " + string.Join("; ", expansion.Errors) + " (give values with --value key=value).");
            var replace = expansion.Values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            return RecordRequest.FromTemplate(owner, template.RecordTypeId, replace, minutes ?? template.DefaultMinutes);
        }
    }
}
