namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>A problem with a template or its expansion, naming the template, the field and the placeholder.</summary>
    /// <param name="TemplateName">The template's name.</param>
    /// <param name="FieldUid">The field the problem is in; null for template-wide problems (e.g. no fields).</param>
    /// <param name="Placeholder">The placeholder name involved, without braces; null when none is.</param>
    /// <param name="Problem">What is wrong and how to fix it.</param>
    public sealed record TemplateError(string TemplateName, string? FieldUid, string? Placeholder, string Problem)
    {
        /// <summary>e.g. <c>record template 'bolo', field 'plate': unknown placeholder {plat} …</c></summary>
        public string Message
            => "record template '" + TemplateName + "'" + (FieldUid != null ? ", field '" + FieldUid + "'" : string.Empty) + ": " + Problem;

        public override string ToString() => Message;
    }
}
