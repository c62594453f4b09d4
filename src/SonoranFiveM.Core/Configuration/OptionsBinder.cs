using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Binds config.json, then <c>sonoran_&lt;key&gt;</c> convars, onto the options with Newtonsoft.Json. Its error
    /// handler turns every problem into a message with the key, the place and the fix, and lets binding go on: a key
    /// that fails keeps its default, so later problems still show.
    /// </summary>
    internal sealed class OptionsBinder
    {
        /// <summary>The longest convar value read (characters); a list or map of settings is far shorter.</summary>
        public const int MaxConvarLength = 65_536;

        /// <summary>The longest name an owner may give a map entry (a template, a status, an endpoint share).</summary>
        public const int MaxNameLength = 64;

        private static readonly JsonLoadSettings LoadSettings = new JsonLoadSettings
        {
            LineInfoHandling = LineInfoHandling.Load,
            DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            CommentHandling = CommentHandling.Ignore,
        };

        private readonly Func<string, string?> _convar;
        private readonly JsonSerializer _serializer;
        private JTokenReader? _reader;

        public OptionsBinder(Func<string, string?> convar)
        {
            _convar = convar;
            _serializer = JsonSerializer.Create(new JsonSerializerSettings
            {
                ContractResolver = OptionsContractResolver.Instance,
                Converters = { ScalarConverter.Instance },
                MissingMemberHandling = MissingMemberHandling.Error,
                NullValueHandling = NullValueHandling.Ignore, // null means "use the default"
                MetadataPropertyHandling = MetadataPropertyHandling.Ignore, // "$schema" is a note, not a reference
                Error = OnError,
            });
        }

        public List<OptionsError> Errors { get; } = new List<OptionsError>();

        public List<OptionsWarning> Warnings { get; } = new List<OptionsWarning>();

        /// <summary>Where each key's value came from, by key path.</summary>
        public Dictionary<string, OptionOrigin> Origins { get; } = new Dictionary<string, OptionOrigin>(StringComparer.Ordinal);

        /// <summary>Every secret seen, valid or not, for redaction.</summary>
        public List<string> Secrets { get; } = new List<string>();

        /// <summary>Parses JSON text keeping line numbers, refusing duplicate keys and leaving date-like text as text.</summary>
        /// <param name="objectOnly">Refuse anything but an object, as config.json must be.</param>
        public static JToken Parse(string json, bool objectOnly)
        {
            using (var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None })
            {
                var token = objectOnly ? JObject.Load(reader, LoadSettings) : JToken.ReadFrom(reader, LoadSettings);
                if (reader.Read() && reader.TokenType != JsonToken.Comment)
                {
                    throw new JsonReaderException("Additional text found after the JSON value.", reader.Path, reader.LineNumber, reader.LinePosition, null);
                }

                return token;
            }
        }

        /// <summary>Binds <paramref name="file"/> (null when there is none), then every convar that is set.</summary>
        public void Bind(SonoranOptions options, JObject? file)
        {
            if (file != null)
            {
                Prepare(file, typeof(SonoranOptions), "", convar: null);
                _reader = new JTokenReader(file);
                _serializer.Populate(_reader, options);
            }

            ApplyConvars(options, "");
        }

        /// <summary>
        /// Marks each token with its key path, expected type and origin for the error handler, and records origins.
        /// Drops what Newtonsoft would misread: a key in the wrong case (it matches names ignoring case) and an overlong
        /// map entry name.
        /// </summary>
        private void Prepare(JToken token, Type type, string path, OptionOrigin? convar, OptionProperty? property = null)
        {
            var origin = convar ?? OriginOf(token);
            token.AddAnnotation(new Slot(path, type, origin, property));
            if (path.Length > 0 && token.Type != JTokenType.Null)
            {
                Origins[path] = origin;
            }

            var kind = OptionProperty.KindOf(type);
            if (kind == OptionKind.Section && property == null && token.Type == JTokenType.Null)
            {
                // Newtonsoft would keep a null template or command; the map or list drops it (see OptionsContractResolver).
                AddError(path, origin, "null is null; write an object in braces, e.g. { … }");
            }
            else if (kind == OptionKind.Section && token is JObject section)
            {
                var options = OptionProperty.Of(type);
                foreach (var member in section.Properties().ToList())
                {
                    var memberPath = Join(path, ScalarConverter.ShortName(member.Name));
                    var option = options.FirstOrDefault(o => o.Key == member.Name);
                    if (option != null)
                    {
                        Prepare(member.Value, option.Type, memberPath, convar, option);
                    }
                    else if (options.Any(o => string.Equals(o.Key, member.Name, StringComparison.OrdinalIgnoreCase)))
                    {
                        UnknownKey(member, memberPath, options, convar ?? OriginOf(member));
                        member.Remove();
                    }
                    else
                    {
                        // Newtonsoft reports it as a missing member; the handler finds this mark.
                        member.AddAnnotation(new Slot(memberPath, type, convar ?? OriginOf(member), null, Unknown: true));
                    }
                }
            }
            else if (kind == OptionKind.Map && token is JObject map)
            {
                foreach (var entry in map.Properties().ToList())
                {
                    if (entry.Name.Length > MaxNameLength)
                    {
                        AddError(Join(path, ScalarConverter.ShortName(entry.Name)), convar ?? OriginOf(entry),
                            $"this name is {entry.Name.Length} characters long; use a name of at most {MaxNameLength} characters");
                        entry.Remove();
                        continue;
                    }

                    Prepare(entry.Value, OptionProperty.ElementOf(type), Join(path, entry.Name), convar);
                }
            }
            else if (kind == OptionKind.List && token is JArray list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    Prepare(list[i], OptionProperty.ElementOf(type), $"{path}[{i}]", convar);
                }
            }
        }

        private void OnError(object? sender, Newtonsoft.Json.Serialization.ErrorEventArgs e)
        {
            e.ErrorContext.Handled = true;
            var token = _reader!.CurrentToken;
            var slot = token?.AncestorsAndSelf().Select(t => t.Annotation<Slot>()).FirstOrDefault(s => s != null);
            if (token == null || slot == null)
            {
                AddError("", OptionOrigin.File(null, null), "config.json could not be read; compare it with config.example.json");
                return;
            }

            if (slot.Unknown)
            {
                UnknownKey((JProperty)token, slot.Path, OptionProperty.Of(slot.Type), slot.Origin);
                return;
            }

            var secret = slot.Property?.IsSecret == true;
            if (secret && token.Type == JTokenType.String)
            {
                Secrets.Add((string)token!);
            }

            var found = e.ErrorContext.Error is ScalarMismatchException mismatch ? mismatch.Message : ScalarConverter.Describe(token);
            string fix;
            switch (OptionProperty.KindOf(slot.Type))
            {
                case OptionKind.Section:
                    fix = slot.Property != null
                        ? $"{found}, but this key holds a group of settings; write an object in braces, e.g. \"{slot.Property.Key}\": {{ … }}"
                        : $"{found}; write an object in braces, e.g. {{ … }}";
                    break;
                case OptionKind.Map:
                    fix = found + "; write an object in braces, e.g. { \"name\": … }";
                    break;
                case OptionKind.List:
                    fix = found + "; write a list in brackets, e.g. [ … ]";
                    break;
                default:
                    var original = e.ErrorContext.OriginalObject;
                    var example = slot.Property != null && !secret && original != null && OptionProperty.Of(original.GetType()).Contains(slot.Property)
                        ? ", e.g. " + ScalarConverter.Format(slot.Property.GetValue(original))
                        : "";
                    fix = $"{found}; write {ScalarConverter.Expectation(slot.Type, forConvar: false)}{example}";
                    break;
            }

            AddError(slot.Path, slot.Origin, $"{(secret ? "(hidden)" : ScalarConverter.Show(token))} is {fix}");
        }

        private void ApplyConvars(object section, string path)
        {
            foreach (var property in OptionProperty.Of(section.GetType()))
            {
                var keyPath = Join(path, property.Key);
                if (property.Kind == OptionKind.Section)
                {
                    ApplyConvars(property.GetValue(section)!, keyPath);
                    continue;
                }

                var name = ConvarNames.For(keyPath);
                var text = _convar(name);
                if (!string.IsNullOrWhiteSpace(text) && !TooLong(keyPath, name, text!, property.IsSecret))
                {
                    if (property.Kind == OptionKind.Scalar)
                    {
                        ScalarFromConvar(section, property, keyPath, name, text!);
                    }
                    else
                    {
                        CollectionFromConvar(section, property, keyPath, name, text!);
                    }
                }

                if (property.IsSecret && property.GetValue(section) is string secret && secret.Length > 0)
                {
                    Secrets.Add(secret);
                }
            }
        }

        private void ScalarFromConvar(object section, OptionProperty property, string keyPath, string name, string text)
        {
            if (ScalarConverter.TryFromText(property.Type, text, out var value))
            {
                property.SetValue(section, value);
                Origins[keyPath] = OptionOrigin.Convar(name);
                return;
            }

            var expectation = ScalarConverter.Expectation(property.Type, forConvar: true);
            var current = property.GetValue(section);
            var example = property.IsSecret ? ""
                : $", e.g. set {name} {(current is string s ? (s.Length == 0 ? "\"\"" : s) : ScalarConverter.Format(current).Trim('"'))}";
            AddError(keyPath, OptionOrigin.Convar(name),
                $"{(property.IsSecret ? "(hidden)" : ScalarConverter.ShowText(text))} is not {expectation}; set it to {expectation}{example}");
        }

        private void CollectionFromConvar(object section, OptionProperty property, string keyPath, string name, string text)
        {
            JToken token;
            try
            {
                token = Parse(text, objectOnly: false);
            }
            catch (JsonReaderException ex)
            {
                var shape = property.Kind == OptionKind.Map ? "a JSON object, e.g. {\"NAME\": 1}" : "a JSON list, e.g. [\"a\", \"b\"]";
                AddError(keyPath, OptionOrigin.Convar(name),
                    $"{ScalarConverter.ShowText(text)} is not valid JSON (column {ex.LinePosition}: {OptionsLoader.Reason(ex)}); set it to {shape}");
                return;
            }

            Prepare(token, property.Type, keyPath, OptionOrigin.Convar(name), property);
            _reader = new JTokenReader(token);
            var value = _serializer.Deserialize(_reader, property.Type);
            if (value != null)
            {
                property.SetValue(section, value);
            }
        }

        private void UnknownKey(JProperty member, string path, IReadOnlyList<OptionProperty> known, OptionOrigin origin)
        {
            var name = member.Name;
            if (name.StartsWith("_", StringComparison.Ordinal) || name.StartsWith("$", StringComparison.Ordinal))
            {
                return;
            }

            var suggestion = KeySuggester.Suggest(name, known.Select(p => p.Key));
            if (new[] { "key", "secret", "token" }.Any(word => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                || known.Any(p => p.IsSecret && p.Key == suggestion))
            {
                // A misspelled "apikey" still holds the real key: keep it out of every other message.
                Secrets.AddRange(new[] { member.Value }.Concat(member.Value is JContainer c ? c.Descendants() : Enumerable.Empty<JToken>()).OfType<JValue>().Where(v => v.Type == JTokenType.String).Select(v => (string)v!));
            }

            var hint = suggestion != null ? $"did you mean \"{suggestion}\"?" : "check the spelling against config.example.json";
            Warnings.Add(new OptionsWarning(path, $"{path}{origin.Where()}: unknown key, ignored; {hint}"));
        }

        private bool TooLong(string keyPath, string convarName, string text, bool secret)
        {
            if (text.Length <= MaxConvarLength)
            {
                return false;
            }

            if (secret)
            {
                Secrets.Add(text);
            }

            AddError(keyPath, OptionOrigin.Convar(convarName),
                $"the value is {text.Length} characters, more than the {MaxConvarLength} a setting can be; set {convarName} to the intended value, or remove it");
            return true;
        }

        private void AddError(string keyPath, OptionOrigin origin, string detail) =>
            Errors.Add(new OptionsError(keyPath, origin, $"{keyPath}{origin.Where()}: {detail}"));

        private static OptionOrigin OriginOf(JToken token)
        {
            var info = (IJsonLineInfo)token;
            return info.HasLineInfo() ? OptionOrigin.File(info.LineNumber, info.LinePosition) : OptionOrigin.File(null, null);
        }

        private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

        /// <summary>What the error handler needs to know about a token: where it sits, what it should hold, where it came from.</summary>
        /// <param name="Type">The type the value should have; for an unknown key, the section it sits in.</param>
        /// <param name="Property">The option when the token is a property's value; null for a map entry or list item.</param>
        private sealed record Slot(string Path, Type Type, OptionOrigin Origin, OptionProperty? Property, bool Unknown = false);
    }
}
