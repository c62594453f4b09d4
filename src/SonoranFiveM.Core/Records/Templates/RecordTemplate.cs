namespace SonoranFiveM.Core.Records.Templates
{
    /// <summary>
    /// A config-defined temporary record: which Sonoran record type to fill, the text of each field (with
    /// placeholders such as <c>{caller}</c> or <c>{arg1}</c>), how long it lives and which mirrors also get it.
    /// Immutable; check it once at config load with <see cref="TemplateValidator"/>.
    /// </summary>
    public sealed class RecordTemplate
    {
        public RecordTemplate(
            string name,
            int recordTypeId,
            IEnumerable<KeyValuePair<string, string>> fields,
            int lifetimeMinutes,
            IEnumerable<string>? mirrors = null,
            TimeFormat timeFormat = TimeFormat.HourMinute)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            RecordTypeId = recordTypeId;
            Fields = (fields ?? throw new ArgumentNullException(nameof(fields)))
                .Select(pair => new TemplateField(pair.Key, pair.Value))
                .ToList();
            LifetimeMinutes = lifetimeMinutes;
            Mirrors = (mirrors ?? Enumerable.Empty<string>()).ToList();
            TimeFormat = timeFormat;
        }

        /// <summary>The template's name, used by record commands and in every error message.</summary>
        public string Name { get; }

        /// <summary>Sonoran's custom record template id (<c>recordTypeId</c>).</summary>
        public int RecordTypeId { get; }

        /// <summary>Field uid (Sonoran <c>replaceValues</c> key) → text with placeholders, in config order.</summary>
        public IReadOnlyList<TemplateField> Fields { get; }

        /// <summary>Default lifetime in minutes; checked by <see cref="RecordLifetimePolicy"/>.</summary>
        public int LifetimeMinutes { get; }

        /// <summary>Names of the mirrors (e.g. <c>tines</c>, <c>quickblox</c>) that also receive this record.</summary>
        public IReadOnlyList<string> Mirrors { get; }

        /// <summary>How <c>{time}</c> is written.</summary>
        public TimeFormat TimeFormat { get; }
    }
}
