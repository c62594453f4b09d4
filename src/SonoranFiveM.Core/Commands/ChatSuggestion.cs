using System.Collections.Generic;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>One <c>chat:addSuggestion</c> entry: name with its slash (e.g. "/911"), help text, parameters.</summary>
    public sealed record ChatSuggestion(string Name, string Help, IReadOnlyList<ChatSuggestionParameter> Parameters);

    /// <summary>A parameter of a chat suggestion: <c>{ name, help }</c>.</summary>
    public sealed record ChatSuggestionParameter(string Name, string Help);
}
