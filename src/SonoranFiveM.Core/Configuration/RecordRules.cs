using System;
using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Records;
using SonoranFiveM.Core.Records.Commands;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// The record rules the record service itself relies on, run at load with every other rule: template text
    /// (braces, unknown placeholders, duplicate field uids, fixed text over the field cap) and record commands
    /// against their templates (more <c>{argN}</c> than arguments, argument names and lengths).
    /// </summary>
    internal static class RecordRules
    {
        /// <param name="report">Takes the key path, the label that starts the message, and the problem with its fix.</param>
        public static void Check(SonoranOptions options, Action<string, string, string> report)
        {
            var templates = RecordServiceOptions.TemplatesFrom(options.Records).ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

            // Mirror names and whether a mirror is enabled are checked by the loader's own rules (an unknown name is an
            // error, a disabled one a warning), so the template check leaves mirrors out.
            foreach (var template in templates.Values)
            {
                var path = "records.templates." + template.Name;
                foreach (var error in TemplateValidator.Validate(template, knownMirrors: null))
                {
                    report(path, path, error.Message);
                }
            }

            // A call logged as a record has no typed arguments: a template with {args} or {argN} would fail on every call.
            var callLogs = new List<(string Path, string Template)> { ("records.log911Template", options.Records.Log911Template) };
            for (var i = 0; i < options.Commands.Calls.Count; i++)
            {
                callLogs.Add(($"commands.calls[{i}].recordTemplate", options.Commands.Calls[i].RecordTemplate ?? string.Empty));
            }

            foreach (var (path, name) in callLogs)
            {
                // A reference to a missing template is already reported where it is.
                if (name.Length == 0 || !templates.TryGetValue(name, out var template)) continue;
                if (ArgumentPlaceholder(template) is string placeholder)
                {
                    report(path, path, "names template \"" + template.Name + "\", which uses {" + placeholder + "}, but a call logged as a record has no typed arguments; "
                        + "use {caller}, {location}, {postal}, {description}, {playerName} or {time} in that template, or name another one");
                }
            }

            for (var i = 0; i < options.Records.Commands.Count; i++)
            {
                var command = options.Records.Commands[i];
                // A command naming a missing template is already reported at records.commands[i].template.
                if (!command.Enabled || !templates.TryGetValue(command.Template, out var template))
                {
                    continue;
                }

                var definition = new RecordCommandDefinition(command.Name, command.Template,
                    command.Arguments.Select(a => new RecordCommandArgument(a)), command.MaxLength);
                foreach (var problem in definition.Validate(template))
                {
                    report($"records.commands[{i}]", "records.commands (" + command.Name + ")", problem);
                }
            }
        }

        /// <summary>The first <c>{args}</c> / <c>{argN}</c> placeholder in the template's fields, or null.</summary>
        private static string? ArgumentPlaceholder(RecordTemplate template)
        {
            foreach (var field in template.Fields)
            {
                foreach (var segment in TemplateText.Parse(field.Text, out _).Where(s => s.IsPlaceholder))
                {
                    var kind = Placeholder.Resolve(segment.Text).Kind;
                    if (kind == PlaceholderKind.Arg || kind == PlaceholderKind.Args) return segment.Text;
                }
            }

            return null;
        }
    }
}
