using System.Text.RegularExpressions;

namespace SonoranFiveM.Core.Records.Commands
{
    /// <summary>
    /// A config-defined chat command bound to a record template, e.g. <c>/bolo &lt;plate&gt; &lt;description&gt;</c>:
    /// the first N−1 words fill the first arguments and the rest of the line is the last argument.
    /// </summary>
    public sealed class RecordCommandDefinition
    {
        public const int DefaultMaxTotalLength = 300;
        private static readonly Regex CommandName = new Regex("^[A-Za-z0-9_-]{1,32}$", RegexOptions.CultureInvariant);

        public RecordCommandDefinition(string name, string templateName, IEnumerable<RecordCommandArgument> arguments, int maxTotalLength = DefaultMaxTotalLength)
        {
            Name = (name ?? string.Empty).TrimStart('/');
            TemplateName = templateName ?? string.Empty;
            Arguments = (arguments ?? Enumerable.Empty<RecordCommandArgument>()).ToList();
            MaxTotalLength = maxTotalLength;
        }

        public RecordCommandDefinition(string name, string templateName, params string[] argumentNames)
            : this(name, templateName, argumentNames.Select(n => new RecordCommandArgument(n)))
        {
        }

        /// <summary>The command word without the slash, e.g. <c>bolo</c>.</summary>
        public string Name { get; }

        public string TemplateName { get; }

        public IReadOnlyList<RecordCommandArgument> Arguments { get; }

        /// <summary>Longest argument text accepted in all, after cleaning (default 300).</summary>
        public int MaxTotalLength { get; }

        /// <summary>e.g. <c>/bolo &lt;plate&gt; &lt;description&gt;</c>.</summary>
        public string Usage => "/" + Name + string.Concat(Arguments.Select(a => " <" + a.Name + ">"));

        /// <summary>Config-load check of the command and its template: names, caps, and that the template uses no <c>{argN}</c> beyond the arguments.</summary>
        public IReadOnlyList<string> Validate(RecordTemplate? template)
        {
            var errors = new List<string>();
            var subject = "record command '" + Name + "'";
            if (!CommandName.IsMatch(Name))
                errors.Add(subject + ": the name must be 1-32 letters, digits, '_' or '-' (e.g. \"bolo\")");
            if (template == null)
                errors.Add(subject + ": template '" + TemplateName + "' is not defined; add it under records.templates or fix the name");
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var argument in Arguments)
            {
                if (string.IsNullOrWhiteSpace(argument.Name) || argument.Name.Any(char.IsWhiteSpace))
                    errors.Add(subject + ": argument name \"" + argument.Name + "\" must be one word (e.g. \"plate\")");
                else if (!names.Add(argument.Name))
                    errors.Add(subject + ": argument '" + argument.Name + "' appears twice");
                if (argument.MaxLength <= 0)
                    errors.Add(subject + ": argument '" + argument.Name + "' maxLength " + argument.MaxLength + " must be positive (default " + RecordCommandArgument.DefaultMaxLength + ")");
            }
            if (MaxTotalLength <= 0)
                errors.Add(subject + ": maxTotalLength " + MaxTotalLength + " must be positive (default " + DefaultMaxTotalLength + ")");
            if (template != null)
            {
                var highest = TemplateValidator.HighestArgument(template);
                if (highest > Arguments.Count)
                    errors.Add(subject + ": template '" + template.Name + "' uses {arg" + highest + "} but the command has " + Arguments.Count + " argument(s); add arguments or fix the template");
            }
            return errors;
        }
    }
}
