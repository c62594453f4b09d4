namespace SonoranFiveM.Core.Records
{
    /// <summary>
    /// Template + values + owner + clock → a <see cref="TemporaryRecord"/> ready for the outbox. Pure: the id and the
    /// time are supplied by the caller.
    /// </summary>
    public sealed class RecordBuilder
    {
        private readonly RecordLifetimePolicy _lifetime;
        private readonly TemplateLimits _limits;

        public RecordBuilder(RecordLifetimePolicy? lifetime = null, TemplateLimits? limits = null)
        {
            _lifetime = lifetime ?? RecordLifetimePolicy.Default;
            _limits = limits ?? TemplateLimits.Default;
        }

        /// <param name="template">A template that passed <see cref="TemplateValidator"/>.</param>
        /// <param name="values">Placeholder values; <see cref="PlaceholderValues.Time"/> is filled from <paramref name="now"/> when unset.</param>
        /// <param name="owner">The communityUserId that owns the record.</param>
        /// <param name="clientId">The outbox id for this record.</param>
        /// <param name="now">The current time from the integration's <see cref="TimeProvider"/>.</param>
        /// <param name="lifetimeMinutes">Overrides the template's lifetime when given (e.g. from an export).</param>
        public RecordBuildResult Build(RecordTemplate template, PlaceholderValues values, string owner, string clientId, DateTimeOffset now, int? lifetimeMinutes = null)
        {
            if (template == null) throw new ArgumentNullException(nameof(template));
            if (values == null) throw new ArgumentNullException(nameof(values));

            var errors = new List<string>();
            if (string.IsNullOrWhiteSpace(owner))
                errors.Add("record template '" + template.Name + "': no owner (communityUserId) for the record");

            var lifetime = _lifetime.Check(lifetimeMinutes ?? template.LifetimeMinutes, "record template '" + template.Name + "'");
            if (!lifetime.IsValid) errors.Add(lifetime.Error!);

            if (!values.Time.HasValue)
                values = new PlaceholderValues
                {
                    Caller = values.Caller,
                    Location = values.Location,
                    Postal = values.Postal,
                    Description = values.Description,
                    PlayerName = values.PlayerName,
                    Args = values.Args,
                    Time = now,
                };
            var expansion = TemplateExpander.Expand(template, values, _limits);
            errors.AddRange(expansion.Errors.Select(e => e.Message));

            if (errors.Count > 0) return new RecordBuildResult(null, errors, lifetime.Warning);

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in expansion.Values) fields[pair.Key] = pair.Value;

            var sinks = new List<string> { SonoranRecordSink.DefaultName };
            foreach (var mirror in template.Mirrors)
            {
                if (!sinks.Contains(mirror, StringComparer.OrdinalIgnoreCase)) sinks.Add(mirror);
            }

            var record = new TemporaryRecord
            {
                Id = clientId,
                TemplateName = template.Name,
                RecordTypeId = template.RecordTypeId,
                Fields = fields,
                Owner = owner,
                LifetimeMinutes = lifetime.Minutes,
                CreatedAt = now,
                ExpiresAt = RecordLifetimePolicy.ExpiresAt(now, lifetime.Minutes),
                Sinks = sinks,
            };
            return new RecordBuildResult(record, Array.Empty<string>(), lifetime.Warning);
        }
    }
}
