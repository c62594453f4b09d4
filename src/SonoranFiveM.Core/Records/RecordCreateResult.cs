namespace SonoranFiveM.Core.Records
{
    /// <summary>What <see cref="RecordService"/> made of a create request: a handle, or why not.</summary>
    public sealed class RecordCreateResult
    {
        private RecordCreateResult(string? handle, TemporaryRecord? record, IReadOnlyList<string> errors, string? warning)
        {
            Handle = handle;
            Record = record;
            Errors = errors;
            Warning = warning;
        }

        internal static RecordCreateResult Created(TemporaryRecord record, string? warning)
            => new RecordCreateResult(record.Id, record, Array.Empty<string>(), warning);

        internal static RecordCreateResult Refused(IReadOnlyList<string> errors, string? warning = null)
            => new RecordCreateResult(null, null, errors, warning);

        internal static RecordCreateResult Refused(string error) => Refused(new[] { error });

        public bool Succeeded => Handle != null;

        /// <summary>The record's client id: keep it to delete the record early with <see cref="RecordService.DeleteAsync"/>.</summary>
        public string? Handle { get; }

        /// <summary>The record as queued (expanded fields, sinks, expiry).</summary>
        public TemporaryRecord? Record { get; }

        /// <summary>Why nothing was created (unknown template, missing value, bad lifetime, queue full…).</summary>
        public IReadOnlyList<string> Errors { get; }

        /// <summary>Set when the lifetime was capped; the service has logged it.</summary>
        public string? Warning { get; }

        public override string ToString() => Succeeded ? "created " + Handle : "refused: " + string.Join("; ", Errors);
    }
}
