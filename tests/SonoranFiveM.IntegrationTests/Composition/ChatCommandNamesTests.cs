namespace SonoranFiveM.IntegrationTests.Composition;

/// <summary>The adapter registers <see cref="ChatCommandNames"/> before the integration exists: they must be its command names.</summary>
public class ChatCommandNamesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\"commands\": { \"emergency\": { \"name\": \"help\" }, \"nonEmergency\": { \"enabled\": false }, \"status\": { \"name\": \"duty\" } }")]
    public async Task The_names_known_from_the_options_are_the_integrations_command_names(string config)
    {
        await using var harness = await IntegrationHarness.StartAsync(config);

        Assert.Equal(harness.Integration.CommandNames.OrderBy(n => n), ChatCommandNames.Of(harness.Integration.Options).OrderBy(n => n));
    }
}
