using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Configuration;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Commands;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Composition
{
    /// <summary>
    /// Checks the record templates and record commands of the configuration before anything starts: unknown
    /// placeholders, unknown mirrors, commands bound to missing templates or using more arguments than they take.
    /// Each problem names the template or command and the fix.
    /// </summary>
    public static class RecordsValidation
    {
        public static IReadOnlyList<string> Problems(SonoranOptions options)
        {
            var problems = new List<string>();
            var templates = RecordServiceOptions.TemplatesFrom(options.Records).ToDictionary(t => t.Name, System.StringComparer.OrdinalIgnoreCase);
            var mirrors = EnabledMirrors(options).ToList();

            foreach (var template in templates.Values)
            {
                problems.AddRange(TemplateValidator.Validate(template, mirrors).Select(e => "records.templates." + template.Name + ": " + e));
            }

            foreach (var command in options.Records.Commands.Where(c => c.Enabled))
            {
                templates.TryGetValue(command.Template, out var template);
                var definition = new RecordCommandDefinition(command.Name, command.Template,
                    command.Arguments.Select(a => new RecordCommandArgument(a)), command.MaxLength);
                problems.AddRange(definition.Validate(template).Select(p => "records.commands (" + command.Name + "): " + p));
            }

            if (!string.IsNullOrWhiteSpace(options.Records.Log911Template) && !templates.ContainsKey(options.Records.Log911Template))
            {
                problems.Add("records.log911Template: no template named '" + options.Records.Log911Template + "'; add it under records.templates or set \"\" to turn 911 logging off");
            }

            return problems;
        }

        private static IEnumerable<string> EnabledMirrors(SonoranOptions options)
        {
            if (options.Mirrors.Tines.Enabled) yield return "tines";
            if (options.Mirrors.Quickblox.Enabled) yield return "quickblox";
        }
    }
}
