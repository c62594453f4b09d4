using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Copies config.json values, then convar overrides, onto an options object, key by key, collecting every type
    /// problem instead of stopping at the first. A key that fails to bind keeps its default.
    /// </summary>
    internal sealed class OptionsBinder
    {
        private readonly Func<string, string?> _convar;
        private readonly List<OptionsError> _errors;
        private readonly List<OptionsWarning> _warnings;
        private readonly Dictionary<string, OptionOrigin> _origins;
        private readonly List<string> _secrets;

        public OptionsBinder(
            Func<string, string?> convar,
            List<OptionsError> errors,
            List<OptionsWarning> warnings,
            Dictionary<string, OptionOrigin> origins,
            List<string> secrets)
        {
            _convar = convar;
            _errors = errors;
            _warnings = warnings;
            _origins = origins;
            _secrets = secrets;
        }

        /// <summary>The longest convar value read (characters); a list or map of settings is far shorter.</summary>
        public const int MaxConvarLength = 65_536;

        /// <summary>The longest name an owner may give a map entry (a template, a status, an endpoint share).</summary>
        public const int MaxNameLength = 64;

        internal static readonly JsonLoadSettings LoadSettings = new JsonLoadSettings
        {
            LineInfoHandling = LineInfoHandling.Load,
            DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            CommentHandling = CommentHandling.Ignore,
        };

        /// <summary>Binds <paramref name="json"/> (may be null) onto <paramref name="target"/>; with <paramref name="fromConvarName"/> set, the JSON came from that convar.</summary>
        public void BindSection(object target, JObject? json, string path, bool useConvars, string? fromConvarName = null)
        {
            var properties = OptionProperty.Of(target.GetType());
            if (json != null)
            {
                WarnUnknownKeys(json, path, properties, fromConvarName);
            }

            foreach (var property in properties)
            {
                var keyPath = Join(path, property.Key);
                var token = json?[property.Key];
                if (token != null && token.Type == JTokenType.Null)
                {
                    token = null;
                    if (property.Kind == OptionKind.Scalar && Nullable.GetUnderlyingType(property.Type) != null)
                    {
                        property.Property.SetValue(target, null);
                        _origins[keyPath] = Origin(json![property.Key]!, fromConvarName);
                    }
                }

                switch (property.Kind)
                {
                    case OptionKind.Section:
                        var section = property.Property.GetValue(target)!;
                        JObject? sectionJson = null;
                        if (token is JObject obj)
                        {
                            sectionJson = obj;
                            _origins[keyPath] = Origin(obj, fromConvarName);
                        }
                        else if (token != null)
                        {
                            AddError(keyPath, Origin(token, fromConvarName),
                                $"{ScalarConverter.Show(token)} is {Found(token)}, but this key holds a group of settings; write an object in braces, e.g. \"{property.Key}\": {{ … }}");
                        }

                        BindSection(section, sectionJson, keyPath, useConvars, fromConvarName);
                        break;
                    case OptionKind.Scalar:
                        if (token != null)
                        {
                            BindScalarFromJson(target, property, keyPath, token, fromConvarName);
                        }

                        if (useConvars)
                        {
                            BindScalarFromConvar(target, property, keyPath);
                        }

                        break;
                    default:
                        if (token != null)
                        {
                            BindCollection(target, property, keyPath, token, fromConvarName);
                        }

                        if (useConvars)
                        {
                            BindCollectionFromConvar(target, property, keyPath);
                        }

                        break;
                }

                if (property.IsSecret && property.Property.GetValue(target) is string secret && secret.Length > 0)
                {
                    _secrets.Add(secret);
                }
            }
        }

        private void BindScalarFromJson(object target, OptionProperty property, string keyPath, JToken token, string? fromConvarName)
        {
            var origin = Origin(token, fromConvarName);
            if (ScalarConverter.TryFromJson(property.Type, token, out var value, out var found))
            {
                property.Property.SetValue(target, value);
                _origins[keyPath] = origin;
                return;
            }

            if (property.IsSecret && token.Type == JTokenType.String)
            {
                _secrets.Add((string)token!);
            }

            var shown = property.IsSecret ? "(hidden)" : ScalarConverter.Show(token);
            var example = property.IsSecret ? "" : ", e.g. " + ScalarConverter.Format(property.Property.GetValue(target));
            AddError(keyPath, origin, $"{shown} is {found}; write {ScalarConverter.Expectation(property.Type, forConvar: false)}{example}");
        }

        private void BindScalarFromConvar(object target, OptionProperty property, string keyPath)
        {
            var name = ConvarNames.For(keyPath);
            var text = _convar(name);
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var origin = OptionOrigin.Convar(name);
            if (TooLong(keyPath, name, text!, property.IsSecret))
            {
                return;
            }

            if (ScalarConverter.TryFromText(property.Type, text!, out var value))
            {
                property.Property.SetValue(target, value);
                _origins[keyPath] = origin;
                return;
            }

            var shown = property.IsSecret ? "(hidden)" : ScalarConverter.ShowText(text!);
            var example = property.IsSecret ? "" : $", e.g. set {name} {ConvarExample(property.Property.GetValue(target))}";
            AddError(keyPath, origin,
                $"{shown} is not {ScalarConverter.Expectation(property.Type, forConvar: true)}; set it to {ScalarConverter.Expectation(property.Type, forConvar: true)}{example}");
        }

        private void BindCollectionFromConvar(object target, OptionProperty property, string keyPath)
        {
            var name = ConvarNames.For(keyPath);
            var text = _convar(name);
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            if (TooLong(keyPath, name, text!, secret: false))
            {
                return;
            }

            var shape = property.Kind == OptionKind.Map ? "a JSON object, e.g. {\"NAME\": 1}" : "a JSON list, e.g. [\"a\", \"b\"]";
            JToken token;
            try
            {
                token = JToken.Parse(text!, LoadSettings);
            }
            catch (JsonReaderException ex)
            {
                AddError(keyPath, OptionOrigin.Convar(name),
                    $"{ScalarConverter.ShowText(text!)} is not valid JSON (column {ex.LinePosition}: {OptionsLoader.Reason(ex)}); set it to {shape}");
                return;
            }

            BindCollection(target, property, keyPath, token, name);
        }

        private void BindCollection(object target, OptionProperty property, string keyPath, JToken token, string? fromConvarName)
        {
            var origin = Origin(token, fromConvarName);
            var element = property.ElementType!;
            var isMap = property.Kind == OptionKind.Map;
            if (isMap ? !(token is JObject) : !(token is JArray))
            {
                var shape = isMap ? "an object in braces, e.g. { \"name\": … }" : "a list in brackets, e.g. [ … ]";
                AddError(keyPath, origin, $"{ScalarConverter.Show(token)} is {Found(token)}; write {shape}");
                return;
            }

            _origins[keyPath] = origin;
            var items = isMap
                ? ((JObject)token).Properties().Select(p => (Path: Join(keyPath, p.Name), Name: p.Name, Value: p.Value))
                : ((JArray)token).Select((v, i) => (Path: $"{keyPath}[{i}]", Name: "", Value: v));
            var values = new List<(string Name, object Value)>();
            foreach (var item in items)
            {
                var itemOrigin = Origin(item.Value, fromConvarName);
                if (item.Name.Length > MaxNameLength)
                {
                    AddError(Join(keyPath, ScalarConverter.ShortName(item.Name)), itemOrigin,
                        $"this name is {item.Name.Length} characters long; use a name of at most {MaxNameLength} characters");
                    continue;
                }

                if (OptionProperty.IsSectionType(element))
                {
                    if (!(item.Value is JObject itemJson))
                    {
                        AddError(item.Path, itemOrigin, $"{ScalarConverter.Show(item.Value)} is {Found(item.Value)}; write an object in braces, e.g. {{ … }}");
                        continue;
                    }

                    var section = Activator.CreateInstance(element)!;
                    _origins[item.Path] = itemOrigin;
                    BindSection(section, itemJson, item.Path, useConvars: false, fromConvarName);
                    values.Add((item.Name, section));
                }
                else if (ScalarConverter.TryFromJson(element, item.Value, out var value, out var found) && value != null)
                {
                    _origins[item.Path] = itemOrigin;
                    values.Add((item.Name, value));
                }
                else
                {
                    AddError(item.Path, itemOrigin, $"{ScalarConverter.Show(item.Value)} is {found}; write {ScalarConverter.Expectation(element, forConvar: false)}");
                }
            }

            // Clearing the existing instance keeps the default's key comparer (e.g. case-insensitive status names).
            var collection = property.Property.GetValue(target)!;
            if (isMap)
            {
                var map = (IDictionary)collection;
                map.Clear();
                foreach (var (name, value) in values)
                {
                    map[name] = value;
                }
            }
            else
            {
                var list = (IList)collection;
                list.Clear();
                foreach (var (_, value) in values)
                {
                    list.Add(value);
                }
            }
        }

        private void WarnUnknownKeys(JObject json, string path, IReadOnlyList<OptionProperty> properties, string? fromConvarName)
        {
            var known = properties.Select(p => p.Key).ToList();
            foreach (var jsonProperty in json.Properties())
            {
                var name = jsonProperty.Name;
                if (known.Contains(name, StringComparer.Ordinal) || name.StartsWith("_", StringComparison.Ordinal) || name.StartsWith("$", StringComparison.Ordinal))
                {
                    continue;
                }

                var keyPath = Join(path, ScalarConverter.ShortName(name));
                var suggestion = KeySuggester.Suggest(name, known);
                var looksSecret = name.IndexOf("key", StringComparison.OrdinalIgnoreCase) >= 0
                    || name.IndexOf("secret", StringComparison.OrdinalIgnoreCase) >= 0
                    || name.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0
                    || properties.Any(p => p.IsSecret && p.Key == suggestion);
                if (looksSecret)
                {
                    // A misspelled "apikey" still holds the real key: keep it out of every other message.
                    _secrets.AddRange(jsonProperty.Value.Type == JTokenType.String
                        ? new[] { (string)jsonProperty.Value! }
                        : ((jsonProperty.Value as JContainer)?.Descendants() ?? Enumerable.Empty<JToken>()).OfType<JValue>().Where(v => v.Type == JTokenType.String).Select(v => (string)v!));
                }

                var hint = suggestion != null
                    ? $"did you mean \"{suggestion}\"?"
                    : "check the spelling against config.example.json";
                _warnings.Add(new OptionsWarning(keyPath,
                    $"{keyPath}{Origin(jsonProperty, fromConvarName).Where()}: unknown key, ignored; {hint}"));
            }
        }

        private bool TooLong(string keyPath, string convarName, string text, bool secret)
        {
            if (text.Length <= MaxConvarLength)
            {
                return false;
            }

            if (secret)
            {
                _secrets.Add(text);
            }

            AddError(keyPath, OptionOrigin.Convar(convarName),
                $"the value is {text.Length} characters, more than the {MaxConvarLength} a setting can be; set {convarName} to the intended value, or remove it");
            return true;
        }

        private void AddError(string keyPath, OptionOrigin origin, string detail) =>
            _errors.Add(new OptionsError(keyPath, origin, $"{keyPath}{origin.Where()}: {detail}"));

        private static OptionOrigin Origin(JToken token, string? fromConvarName)
        {
            if (fromConvarName != null)
            {
                return OptionOrigin.Convar(fromConvarName);
            }

            var info = (IJsonLineInfo)token;
            return info.HasLineInfo() ? OptionOrigin.File(info.LineNumber, info.LinePosition) : OptionOrigin.File(null, null);
        }

        private static string Found(JToken token)
        {
            ScalarConverter.TryFromJson(typeof(void), token, out _, out var found);
            return found;
        }

        private static string ConvarExample(object? value) =>
            value is string s ? (s.Length == 0 ? "\"\"" : s) : ScalarConverter.Format(value).Trim('"');

        private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
    }
}
