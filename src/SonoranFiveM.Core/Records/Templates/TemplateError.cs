namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>A problem with a template or its expansion, naming the template, the field and the placeholder.</summary>
    public sealed class TemplateError
    {
        public TemplateError(string templateName, string? fieldUid, string? placeholder, string problem)
        {
            TemplateName = templateName;
            FieldUid = fieldUid;
            Placeholder = placeholder;
            Problem = problem;
        }

        public string TemplateName { get; }

        /// <summary>The field the problem is in; null for template-wide problems (e.g. no fields).</summary>
        public string? FieldUid { get; }

        /// <summary>The placeholder name involved, without braces; null when none is.</summary>
        public string? Placeholder { get; }

        /// <summary>What is wrong and how to fix it.</summary>
        public string Problem { get; }

        /// <summary>e.g. <c>record template 'bolo', field 'plate': unknown placeholder {plat} …</c></summary>
        public string Message
            => "record template '" + TemplateName + "'" + (FieldUid != null ? ", field '" + FieldUid + "'" : string.Empty) + ": " + Problem;

        public override string ToString() => Message;
    }
}
