using System;
using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>The rules for the call commands (<c>commands.calls</c>) and the panic call (<c>calls.panicCall</c>).</summary>
    internal sealed partial class OptionsValidator
    {
        /// <summary>Longest call command name; the CAD and chat show it in replies.</summary>
        internal const int MaxCallCommandName = 32;

        /// <summary>
        /// Most entries in <c>commands.calls</c> (and in <c>records.commands</c>): each is a command registered on the
        /// server thread at start and a chat suggestion sent to every player who joins.
        /// </summary>
        internal const int MaxCommandList = 32;

        private const int MaxPrefixLength = 100;
        private const int MaxCodeLength = 32;
        private const int MaxHelpLength = 200;
        private const int MaxPanicDescriptionLength = 500;

        private void ValidateCallCommands(Dictionary<string, string> names)
        {
            var templateNames = _o.Records.Templates.Keys.ToList();
            CommandListSize("commands.calls", _o.Commands.Calls.Count, "call commands");
            for (var i = 0; i < _o.Commands.Calls.Count; i++)
            {
                var call = _o.Commands.Calls[i];
                var fromLegacyKey = _legacyCallPaths.TryGetValue(i, out var legacy);
                var path = fromLegacyKey ? legacy : $"commands.calls[{i}]";
                // A name read from commands.emergency / nonEmergency keeps the rule it was written under (one word, no
                // slash, checked by Command below), so a config that loaded before still loads.
                if (!fromLegacyKey && call.Name.Length > 0 && !ValidCallName(call.Name))
                {
                    Bad(path + ".name", ScalarConverter.Format(call.Name),
                        $"is not a usable call command name; use 1 to {MaxCallCommandName} letters, digits, '-' or '_' without the slash, e.g. \"tow\"");
                }
                else if (string.Equals(call.Name, Commands.AdminCommand.Name, StringComparison.OrdinalIgnoreCase))
                {
                    Bad(path + ".name", ScalarConverter.Format(call.Name), "is the admin command's name; give the call command another name");
                }

                Command(path, call.Name, call.Enabled, call.Ace, names);
                Text(path + ".descriptionPrefix", call.DescriptionPrefix, MaxPrefixLength, "e.g. \"(TOW)\", or \"\" for none");
                Text(path + ".code", call.Code, MaxCodeLength, "e.g. \"10-50\", or \"\" for none");
                Text(path + ".help", call.Help, MaxHelpLength, "e.g. \"Request a tow truck.\", or \"\" for the default");
                if (call.RecordTemplate != null)
                {
                    TemplateReference(path + ".recordTemplate", call.RecordTemplate, templateNames, required: false);
                }
            }

            var panic = _o.Calls.PanicCall;
            Text("calls.panicCall.code", panic.Code, MaxCodeLength, "e.g. \"10-99\", or \"\" for none");
            if (panic.Description.Trim().Length == 0 || panic.Description.Length > MaxPanicDescriptionLength)
            {
                Bad("calls.panicCall.description", ScalarConverter.Format(panic.Description),
                    $"is not a usable description; write 1 to {MaxPanicDescriptionLength} characters, e.g. \"Unit {{playerName}} has pressed their panic button!\"");
            }
            else if (Commands.PanicCallText.Problem(panic.Description) is string problem)
            {
                Bad("calls.panicCall.description", ScalarConverter.Format(panic.Description), problem);
            }
        }

        private void CommandListSize(string path, int count, string what)
        {
            if (count > MaxCommandList)
            {
                Bad(path, count + " entries", $"are too many {what}; each is a chat command and a suggestion sent to every joining player, so list at most {MaxCommandList} (remove or merge entries)");
            }
        }

        private static bool ValidCallName(string name) =>
            name.Length <= MaxCallCommandName && name.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_');

        private void Text(string path, string text, int max, string example)
        {
            if (text.Length > max || text.Any(char.IsControl))
            {
                Bad(path, ScalarConverter.Format(text), $"is not allowed; use at most {max} characters on one line, {example}");
            }
        }
    }
}
