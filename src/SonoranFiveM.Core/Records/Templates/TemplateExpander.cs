using System.Text;

namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>
    /// Fills a template's fields from <see cref="PlaceholderValues"/>. Pure and deterministic: the same template and
    /// values always give the same text; time comes only from <see cref="PlaceholderValues.Time"/>.
    /// </summary>
    public static class TemplateExpander
    {
        public static TemplateExpansion Expand(RecordTemplate template, PlaceholderValues values, TemplateLimits? limits = null)
        {
            if (template == null) throw new ArgumentNullException(nameof(template));
            if (values == null) throw new ArgumentNullException(nameof(values));
            limits ??= TemplateLimits.Default;

            var errors = new List<TemplateError>();
            var result = new List<KeyValuePair<string, string>>(template.Fields.Count);
            foreach (var field in template.Fields)
            {
                var segments = TemplateText.Parse(field.Text, out var syntaxError);
                if (syntaxError != null)
                {
                    errors.Add(new TemplateError(template.Name, field.Uid, null, syntaxError));
                    continue;
                }

                var text = new StringBuilder();
                var fieldOk = true;
                foreach (var segment in segments)
                {
                    if (!segment.IsPlaceholder)
                    {
                        text.Append(segment.Text);
                        continue;
                    }

                    var placeholder = Placeholder.Resolve(segment.Text);
                    if (!placeholder.IsKnown)
                    {
                        errors.Add(new TemplateError(template.Name, field.Uid, segment.Text, "unknown placeholder {" + segment.Text + "}; known placeholders are " + Placeholder.KnownList));
                        fieldOk = false;
                        continue;
                    }

                    var value = values.Lookup(placeholder, template.TimeFormat);
                    if (value == null)
                    {
                        errors.Add(new TemplateError(template.Name, field.Uid, segment.Text, MissingProblem(placeholder, values)));
                        fieldOk = false;
                        continue;
                    }
                    text.Append(value);
                }

                if (!fieldOk) continue;
                if (text.Length > limits.MaxFieldLength)
                {
                    errors.Add(new TemplateError(template.Name, field.Uid, null, "the value is " + text.Length + " characters, over the " + limits.MaxFieldLength + "-character field cap"));
                    continue;
                }
                result.Add(new KeyValuePair<string, string>(field.Uid, text.ToString()));
            }

            return errors.Count == 0
                ? new TemplateExpansion(result, errors)
                : new TemplateExpansion(Array.Empty<KeyValuePair<string, string>>(), errors);
        }

        private static string MissingProblem(Placeholder placeholder, PlaceholderValues values)
        {
            if (placeholder.Kind == PlaceholderKind.Arg)
                return "no value for {" + placeholder.Name + "}: " + values.Args.Count + " argument(s) were given";
            if (placeholder.Kind == PlaceholderKind.Args)
                return "no value for {" + placeholder.Name + "}: no arguments were given";
            return "no value for {" + placeholder.Name + "}";
        }
    }
}
