using System;
using System.Collections.Generic;
using System.Linq;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>The rules for chat commands: names, ACEs, cooldowns, statuses, no name used twice.</summary>
    internal sealed partial class OptionsValidator
    {
        private void ValidateCommands()
        {
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var builtIns = new[]
            {
                ("commands.panic", _o.Commands.Panic),
                ("commands.status", _o.Commands.Status),
                ("commands.link", _o.Commands.Link),
            };
            foreach (var (path, command) in builtIns)
            {
                Command(path, command.Name, command.Enabled, command.Ace, names);
            }

            ValidateCallCommands(names);

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
                Command($"records.commands[{i}]", command.Name, command.Enabled, command.Ace, names);
            }
        }

        private void Command(string path, string name, bool enabled, string ace, Dictionary<string, string> taken)
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
        }

        private void Ace(string path, string ace)
        {
            if (ace.Any(char.IsWhiteSpace))
            {
                Bad(path, ScalarConverter.Format(ace), "is not an ACE name; use one word such as \"sonoran.unit\", or \"\" for everyone");
            }
        }
    }
}
