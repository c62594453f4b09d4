namespace SonoranFiveM.Core.Records
{
    /// <summary>
    /// A record create on Sonoran's records lane: the request, when it was queued (its lifetime counts from then), and
    /// when to delete what it creates: <see cref="DeleteAfter"/> the acceptance, or at <see cref="DeleteAt"/> (which wins).
    /// </summary>
    public sealed class RecordCreate
    {
        public RecordRequest Request { get; init; } = null!;
        public DateTimeOffset QueuedAt { get; init; }
        public TimeSpan? DeleteAfter { get; init; }
        public DateTimeOffset? DeleteAt { get; init; }

        /// <summary>When the created record is to be deleted, counted from its acceptance at <paramref name="acceptedAt"/>; null for never.</summary>
        public DateTimeOffset? DeleteDue(DateTimeOffset acceptedAt) => DeleteAt ?? (DeleteAfter.HasValue ? acceptedAt + DeleteAfter.Value : (DateTimeOffset?)null);

        /// <summary>
        /// The request as it should be sent at <paramref name="now"/>: <c>deleteAfterMinutes</c> = the whole minutes (rounded
        /// up, at least 1) left of its lifetime counted from <see cref="QueuedAt"/>, so a record that waited (outage, rate
        /// limit, restart) still expires when it was meant to.
        /// </summary>
        public RecordRequest RequestAt(DateTimeOffset now)
        {
            var request = Request;
            if (!(request.DeleteAfterMinutes > 0)) return request;
            var lifetime = request.DeleteAfterMinutes!.Value;
            var minutes = Math.Min(lifetime, Math.Max(1, RecordLifetimePolicy.RemainingMinutes(QueuedAt.AddMinutes(lifetime), now)));
            if (minutes == lifetime) return request;
            return request.RawRecord != null
                ? RecordRequest.Raw(request.Owner, request.RawRecord, minutes)
                : RecordRequest.FromTemplate(request.Owner, request.RecordTypeId!.Value, request.ReplaceValues!, minutes);
        }
    }
}
