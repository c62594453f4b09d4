using System;
using System.Collections.Generic;
using System.Linq;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>The rules for record templates, record commands and the record mirrors.</summary>
    internal sealed partial class OptionsValidator
    {
        private void ValidateRecords()
        {
            var records = _o.Records;
            var templateNames = records.Templates.Keys.ToList();
            foreach (var pair in records.Templates)
            {
                var path = "records.templates." + pair.Key;
                var template = pair.Value;
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

            CommandListSize("records.commands", records.Commands.Count, "record commands");
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
            RecordRules.Check(_o, Report);
        }

        /// <summary>Adds "label (where): detail", unless something under <paramref name="path"/> is already reported.</summary>
        private void Report(string path, string label, string detail)
        {
            if (_errors.Any(e => e.Key == path || e.Key.StartsWith(path + ".", StringComparison.Ordinal) || e.Key.StartsWith(path + "[", StringComparison.Ordinal)))
            {
                return;
            }

            var origin = Origin(path);
            _errors.Add(new OptionsError(path, origin, $"{label}{origin.Where()}: {detail}"));
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
    }
}
