namespace SonoranFiveM.Core.Records
{
    /// <summary>Tuning for <see cref="RecordService"/>; every property has a default.</summary>
    public sealed class RecordServiceOptions
    {
        /// <summary>Lifetime rules (default: 1 to 1440 minutes, longer capped with a warning).</summary>
        public RecordLifetimePolicy Lifetime { get; set; } = RecordLifetimePolicy.Default;

        /// <summary>Field length cap (default 500 characters).</summary>
        public TemplateLimits Limits { get; set; } = TemplateLimits.Default;

        /// <summary>How long an early delete at a mirror keeps being attempted. Default 7 days.</summary>
        public TimeSpan DeleteGrace { get; set; } = TimeSpan.FromDays(7);

        /// <summary>The owner's <c>records.*</c> settings as service options.</summary>
        public static RecordServiceOptions FromOptions(RecordsOptions records)
        {
            if (records == null) throw new ArgumentNullException(nameof(records));
            return new RecordServiceOptions
            {
                Lifetime = new RecordLifetimePolicy { MaxMinutes = records.MaxMinutes > 0 ? records.MaxMinutes : RecordLifetimePolicy.DefaultMaxMinutes },
            };
        }

        /// <summary>The owner's <c>records.templates</c> as templates (name, record type, fields, default minutes, mirrors).</summary>
        public static IReadOnlyList<RecordTemplate> TemplatesFrom(RecordsOptions records)
        {
            if (records == null) throw new ArgumentNullException(nameof(records));
            return records.Templates
                .Select(pair => new RecordTemplate(pair.Key, pair.Value.RecordTypeId, pair.Value.Fields, pair.Value.DefaultMinutes, pair.Value.Mirrors))
                .ToList();
        }
    }
}
