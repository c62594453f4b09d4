using System.Text;

namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>One piece of a parsed field text: literal text, or a placeholder name.</summary>
    internal readonly record struct TemplateSegment(string Text, bool IsPlaceholder);

    /// <summary>
    /// Parses field text: <c>{name}</c> is a placeholder, <c>{{</c> and <c>}}</c> are literal braces.
    /// A lone <c>}</c> or an unclosed <c>{</c> is a syntax error (reported, never guessed at).
    /// </summary>
    internal static class TemplateText
    {
        public static IReadOnlyList<TemplateSegment> Parse(string text, out string? syntaxError)
        {
            syntaxError = null;
            var segments = new List<TemplateSegment>();
            var literal = new StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '{')
                {
                    if (i + 1 < text.Length && text[i + 1] == '{')
                    {
                        literal.Append('{');
                        i += 2;
                        continue;
                    }

                    var close = text.IndexOf('}', i + 1);
                    var nextOpen = text.IndexOf('{', i + 1);
                    if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                    {
                        syntaxError = "'{' at position " + (i + 1) + " is not closed; write '{{' for a literal brace";
                        return segments;
                    }

                    if (literal.Length > 0)
                    {
                        segments.Add(new TemplateSegment(literal.ToString(), false));
                        literal.Clear();
                    }
                    segments.Add(new TemplateSegment(text.Substring(i + 1, close - i - 1), true));
                    i = close + 1;
                    continue;
                }

                if (c == '}')
                {
                    if (i + 1 < text.Length && text[i + 1] == '}')
                    {
                        literal.Append('}');
                        i += 2;
                        continue;
                    }

                    syntaxError = "'}' at position " + (i + 1) + " has no matching '{'; write '}}' for a literal brace";
                    return segments;
                }

                literal.Append(c);
                i++;
            }

            if (literal.Length > 0) segments.Add(new TemplateSegment(literal.ToString(), false));
            return segments;
        }
    }
}
