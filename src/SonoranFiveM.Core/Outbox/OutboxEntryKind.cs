namespace SonoranFiveM.Core.Outbox
{
    /// <summary>The durable work kinds.</summary>
    public enum OutboxEntryKind
    {
        Call911,
        CreateRecord,
        DeleteRecord,
        /// <summary>A record create on an external lane (a record mirror); the payload names the lane.</summary>
        MirrorCreateRecord,
        /// <summary>A record delete on an external lane (a record mirror); the payload names the lane.</summary>
        MirrorDeleteRecord,
    }
}
