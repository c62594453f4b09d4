using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Builds <see cref="SonoranOptions"/> from config.json and <c>sonoran_&lt;key&gt;</c> convars (the convar wins),
    /// then validates them. Never throws for bad input: every problem becomes an <see cref="OptionsError"/> or
    /// <see cref="OptionsWarning"/>, and no message contains a secret.
    /// </summary>
    public static class OptionsLoader
    {
        /// <summary>
        /// The longest config.json read (characters). The full example is about 10 KB; anything near this is not a
        /// config file, and parsing it would only cost memory.
        /// </summary>
        public const int MaxConfigLength = 1_000_000;

        private static readonly Regex PositionSuffix = new Regex(@"\s*(Path '.*?',\s*)?line \d+, position \d+\.?\s*$", RegexOptions.Singleline);
        private static readonly Regex SecretInText = new Regex(@"""apiKey""\s*:\s*""([^""\r\n]*)", RegexOptions.IgnoreCase);

        /// <param name="configJson">The text of config.json, or null when there is none (convars only).</param>
        /// <param name="convar">Looks a convar up by exact name; null or empty when it is not set.</param>
        /// <param name="communityIdOptionalOnV2">For a one-off call (the CLI's <c>send</c>): on the v2 API, which does not use it, a missing communityId is not an error.</param>
        public static OptionsLoadResult Load(string? configJson, Func<string, string?> convar, bool communityIdOptionalOnV2 = false)
        {
            if (convar == null)
            {
                throw new ArgumentNullException(nameof(convar));
            }

            var binder = new OptionsBinder(convar);
            var (errors, warnings, secrets) = (binder.Errors, binder.Warnings, binder.Secrets);
            var options = new SonoranOptions();

            JObject? root = null;
            var parsed = true;
            if (configJson != null && configJson.Length > MaxConfigLength)
            {
                parsed = false;
                errors.Add(new OptionsError("", OptionOrigin.File(null, null),
                    $"config.json is {configJson.Length} characters, more than the {MaxConfigLength} a configuration can be; " +
                    "it is probably another file saved under that name: copy config.example.json to config.json and set your values again"));
            }
            else if (configJson != null && configJson.Trim().Length > 0)
            {
                try
                {
                    root = (JObject)OptionsBinder.Parse(configJson, objectOnly: true);
                }
                catch (JsonReaderException ex)
                {
                    parsed = false;
                    secrets.AddRange(SecretInText.Matches(configJson).Cast<Match>().Select(m => m.Groups[1].Value));
                    errors.Add(new OptionsError("", OptionOrigin.File(ex.LineNumber, ex.LinePosition),
                        $"config.json line {ex.LineNumber}, column {ex.LinePosition}: the file is not valid JSON ({Reason(ex)}); " +
                        "fix the text there (a missing comma or quote is the usual cause), or compare it with config.example.json"));
                }
            }
            else if (configJson != null)
            {
                warnings.Add(new OptionsWarning("", "config.json is empty; using defaults and convars only"));
            }

            binder.Bind(options, root);

            // With unreadable JSON every key is still a default, so rule checks would only add misleading noise.
            if (parsed)
            {
                var legacyPaths = LegacyCallCommands.Apply(options, binder.Origins, errors, warnings);
                new OptionsValidator(options, binder.Origins, errors, warnings, communityIdOptionalOnV2, legacyPaths).Validate();
            }

            var redactor = new SecretRedactor();
            redactor.AddRange(secrets);
            var safeErrors = errors.Select(e => e with { Message = redactor.Redact(e.Message) }).ToList();
            var safeWarnings = warnings.Select(w => new OptionsWarning(w.Key, redactor.Redact(w.Message))).ToList();

            return new OptionsLoadResult(safeErrors.Count == 0 ? options : null, safeErrors, safeWarnings, binder.Origins, secrets.Distinct().ToList());
        }

        /// <summary>A JSON reader message without Newtonsoft's "Path …, line …, position …" tail (the caller states the position).</summary>
        internal static string Reason(JsonReaderException ex) => PositionSuffix.Replace(ex.Message, "").TrimEnd('.', ' ');
    }
}
