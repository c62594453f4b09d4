namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>One field of a <see cref="RecordTemplate"/>: the Sonoran field uid and its text with placeholders.</summary>
    public sealed class TemplateField
    {
        public TemplateField(string uid, string text)
        {
            Uid = uid ?? string.Empty;
            Text = text ?? string.Empty;
        }

        public string Uid { get; }
        public string Text { get; }
    }
}
