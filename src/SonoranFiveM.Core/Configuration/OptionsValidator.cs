using System;
using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Cad;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Checks the bound options against the product's rules, collecting every problem at once.</summary>
    internal sealed partial class OptionsValidator
    {
        private readonly SonoranOptions _o;
        private readonly IReadOnlyDictionary<string, OptionOrigin> _origins;
        private readonly List<OptionsError> _errors;
        private readonly List<OptionsWarning> _warnings;
        private readonly bool _communityIdOptionalOnV2;
        private readonly IReadOnlyDictionary<int, string> _legacyCallPaths;

        /// <param name="legacyCallPaths">Where the owner wrote call command entries read from the old keys (see <see cref="LegacyCallCommands"/>).</param>
        public OptionsValidator(SonoranOptions options, IReadOnlyDictionary<string, OptionOrigin> origins, List<OptionsError> errors, List<OptionsWarning> warnings,
            bool communityIdOptionalOnV2 = false, IReadOnlyDictionary<int, string>? legacyCallPaths = null)
        {
            _legacyCallPaths = legacyCallPaths ?? new Dictionary<int, string>();
            _communityIdOptionalOnV2 = communityIdOptionalOnV2;
            _o = options;
            _origins = origins;
            _errors = errors;
            _warnings = warnings;
        }

        public void Validate()
        {
            CheckBounds(_o, "");
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
            if (_o.Location.KeepAliveSeconds < Math.Max(5, _o.Location.IntervalSeconds))
            {
                Bad("location.keepAliveSeconds", ScalarConverter.Format(_o.Location.KeepAliveSeconds),
                    $"is not allowed; use a whole number of seconds ≥ location.intervalSeconds ({Math.Max(5, _o.Location.IntervalSeconds)})");
            }

            ValidateVehicleModels();
        }

        private void ValidateVehicleModels()
        {
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

        private void ValidateStorage()
        {
            if (_o.Postals.Resource.Length == 0 && _o.Postals.File.Length == 0)
            {
                _warnings.Add(new OptionsWarning("postals.resource", "postals.resource is empty, so calls and locations are sent without a postal code"));
            }

            var path = _o.Outbox.Path;
            if (string.IsNullOrWhiteSpace(path) || System.IO.Path.IsPathRooted(path) || path.Split('/', '\\').Contains(".."))
            {
                Bad("outbox.path", ScalarConverter.Format(path), "is not allowed; use a file name inside the resource folder, e.g. \"outbox.jsonl\"");
            }
        }

        /// <summary>Checks every number against its <see cref="BoundsAttribute"/>, through sections, map entries and list items.</summary>
        private void CheckBounds(object section, string path)
        {
            foreach (var option in OptionProperty.Of(section.GetType()))
            {
                var keyPath = path.Length == 0 ? option.Key : path + "." + option.Key;
                var value = option.GetValue(section);
                if (option.Bounds != null && value != null && !option.Bounds.Contains(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)))
                {
                    Bad(keyPath, ScalarConverter.Format(value), "is not allowed; " + option.Bounds.Fix);
                }
                else if (option.Kind == OptionKind.Section)
                {
                    CheckBounds(value!, keyPath);
                }
                else if (option.ElementType != null && OptionProperty.IsSectionType(option.ElementType))
                {
                    var items = value is System.Collections.IDictionary map
                        ? map.Keys.Cast<string>().Select(key => (Path: keyPath + "." + key, Item: map[key]!))
                        : ((System.Collections.IList)value!).Cast<object>().Select((item, i) => (Path: $"{keyPath}[{i}]", Item: item));
                    foreach (var (itemPath, item) in items)
                    {
                        CheckBounds(item, itemPath);
                    }
                }
            }
        }

        private void AtLeast(string path, int value, int min, string fix)
        {
            if (value < min)
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
            _errors.Add(new OptionsError(path, origin, $"{path}{origin.Where()} is not set; {fix}", NotSet: true));
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
