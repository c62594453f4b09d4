namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>
    /// Checks a template at config load, without any values: name, record type, fields, brace syntax, unknown
    /// placeholders, mirror names, literal text already over the field cap. Pure.
    /// </summary>
    public static class TemplateValidator
    {
        /// <param name="template">The template to check.</param>
        /// <param name="knownMirrors">Mirror names configured (e.g. <c>tines</c>, <c>quickblox</c>); null skips the check.</param>
        /// <param name="limits">Field cap; <see cref="TemplateLimits.Default"/> when null.</param>
        public static IReadOnlyList<TemplateError> Validate(RecordTemplate template, IEnumerable<string>? knownMirrors = null, TemplateLimits? limits = null)
        {
            if (template == null) throw new ArgumentNullException(nameof(template));
            limits ??= TemplateLimits.Default;
            var errors = new List<TemplateError>();
            var name = template.Name;

            if (string.IsNullOrWhiteSpace(name))
                errors.Add(new TemplateError(name, null, null, "the template has no name; give it one (e.g. \"bolo\")"));
            if (template.RecordTypeId <= 0)
                errors.Add(new TemplateError(name, null, null, "recordTypeId " + template.RecordTypeId + " is not a Sonoran record template id; use the id shown in the CAD's custom records (a positive number)"));
            if (template.Fields.Count == 0)
                errors.Add(new TemplateError(name, null, null, "the template has no fields; map at least one Sonoran field uid to its text"));

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in template.Fields)
            {
                if (string.IsNullOrWhiteSpace(field.Uid))
                {
                    errors.Add(new TemplateError(name, field.Uid, null, "a field has an empty uid; use the Sonoran field uid (e.g. \"plate\")"));
                    continue;
                }
                if (!seen.Add(field.Uid))
                    errors.Add(new TemplateError(name, field.Uid, null, "the field uid appears twice; keep one"));

                var segments = TemplateText.Parse(field.Text, out var syntaxError);
                if (syntaxError != null)
                {
                    errors.Add(new TemplateError(name, field.Uid, null, syntaxError));
                    continue;
                }

                var literalLength = 0;
                foreach (var segment in segments)
                {
                    if (!segment.IsPlaceholder)
                    {
                        literalLength += segment.Text.Length;
                        continue;
                    }
                    if (!Placeholder.Resolve(segment.Text).IsKnown)
                        errors.Add(new TemplateError(name, field.Uid, segment.Text, "unknown placeholder {" + segment.Text + "}; known placeholders are " + Placeholder.KnownList + " (write {{ and }} for literal braces)"));
                }
                if (literalLength > limits.MaxFieldLength)
                    errors.Add(new TemplateError(name, field.Uid, null, "the fixed text alone is " + literalLength + " characters, over the " + limits.MaxFieldLength + "-character field cap; shorten it"));
            }

            if (knownMirrors != null)
            {
                var known = new HashSet<string>(knownMirrors, StringComparer.OrdinalIgnoreCase);
                foreach (var mirror in template.Mirrors.Where(m => !known.Contains(m)))
                    errors.Add(new TemplateError(name, null, null, "mirror '" + mirror + "' is not configured; known mirrors are " + (known.Count == 0 ? "(none)" : string.Join(", ", known.OrderBy(m => m, StringComparer.Ordinal))) + ". Remove it or configure and enable that mirror"));
            }

            return errors;
        }

        /// <summary>The highest <c>{argN}</c> any field uses (0 when none), so a record command can check it supplies that many.</summary>
        public static int HighestArgument(RecordTemplate template)
        {
            var highest = 0;
            foreach (var field in template.Fields)
            {
                foreach (var segment in TemplateText.Parse(field.Text, out _))
                {
                    if (!segment.IsPlaceholder) continue;
                    var placeholder = Placeholder.Resolve(segment.Text);
                    if (placeholder.Kind == PlaceholderKind.Arg && placeholder.ArgIndex > highest) highest = placeholder.ArgIndex;
                }
            }
            return highest;
        }
    }
}
