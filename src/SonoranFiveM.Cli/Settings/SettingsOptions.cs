using SonoranFiveM.Cli.Commands;

namespace SonoranFiveM.Cli.Settings
{
    /// <summary>The options that point <c>doctor</c> and <c>send</c> at the resource's settings, declared once for both.</summary>
    internal sealed class SettingsOptions
    {
        public Option<string?> Config { get; } = CliOptions.Text("--config", "PATH", "the resource's config.json (default ./config.json)");
        public Option<string?> CadUrl { get; } = CliOptions.Text("--cad-url", "URL", "API address, overriding baseUrl");
        public Option<string?> ApiKey { get; } = CliOptions.Text("--api-key", "KEY", "API key, overriding sonoran_apiKey (never printed)");
        public Option<string?> CommunityId { get; } = CliOptions.Text("--community-id", "ID", "community id override");
        public Option<string?> ServerId { get; } = CliOptions.Text("--server-id", "N", "server id override");

        public void AddTo(Command command)
        {
            command.Options.Add(Config);
            command.Options.Add(CadUrl);
            command.Options.Add(ApiKey);
            command.Options.Add(CommunityId);
            command.Options.Add(ServerId);
        }

        public SettingsValues Read(ParseResult parsed) => new(parsed.GetValue(Config), parsed.GetValue(CadUrl), parsed.GetValue(ApiKey),
            parsed.GetValue(CommunityId), parsed.GetValue(ServerId));
    }

    /// <summary>What <see cref="SettingsOptions"/> read from one command line.</summary>
    internal sealed record SettingsValues(string? Config, string? CadUrl, string? ApiKey, string? CommunityId, string? ServerId);
}
