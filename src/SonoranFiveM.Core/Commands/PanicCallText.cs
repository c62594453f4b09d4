using System;
using System.Linq;
using SonoranFiveM.Core.Records.Templates;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// The panic call's description (<c>calls.panicCall.description</c>), filled by the records template engine as a
    /// one-field template. A panic has no typed arguments, so <c>{args}</c> and <c>{argN}</c> are refused at load.
    /// </summary>
    public static class PanicCallText
    {
        /// <summary>The placeholders a panic call's description may use.</summary>
        public const string KnownList = "{playerName}, {caller}, {location}, {postal}, {time}";

        private const string Field = "description";

        /// <summary>Null when <paramref name="text"/> is a usable description; else what is wrong, with the fix.</summary>
        public static string? Problem(string text)
        {
            var error = TemplateValidator.Validate(Template(text)).FirstOrDefault();
            if (error != null) return error.Problem.Replace(Placeholder.KnownList, KnownList);
            foreach (var segment in TemplateText.Parse(text, out _).Where(s => s.IsPlaceholder))
            {
                var kind = Placeholder.Resolve(segment.Text).Kind;
                if (kind == PlaceholderKind.Arg || kind == PlaceholderKind.Args)
                    return "uses {" + segment.Text + "}, but a panic has no typed arguments; use " + KnownList;
            }

            return null;
        }

        /// <summary>The description with the values filled in; null when a value is missing (checked text never lacks one).</summary>
        public static string? Expand(string text, PlaceholderValues values)
        {
            var expansion = TemplateExpander.Expand(Template(text), values);
            return expansion.Succeeded ? expansion.Values[0].Value : null;
        }

        private static RecordTemplate Template(string text) =>
            new RecordTemplate("panicCall", 1, new[] { new System.Collections.Generic.KeyValuePair<string, string>(Field, text ?? throw new ArgumentNullException(nameof(text))) }, 1);
    }
}
