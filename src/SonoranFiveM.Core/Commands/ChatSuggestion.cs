using System.Collections.Generic;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>One <c>chat:addSuggestion</c> entry: name with its slash, help text, parameters.</summary>
    public sealed class ChatSuggestion
    {
        public ChatSuggestion(string name, string help, IReadOnlyList<ChatSuggestionParameter> parameters)
        {
            Name = name;
            Help = help;
            Parameters = parameters;
        }

        /// <summary>E.g. "/911".</summary>
        public string Name { get; }

        public string Help { get; }

        public IReadOnlyList<ChatSuggestionParameter> Parameters { get; }
    }

    /// <summary>A parameter of a chat suggestion: <c>{ name, help }</c>.</summary>
    public sealed class ChatSuggestionParameter
    {
        public ChatSuggestionParameter(string name, string help)
        {
            Name = name;
            Help = help;
        }

        public string Name { get; }

        public string Help { get; }
    }
}
