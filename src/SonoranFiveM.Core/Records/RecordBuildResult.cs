namespace SonoranFiveM.Core.Records
{
    /// <summary>A built <see cref="TemporaryRecord"/>, or the reasons it could not be built.</summary>
    public sealed class RecordBuildResult
    {
        internal RecordBuildResult(TemporaryRecord? record, IReadOnlyList<string> errors, string? warning)
        {
            Record = record;
            Errors = errors;
            Warning = warning;
        }

        public bool Succeeded => Record != null;
        public TemporaryRecord? Record { get; }

        /// <summary>Each names the template, the field and the placeholder involved.</summary>
        public IReadOnlyList<string> Errors { get; }

        /// <summary>A lifetime that was capped; log it.</summary>
        public string? Warning { get; }
    }
}
