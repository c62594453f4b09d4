using System;
using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Cad;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Checks the bound options against the product's rules, collecting every problem at once.</summary>
    internal sealed class OptionsValidator
    {
        private readonly SonoranOptions _o;
        private readonly IReadOnlyDictionary<string, OptionOrigin> _origins;
        private readonly List<OptionsError> _errors;
        private readonly List<OptionsWarning> _warnings;
        private readonly bool _communityIdOptionalOnV2;

        public OptionsValidator(SonoranOptions options, IReadOnlyDictionary<string, OptionOrigin> origins, List<OptionsError> errors, List<OptionsWarning> warnings,
            bool communityIdOptionalOnV2 = false)
        {
            _communityIdOptionalOnV2 = communityIdOptionalOnV2;
            _o = options;
            _origins = origins;
            _errors = errors;
            _warnings = warnings;
        }

        public void Validate()
        {
            ValidateConnection();
            ValidateRateLimits();
            ValidatePacing();
            ValidateCommands();
            ValidateStorage();
            ValidateRecords();
            ValidateMirrors();
        }

        private void ValidateConnection()
        {
            if (string.IsNullOrWhiteSpace(_o.CommunityId))
            {
                // The v2 API does not use the community id, so a one-off v2 call may go without it.
                if (!(_communityIdOptionalOnV2 && _o.ApiVersion == ApiVersion.V2))
                {
                    Missing("communityId",
                        "set \"communityId\" in config.json or add set sonoran_communityId \"your-community-id\" to server.cfg (the id is shown in the Sonoran CAD admin panel next to the API key)");
                }
            }
            else if (_o.CommunityId.Any(char.IsWhiteSpace))
            {
                Bad("communityId", ScalarConverter.Format(_o.CommunityId), "contains spaces; copy the community id again from the Sonoran CAD admin panel");
            }

            if (string.IsNullOrEmpty(_o.ApiKey))
            {
                Missing("apiKey",
                    "add set sonoran_apiKey \"your-api-key\" to server.cfg (preferred: the same convar Sonoran's own resource reads, kept out of resource files) or set \"apiKey\" in config.json");
            }
            else if (_o.ApiKey.Any(char.IsWhiteSpace))
            {
                Bad("apiKey", "(hidden)", "contains spaces or line breaks; copy the API key again from the Sonoran CAD admin panel");
            }
            else if (Origin("apiKey").Source == OptionSource.ConfigFile)
            {
                _warnings.Add(new OptionsWarning("apiKey",
                    "apiKey is stored in config.json; prefer set sonoran_apiKey \"…\" in server.cfg so the key stays out of resource files and backups"));
            }

            AtLeast("serverId", _o.ServerId, 1, "use the id the CAD gives this game server in its server list, usually 1");

            if (_o.BaseUrl.Length > 0 && UrlProblem(_o.BaseUrl, httpsOnly: false) is string baseUrlProblem)
            {
                Bad("baseUrl", ScalarConverter.Format(_o.BaseUrl),
                    $"{baseUrlProblem}; use e.g. \"{SonoranOptions.ProductionBaseUrl}\", or leave it empty to use the environment setting");
            }

            if (string.IsNullOrWhiteSpace(_o.PrimaryIdentifier) || _o.PrimaryIdentifier.Contains(":") || _o.PrimaryIdentifier.Any(char.IsWhiteSpace))
            {
                Bad("primaryIdentifier", ScalarConverter.Format(_o.PrimaryIdentifier),
                    "is not an identifier type; use one of license, license2, steam, discord, fivem, xbl, live (without the colon)");
            }

            Between("requestTimeoutSeconds", _o.RequestTimeoutSeconds, 1, 120, "use a whole number of seconds from 1 to 120");
        }

        private void ValidateRateLimits()
        {
            if (!IsShare(_o.RateLimitShare))
            {
                Bad("rateLimitShare", ScalarConverter.Format(_o.RateLimitShare),
                    "is not allowed; use a number greater than 0 and at most 1 (e.g. 0.5 when two servers share one API key)");
            }

            var endpointKeys = Enum.GetValues(typeof(CadEndpoint)).Cast<CadEndpoint>().Select(SonoranOptions.EndpointKey).ToList();
            foreach (var pair in _o.RateLimitShares)
            {
                var path = "rateLimitShares." + pair.Key;
                if (!endpointKeys.Contains(pair.Key))
                {
                    var suggestion = KeySuggester.Suggest(pair.Key, endpointKeys);
                    Bad(path, ScalarConverter.Format(pair.Key),
                        "is not an endpoint name; " + (suggestion != null ? $"did you mean \"{suggestion}\"? " : "") + "use one of " + string.Join(", ", endpointKeys));
                }
                else if (!IsShare(pair.Value))
                {
                    Bad(path, ScalarConverter.Format(pair.Value), "is not allowed; use a number greater than 0 and at most 1");
                }
            }
        }

        private void ValidatePacing()
        {
            AtLeast("location.intervalSeconds", _o.Location.IntervalSeconds, 5,
                "use a whole number of seconds ≥ 5 (unit locations are limited to 12 per minute)");
            AtLeastNumber("location.distanceThreshold", _o.Location.DistanceThreshold, 0, "use a distance in metres ≥ 0 (0 sends every movement)");
            if (!(_o.Location.HeadingThreshold >= 0 && _o.Location.HeadingThreshold <= 180))
            {
                Bad("location.headingThreshold", ScalarConverter.Format(_o.Location.HeadingThreshold), "is not allowed; use degrees from 0 to 180");
            }

            if (_o.Location.KeepAliveSeconds < Math.Max(5, _o.Location.IntervalSeconds))
            {
                Bad("location.keepAliveSeconds", ScalarConverter.Format(_o.Location.KeepAliveSeconds),
                    $"is not allowed; use a whole number of seconds ≥ location.intervalSeconds ({Math.Max(5, _o.Location.IntervalSeconds)})");
            }

            ValidateVehicleModels();

            AtLeast("heartbeat.intervalSeconds", _o.Heartbeat.IntervalSeconds, 6,
                "use a whole number of seconds ≥ 6 (heartbeats are limited to 10 per minute)");
            AtLeast("roster.pollIntervalSeconds", _o.Roster.PollIntervalSeconds, 20,
                "use a whole number of seconds ≥ 20 (active units are limited to 3 per minute)");

            AtLeast("calls.deleteAfterMinutes", _o.Calls.DeleteAfterMinutes, 1, "use a whole number of minutes ≥ 1");
            if (_o.Calls.MaxAgeMinutes.HasValue)
            {
                AtLeast("calls.maxAgeMinutes", _o.Calls.MaxAgeMinutes.Value, 1, "use a whole number of minutes ≥ 1, or null to use calls.deleteAfterMinutes");
            }

            Between("calls.replyWaitSeconds", _o.Calls.ReplyWaitSeconds, 0, 60, "use a whole number of seconds from 0 to 60");
            Between("calls.sharedCooldownSeconds", _o.Calls.SharedCooldownSeconds, 0, 3600, "use a whole number of seconds from 0 to 3600 (0 turns it off)");
            Between("calls.maxQueuedNonEmergency", _o.Calls.MaxQueuedNonEmergency, 1, 10000, "use a whole number of calls from 1 to 10000");
            AtLeast("dispatch.staleUnitUpdateMinutes", _o.Dispatch.StaleUnitUpdateMinutes, 1, "use a whole number of minutes ≥ 1");
            if (_o.Dispatch.MaxQueueLength.HasValue)
            {
                AtLeast("dispatch.maxQueueLength", _o.Dispatch.MaxQueueLength.Value, 1, "use a whole number ≥ 1, or null to keep each endpoint's own bound");
            }
        }

        private void ValidateVehicleModels()
        {
            if (!(_o.Location.VehicleHeadingOffset >= -360 && _o.Location.VehicleHeadingOffset <= 360))
            {
                Bad("location.vehicleHeadingOffset", ScalarConverter.Format(_o.Location.VehicleHeadingOffset), "is not allowed; use degrees from -360 to 360");
            }

            foreach (var pair in _o.Location.VehicleModels)
            {
                var path = "location.vehicleModels." + pair.Key;
                var name = pair.Key.Trim();
                if (name.Length == 0 || name.Length > 64 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
                {
                    Bad(path, ScalarConverter.Format(pair.Key), "is not a vehicle model name; use the spawn name, e.g. \"police3\"");
                }
                else if (long.TryParse(name, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    Bad(path, ScalarConverter.Format(pair.Key), "is a model hash; use the vehicle's spawn name (the hash is worked out from it)");
                }

                var model = pair.Value ?? string.Empty;
                if (model.Length > 300 || model.Any(char.IsControl))
                {
                    Bad(path, ScalarConverter.Format(model), "is not a CAD model; use a model name such as \"police3\" (at most 300 characters), or \"\" to send the game name");
                }
                else if (model.Trim().Length > 0 && long.TryParse(model.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    Bad(path, ScalarConverter.Format(model), "is a number; the CAD's live map needs a model name such as \"police3\"");
                }
            }
        }

        private void ValidateCommands()
        {
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var builtIns = new[]
            {
                ("commands.emergency", _o.Commands.Emergency),
                ("commands.nonEmergency", _o.Commands.NonEmergency),
                ("commands.panic", _o.Commands.Panic),
                ("commands.status", _o.Commands.Status),
            };
            foreach (var (path, command) in builtIns)
            {
                Command(path, command.Name, command.Enabled, command.Ace, command.CooldownSeconds, command.MaxLength, names);
            }

            if (_o.Commands.UnitStatuses.Count == 0)
            {
                Bad("commands.unitStatuses", "{}", "is empty, so the status command could set nothing; list at least one status, e.g. { \"AVAILABLE\": 2 }");
            }

            foreach (var pair in _o.Commands.UnitStatuses)
            {
                var path = "commands.unitStatuses." + pair.Key;
                if (pair.Key.Length == 0 || pair.Key.Any(char.IsWhiteSpace))
                {
                    Bad(path, ScalarConverter.Format(pair.Key), "is not a usable status name; use one word players can type, e.g. ON_SCENE");
                }

                AtLeast(path, pair.Value, 0, "use the CAD's status code, a whole number ≥ 0");
            }

            Between("commands.invalidCommandLimit", _o.Commands.InvalidCommandLimit, 0, 1000, "use a whole number from 0 to 1000 (0 turns the limit off)");
            Between("commands.invalidCommandWindowSeconds", _o.Commands.InvalidCommandWindowSeconds, 1, 3600, "use a whole number of seconds from 1 to 3600");

            if (string.IsNullOrWhiteSpace(_o.Commands.AdminAce))
            {
                Bad("commands.adminAce", "\"\"", "would let every player run the admin command; use an ACE such as \"sonoran.admin\"");
            }
            else
            {
                Ace("commands.adminAce", _o.Commands.AdminAce);
            }

            for (var i = 0; i < _o.Records.Commands.Count; i++)
            {
                var command = _o.Records.Commands[i];
                Command($"records.commands[{i}]", command.Name, command.Enabled, command.Ace, command.CooldownSeconds, command.MaxLength, names);
            }
        }

        private void Command(string path, string name, bool enabled, string ace, int cooldown, int maxLength, Dictionary<string, string> taken)
        {
            if (string.IsNullOrWhiteSpace(name) || name.StartsWith("/", StringComparison.Ordinal) || name.Any(char.IsWhiteSpace))
            {
                Bad(path + ".name", ScalarConverter.Format(name), "is not a usable command name; use one word without the slash, e.g. \"911\"");
            }
            else if (enabled)
            {
                if (taken.TryGetValue(name, out var other))
                {
                    Bad(path + ".name", ScalarConverter.Format(name), $"is already used by {other}; give each command its own name");
                }
                else
                {
                    taken[name] = path;
                }
            }

            Ace(path + ".ace", ace);
            AtLeast(path + ".cooldownSeconds", cooldown, 0, "use a whole number of seconds ≥ 0 (0 turns the cooldown off)");
            Between(path + ".maxLength", maxLength, 1, 2000, "use a whole number of characters from 1 to 2000");
        }

        private void Ace(string path, string ace)
        {
            if (ace.Any(char.IsWhiteSpace))
            {
                Bad(path, ScalarConverter.Format(ace), "is not an ACE name; use one word such as \"sonoran.unit\", or \"\" for everyone");
            }
        }

        private void ValidateStorage()
        {
            if (_o.Postals.Resource.Length == 0 && _o.Postals.File.Length == 0)
            {
                _warnings.Add(new OptionsWarning("postals.resource", "postals.resource is empty, so calls and locations are sent without a postal code"));
            }

            Between("streets.maxLength", _o.Streets.MaxLength, 1, 256, "use a whole number of characters from 1 to 256");

            var path = _o.Outbox.Path;
            if (string.IsNullOrWhiteSpace(path) || System.IO.Path.IsPathRooted(path) || path.Split('/', '\\').Contains(".."))
            {
                Bad("outbox.path", ScalarConverter.Format(path), "is not allowed; use a file name inside the resource folder, e.g. \"outbox.jsonl\"");
            }

            AtLeast("outbox.maxEntries", _o.Outbox.MaxEntries, 1, "use a whole number ≥ 1");
        }

        private void ValidateRecords()
        {
            var records = _o.Records;
            AtLeast("records.maxMinutes", records.MaxMinutes, 1, "use a whole number of minutes ≥ 1");
            var templateNames = records.Templates.Keys.ToList();
            foreach (var pair in records.Templates)
            {
                var path = "records.templates." + pair.Key;
                var template = pair.Value;
                AtLeast(path + ".recordTypeId", template.RecordTypeId, 1, "use the id of the record template in Sonoran CAD, a whole number ≥ 1");
                if (template.Fields.Count == 0)
                {
                    _warnings.Add(new OptionsWarning(path + ".fields", $"{path}.fields is empty, so records from this template carry no text"));
                }

                Between(path + ".defaultMinutes", template.DefaultMinutes, 1, Math.Max(1, records.MaxMinutes),
                    $"use a whole number of minutes from 1 to records.maxMinutes ({records.MaxMinutes})");
                for (var i = 0; i < template.Mirrors.Count; i++)
                {
                    var mirror = template.Mirrors[i];
                    if (!MirrorsOptions.Names.Contains(mirror))
                    {
                        Bad($"{path}.mirrors[{i}]", ScalarConverter.Format(mirror), "is not a mirror; use " + string.Join(" or ", MirrorsOptions.Names.Select(n => "\"" + n + "\"")));
                    }
                    else if (!_o.Mirrors.IsEnabled(mirror))
                    {
                        _warnings.Add(new OptionsWarning($"{path}.mirrors[{i}]",
                            $"{path}.mirrors lists \"{mirror}\" but mirrors.{mirror}.enabled is false, so records are not copied there"));
                    }
                }
            }

            for (var i = 0; i < records.Commands.Count; i++)
            {
                var command = records.Commands[i];
                var path = $"records.commands[{i}]";
                TemplateReference(path + ".template", command.Template, templateNames, required: true);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var argument in command.Arguments)
                {
                    if (argument.Length == 0 || argument.Any(c => char.IsWhiteSpace(c) || c == '{' || c == '}') || !seen.Add(argument))
                    {
                        Bad(path + ".arguments", ScalarConverter.Format(argument), "is not a usable argument name; use distinct single words, e.g. [\"plate\", \"reason\"]");
                    }
                }
            }

            TemplateReference("records.log911Template", records.Log911Template, templateNames, required: false);
        }

        private void TemplateReference(string path, string name, List<string> templateNames, bool required)
        {
            if (name.Length == 0)
            {
                if (required)
                {
                    Bad(path, "\"\"", "is empty; name a template from records.templates");
                }

                return;
            }

            if (!templateNames.Contains(name))
            {
                var suggestion = KeySuggester.Suggest(name, templateNames);
                var fix = suggestion != null
                    ? $"did you mean \"{suggestion}\"?"
                    : templateNames.Count == 0
                        ? "add the template under records.templates first"
                        : "use one of " + string.Join(", ", templateNames.Select(n => "\"" + n + "\""));
                Bad(path, ScalarConverter.Format(name), "is not a template in records.templates; " + fix);
            }
        }

        private void ValidateMirrors()
        {
            var tines = _o.Mirrors.Tines;
            if (tines.Enabled)
            {
                if (UrlProblem(tines.TenantUrl, httpsOnly: true) is string tinesProblem)
                {
                    Bad("mirrors.tines.tenantUrl", ScalarConverter.Format(tines.TenantUrl), tinesProblem + "; use your tenant address, e.g. \"https://your-tenant.tines.com\"");
                }

                SecretRequired("mirrors.tines.apiKey", tines.ApiKey, "a Tines API key");
                AtLeast("mirrors.tines.recordTypeId", tines.RecordTypeId, 1, "use the id of the Tines record type, a whole number ≥ 1");
                if (tines.FieldMap.Count == 0)
                {
                    Bad("mirrors.tines.fieldMap", "{}", "is empty, so nothing would be copied; map template fields to Tines field ids, e.g. { \"plate\": \"12\" }");
                }
            }

            Between("mirrors.tines.ratePerMinute", tines.RatePerMinute, 1, 400, "use a whole number from 1 to 400 (Tines allows 400 record requests per minute)");

            var quickblox = _o.Mirrors.Quickblox;
            if (quickblox.Enabled)
            {
                if (UrlProblem(quickblox.ApiUrl, httpsOnly: true) is string quickbloxProblem)
                {
                    Bad("mirrors.quickblox.apiUrl", ScalarConverter.Format(quickblox.ApiUrl), quickbloxProblem + "; use \"https://api.quickblox.com\" or your enterprise API host");
                }

                SecretRequired("mirrors.quickblox.apiKey", quickblox.ApiKey, "a QuickBlox server API key");
                if (string.IsNullOrWhiteSpace(quickblox.ClassName) || quickblox.ClassName.Any(c => char.IsWhiteSpace(c) || c == '/'))
                {
                    Bad("mirrors.quickblox.className", ScalarConverter.Format(quickblox.ClassName), "is not a class name; use the name of your custom object class, e.g. \"TempRecord\"");
                }

                if (quickblox.FieldMap.Count == 0)
                {
                    Bad("mirrors.quickblox.fieldMap", "{}", "is empty, so nothing would be copied; map template fields to class fields, e.g. { \"plate\": \"plate\" }");
                }
            }

            AtLeast("mirrors.quickblox.ratePerMinute", quickblox.RatePerMinute, 1, "use a whole number ≥ 1 that fits your QuickBlox plan");
        }

        private void SecretRequired(string path, string value, string what)
        {
            var convar = ConvarNames.For(path);
            if (string.IsNullOrEmpty(value))
            {
                Missing(path, $"add set {convar} \"…\" to server.cfg (preferred) or set it in config.json; the mirror needs {what}");
            }
            else if (value.Any(char.IsWhiteSpace))
            {
                Bad(path, "(hidden)", "contains spaces or line breaks; copy the key again");
            }
        }

        private void AtLeast(string path, int value, int min, string fix)
        {
            if (value < min)
            {
                Bad(path, ScalarConverter.Format(value), "is not allowed; " + fix);
            }
        }

        private void AtLeastNumber(string path, double value, double min, string fix)
        {
            if (!(value >= min) || double.IsInfinity(value))
            {
                Bad(path, ScalarConverter.Format(value), "is not allowed; " + fix);
            }
        }

        private void Between(string path, int value, int min, int max, string fix)
        {
            if (value < min || value > max)
            {
                Bad(path, ScalarConverter.Format(value), "is not allowed; " + fix);
            }
        }

        private void Bad(string path, string shownValue, string problemAndFix)
        {
            if (HasError(path))
            {
                return;
            }

            var origin = Origin(path);
            _errors.Add(new OptionsError(path, origin, $"{path}{origin.Where()}: {shownValue} {problemAndFix}"));
        }

        private void Missing(string path, string fix)
        {
            if (HasError(path))
            {
                return;
            }

            var origin = Origin(path);
            _errors.Add(new OptionsError(path, origin, $"{path}{origin.Where()} is not set; {fix}"));
        }

        /// <summary>True when the binder already reported this key (e.g. a wrong type), so a rule would only repeat it.</summary>
        private bool HasError(string path) => _errors.Any(e => e.Key == path);

        /// <summary>The origin of <paramref name="path"/>, or of its nearest parent that has one (map entries, list items).</summary>
        private OptionOrigin Origin(string path)
        {
            var current = path;
            while (current.Length > 0)
            {
                if (_origins.TryGetValue(current, out var origin))
                {
                    return origin;
                }

                var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
                current = cut > 0 ? current.Substring(0, cut) : "";
            }

            return OptionOrigin.Default;
        }

        private static bool IsShare(double share) => share > 0 && share <= 1;

        /// <summary>Null for an absolute http(s) URL that is only an address; otherwise what is wrong with it, as the start of a message.</summary>
        private static string? UrlProblem(string text, bool httpsOnly)
        {
            var scheme = httpsOnly ? "an https URL" : "an absolute http or https URL";
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
                || !(uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp))
                || uri.Host.Length == 0)
            {
                return "is not " + scheme;
            }

            if (!string.IsNullOrEmpty(uri.Query))
            {
                return "has a query string (" + ScalarConverter.ShowText(uri.Query).Trim('"') + "); the resource adds the API paths itself, so give only the address, without ?…";
            }

            return string.IsNullOrEmpty(uri.Fragment)
                ? null
                : "has a fragment (" + ScalarConverter.ShowText(uri.Fragment).Trim('"') + "); give only the address, without #…";
        }
    }
}
