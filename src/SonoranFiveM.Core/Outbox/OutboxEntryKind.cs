namespace SonoranFiveM.Core.Outbox
{
    /// <summary>The durable work kinds.</summary>
    public enum OutboxEntryKind
    {
        Call911,
        CreateRecord,
        DeleteRecord,
    }
}
