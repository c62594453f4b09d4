using SonoranFiveM.Core.Commands;

namespace SonoranFiveM.Core.Composition
{
    /// <summary>
    /// The chat command names the options enable, known before the integration is built, so the adapter can register
    /// them at once and answer "starting" while postals load and the outbox replays (an unregistered /911 would be
    /// broadcast as plain chat). The same names as <see cref="SonoranIntegration.CommandNames"/>.
    /// </summary>
    public static class ChatCommandNames
    {
        public static IReadOnlyList<string> Of(SonoranOptions options)
        {
            var settings = OptionsMapping.Commands(options);
            var names = new List<string>();
            foreach (var command in settings.Calls.Select(c => c.Command).Concat(new[] { settings.Panic, settings.Status, settings.Link }))
            {
                var name = (command.Name ?? string.Empty).Trim().TrimStart('/');
                if (command.Enabled && name.Length > 0) names.Add(name);
            }

            names.AddRange(options.Records.Commands.Where(c => c.Enabled).Select(c => c.Name));
            return names;
        }
    }
}
