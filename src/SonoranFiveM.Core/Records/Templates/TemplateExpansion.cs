namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>The expanded field values (uid → text, in template order), or every error found.</summary>
    public sealed class TemplateExpansion
    {
        internal TemplateExpansion(IReadOnlyList<KeyValuePair<string, string>> values, IReadOnlyList<TemplateError> errors)
        {
            Values = values;
            Errors = errors;
        }

        public bool Succeeded => Errors.Count == 0;

        /// <summary>Field uid → expanded text, in template field order; empty when expansion failed.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Values { get; }

        public IReadOnlyList<TemplateError> Errors { get; }
    }
}
