using System.Net.Http;
using SonoranFiveM.Cli.Settings;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary><c>send</c>: one CAD operation through the CAD client (no dispatcher, no outbox), with its answer or classified failure.</summary>
    internal static class SendCommand
    {
        private static readonly string[] Operations = { "911", "heartbeat", "record", "location", "panic", "status", "version" };

        /// <summary>Every option of <c>send</c>, declared once.</summary>
        private sealed class Declared
        {
            public readonly Argument<string> Operation = new("operation") { Description = "one of " + string.Join(", ", Operations), HelpName = "operation" };
            public readonly SettingsOptions Settings = new();
            public readonly Option<string?> Caller = CliOptions.Text("--caller", "NAME", "911: the caller's name");
            public readonly Option<string?> Location = CliOptions.Text("--location", "TEXT", "911: where; location: the text the CAD shows");
            public readonly Option<string?> Description = CliOptions.Text("--description", "TEXT", "911: what happened");
            public readonly Option<bool> NonEmergency = CliOptions.Flag("--non-emergency", "911: send it as a 311 call");
            public readonly Option<int?> Minutes = CliOptions.OptionalInt("--minutes", "N", "911, record: minutes until the CAD deletes it", 1, 10_080);
            public readonly Option<int?> Players = CliOptions.OptionalInt("--players", "N", "heartbeat: players online", 0, 100_000);
            public readonly Option<string?> Template = CliOptions.Text("--template", "NAME", "record: a template from records.templates");
            public readonly Option<IReadOnlyDictionary<string, string>> Values = CliOptions.Pairs("--value", "key=value",
                "record: a template value (caller, location, postal, description, playerName, args, time); repeatable");
            public readonly Option<int?> TypeId = CliOptions.OptionalInt("--type-id", "N", "record: the CAD record type id, instead of a template", 1, int.MaxValue);
            public readonly Option<IReadOnlyDictionary<string, string>> Fields = CliOptions.Pairs("--field", "uid=value", "record: a field for --type-id; repeatable");
            public readonly Option<string?> Owner = CliOptions.Text("--owner", "ID", "record: the owner's communityUserId");
            public readonly Option<string?> User = CliOptions.Text("--user", "ID", "location, panic, status: the unit's communityUserId");
            public readonly Option<double?> X = CliOptions.OptionalNumber("--x", "X", "location: map x", -100_000, 100_000);
            public readonly Option<double?> Y = CliOptions.OptionalNumber("--y", "Y", "location: map y", -100_000, 100_000);
            public readonly Option<double?> Z = CliOptions.OptionalNumber("--z", "Z", "location: map z (default 0)", -100_000, 100_000);
            public readonly Option<double?> Heading = CliOptions.OptionalNumber("--heading", "DEG", "location: heading (default 0)", 0, 360);
            public readonly Option<bool> Off = CliOptions.Flag("--off", "panic: clear it");
            public readonly Option<string?> Status = CliOptions.Text("--status", "NAME|CODE", "status: a name from commands.unitStatuses or a code");

            public Command Command()
            {
                var command = new Command("send",
                    "Send one operation to the CAD (911, heartbeat, record, location, panic, status, version). Settings: config.json, " +
                    "then sonoran_* environment variables, then the options. Exit code 0 only when the CAD accepted.")
                {
                    Operation, Caller, Location, Description, NonEmergency, Minutes, Players, Template, Values, TypeId, Fields, Owner,
                    User, X, Y, Z, Heading, Off, Status,
                };
                Operation.AcceptOnlyFromAmong(Operations);
                Settings.AddTo(command);
                return command;
            }
        }

        public static Command Create(CommandContext context)
        {
            var declared = new Declared();
            var command = declared.Command();
            command.SetAction((parsed, _) => RunAsync(parsed, declared, context));
            return command;
        }

        private static async Task<int> RunAsync(ParseResult parsed, Declared d, CommandContext context)
        {
            var operation = parsed.GetValue(d.Operation)!;
            var settings = CliSettings.Load(d.Settings.Read(parsed), Environment.GetEnvironmentVariable, communityIdOptional: true);
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
                    var call = new EmergencyCall(!parsed.GetValue(d.NonEmergency), Required(parsed, d.Caller), Required(parsed, d.Location),
                        Required(parsed, d.Description), parsed.GetValue(d.Minutes) ?? options.Calls.DeleteAfterMinutes,
                        new Dictionary<string, string>(StringComparer.Ordinal));
                    var r = await cad.Create911CallAsync(call, token);
                    result = r;
                    answer = "call created, CAD call id " + r.Value;
                    break;
                }
                case "heartbeat":
                    result = await cad.SendHeartbeatAsync(parsed.GetValue(d.Players) ?? throw new UsageException("heartbeat needs --players N."), token);
                    answer = "heartbeat accepted";
                    break;
                case "record":
                {
                    var request = BuildRecord(parsed, d, options);
                    var r = await cad.CreateRecordsAsync(new[] { request }, token);
                    result = r;
                    answer = "record created, CAD record id " + (r.Value?.FirstOrDefault() ?? "(not given)") +
                             (request.DeleteAfterMinutes is { } m ? $"; the CAD deletes it after {m} minute(s)" : "");
                    break;
                }
                case "location":
                {
                    var user = Required(parsed, d.User);
                    if (parsed.GetValue(d.X) is not { } xValue || parsed.GetValue(d.Y) is not { } yValue) throw new UsageException("location needs --x and --y.");
                    var x = (float)xValue;
                    var y = (float)yValue;
                    var z = (float)(parsed.GetValue(d.Z) ?? 0);
                    var heading = (float)(parsed.GetValue(d.Heading) ?? 0);
                    var text = parsed.GetValue(d.Location) ?? string.Format(CultureInfo.InvariantCulture, "{0:0.#}, {1:0.#}", x, y);
                    result = await cad.UpdateUnitLocationsAsync(new[] { new UnitLocation(user, text, x, y, z, heading) }, token);
                    answer = "location accepted for " + user;
                    break;
                }
                case "panic":
                {
                    var user = Required(parsed, d.User);
                    var on = !parsed.GetValue(d.Off);
                    result = await cad.SetUnitPanicAsync(user, on, token);
                    answer = "panic " + (on ? "on" : "off") + " accepted for " + user;
                    break;
                }
                case "status":
                {
                    var user = Required(parsed, d.User);
                    var code = Status(Required(parsed, d.Status), options.Commands.UnitStatuses);
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

        private static string Required(ParseResult parsed, Option<string?> option) =>
            parsed.GetValue(option) ?? throw new UsageException($"Option {option.Name} is required for this operation.");

        private static int Status(string text, IReadOnlyDictionary<string, int> names)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return code;
            var match = names.FirstOrDefault(p => string.Equals(p.Key, text, StringComparison.OrdinalIgnoreCase));
            if (match.Key != null) return match.Value;
            throw new UsageException($"Unknown status '{text}'; use a code or one of {string.Join(", ", names.Keys)}.");
        }

        private static RecordRequest BuildRecord(ParseResult parsed, Declared d, Core.Configuration.SonoranOptions options)
        {
            var owner = parsed.GetValue(d.Owner) ?? "sonoran-fivem-cli";
            var minutes = parsed.GetValue(d.Minutes);
            if (minutes > options.Records.MaxMinutes)
                throw new UsageException($"Option --minutes must be a whole number from 1 to {options.Records.MaxMinutes} (records.maxMinutes) for a record; got '{minutes}'.");
            if (parsed.GetValue(d.TypeId) is { } typeId)
            {
                if (parsed.GetValue(d.Template) != null) throw new UsageException("Use either --template or --type-id, not both.");
                var fields = parsed.GetValue(d.Fields)!;
                if (fields.Count == 0) throw new UsageException("record --type-id needs at least one --field uid=value.");
                return RecordRequest.FromTemplate(owner, typeId, fields, minutes);
            }

            var name = Required(parsed, d.Template);
            if (!options.Records.Templates.TryGetValue(name, out var template))
            {
                var known = options.Records.Templates.Count == 0 ? "none are configured" : "known: " + string.Join(", ", options.Records.Templates.Keys);
                throw new UsageException($"No record template '{name}' in records.templates ({known}); or use --type-id N --field uid=value.");
            }

            var values = parsed.GetValue(d.Values)!;
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
