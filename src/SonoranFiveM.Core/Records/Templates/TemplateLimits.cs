namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>Caps applied when a template is expanded.</summary>
    public sealed class TemplateLimits
    {
        public const int DefaultMaxFieldLength = 500;

        public static TemplateLimits Default { get; } = new TemplateLimits();

        /// <summary>Longest value one field may expand to, in characters (default 500). Longer is an error, never cut.</summary>
        public int MaxFieldLength { get; init; } = DefaultMaxFieldLength;
    }
}
