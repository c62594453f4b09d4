using SonoranFiveM.Core.Commands;

namespace SonoranFiveM.Core.Records.Commands
{
    /// <summary>
    /// Splits a record command's text into its arguments: the first N−1 words, then the rest of the line as the last
    /// argument. Text is cleaned first (<see cref="ChatText.Clean"/>). Every argument is required and capped. Pure.
    /// </summary>
    public static class RecordCommandParser
    {
        /// <summary>From the words FiveM hands a command handler (<c>args</c>).</summary>
        public static RecordCommandParse Parse(RecordCommandDefinition command, IEnumerable<string> words)
            => Parse(command, string.Join(" ", (words ?? Enumerable.Empty<string>()).ToArray()));

        /// <summary>From the text after the command word.</summary>
        public static RecordCommandParse Parse(RecordCommandDefinition command, string? argumentText)
        {
            if (command == null) throw new ArgumentNullException(nameof(command));
            var usage = "Usage: " + command.Usage;
            var text = ChatText.Clean(argumentText);
            var expected = command.Arguments.Count;

            if (expected == 0)
                return text.Length == 0
                    ? RecordCommandParse.Ok(Array.Empty<string>(), usage)
                    : RecordCommandParse.Fail("/" + command.Name + " takes no arguments. " + usage, usage);

            if (text.Length > command.MaxTotalLength)
                return RecordCommandParse.Fail("That is too long (" + text.Length + " characters; at most " + command.MaxTotalLength + "). " + usage, usage);

            var words = text.Length == 0 ? Array.Empty<string>() : text.Split(new[] { ' ' }, expected, StringSplitOptions.None);
            if (words.Length < expected)
                return RecordCommandParse.Fail("Missing <" + command.Arguments[words.Length].Name + ">. " + usage, usage);

            for (var i = 0; i < expected; i++)
            {
                var argument = command.Arguments[i];
                if (words[i].Length > argument.MaxLength)
                    return RecordCommandParse.Fail("<" + argument.Name + "> is too long (" + words[i].Length + " characters; at most " + argument.MaxLength + "). " + usage, usage);
            }

            return RecordCommandParse.Ok(words, usage);
        }
    }
}
