using System;
using System.Collections.Generic;
using System.Linq;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Reads the old <c>commands.emergency</c> / <c>commands.nonEmergency</c> onto the 911 and 311 entries of
    /// <c>commands.calls</c>, so a config written before the list keeps working; a warning says how to move them. When
    /// the list is set too, the old keys would be ignored, so that is an error naming the fix.
    /// </summary>
    internal static class LegacyCallCommands
    {
        /// <returns>
        /// The key paths the owner wrote for the entries of <c>commands.calls</c> when the old keys were read (index →
        /// <c>commands.emergency</c> / <c>commands.nonEmergency</c>), so problems are reported where they are; else empty.
        /// </returns>
        public static IReadOnlyDictionary<int, string> Apply(SonoranOptions options, IReadOnlyDictionary<string, OptionOrigin> origins, List<OptionsError> errors, List<OptionsWarning> warnings)
        {
            var paths = new Dictionary<int, string>();
            var listSet = IsSet(origins, "commands.calls", out var listOrigin);
            var legacy = new[]
            {
                (Path: "commands.emergency", Command: options.Commands.Emergency, Index: 0),
                (Path: "commands.nonEmergency", Command: options.Commands.NonEmergency, Index: 1),
            };
            foreach (var (path, command, index) in legacy)
            {
                if (!IsSet(origins, path, out var origin)) continue;
                if (listSet)
                {
                    errors.Add(new OptionsError(path, origin,
                        $"{path}{origin.Where()}: the old form of a commands.calls entry, and commands.calls{listOrigin.Where()} is set too, so it would be ignored; "
                        + $"move its settings (name, enabled, ace, cooldownSeconds, maxLength) into the commands.calls entry named \"{command.Name}\" and delete {path}"));
                    continue;
                }

                paths[0] = legacy[0].Path;
                paths[1] = legacy[1].Path;
                var entry = options.Commands.Calls[index];
                entry.Name = command.Name;
                entry.Enabled = command.Enabled;
                entry.Ace = command.Ace;
                entry.CooldownSeconds = command.CooldownSeconds;
                entry.MaxLength = command.MaxLength;
                warnings.Add(new OptionsWarning(path,
                    $"{path}{origin.Where()}: the old form of commands.calls, still read, as commands.calls[{index}] (\"{command.Name}\"). "
                    + "To add call commands, replace commands.emergency and commands.nonEmergency with a commands.calls list (see config.example.json)"));
            }

            return paths;
        }

        private static bool IsSet(IReadOnlyDictionary<string, OptionOrigin> origins, string path, out OptionOrigin origin)
        {
            var key = origins.Keys.Where(k => k == path || k.StartsWith(path + ".", StringComparison.Ordinal) || k.StartsWith(path + "[", StringComparison.Ordinal))
                .OrderBy(k => k.Length).FirstOrDefault();
            origin = key == null ? OptionOrigin.Default : origins[key];
            return key != null && origin.Source != OptionSource.Default;
        }
    }
}
