namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>
    /// Somewhere a temporary record is created and later deleted: Sonoran CAD, or a mirror (Tines, QuickBlox).
    /// No method throws for an HTTP-level failure; each returns a classified <see cref="Http.DeliveryFailure"/>.
    /// Only cancellation throws (<see cref="System.OperationCanceledException"/>).
    /// </summary>
    public interface IRecordSink
    {
        /// <summary>The sink name a template lists (<c>sonoran</c>, <c>tines</c>, <c>quickblox</c>) and the key in <see cref="TemporaryRecord.RemoteIds"/>.</summary>
        string Name { get; }

        /// <summary>Most records one <see cref="CreateBatchAsync"/> call accepts (1 where the target has no batch create).</summary>
        int MaxBatch { get; }

        /// <summary>Creates one record; on success <see cref="SinkResult.RemoteId"/> is the target's id for it (for the scheduled delete).</summary>
        Task<SinkResult> CreateAsync(TemporaryRecord record, CancellationToken cancellationToken);

        /// <summary>
        /// Creates up to <see cref="MaxBatch"/> records in one request; results in input order. More than
        /// <see cref="MaxBatch"/> is a programming error (<see cref="System.ArgumentException"/>).
        /// </summary>
        Task<SinkBatchResult> CreateBatchAsync(IReadOnlyList<TemporaryRecord> records, CancellationToken cancellationToken);

        /// <summary>Deletes a record by the id this sink gave it. A record already gone (404) counts as deleted.</summary>
        Task<SinkResult> DeleteAsync(string remoteId, CancellationToken cancellationToken);
    }
}
