namespace SonoranFiveM.Core.Outbox
{
    /// <summary>How one lane's durable work is journaled (<see cref="Encode"/>) and read back on replay (<see cref="Decode"/>).</summary>
    public interface IWorkCodec<T>
    {
        /// <summary>The kind its entries are journaled as.</summary>
        OutboxEntryKind Kind { get; }

        JObject Encode(T work);

        /// <summary>The work of a replayed entry; throws <see cref="System.FormatException"/> when it cannot be read.</summary>
        T Decode(OutboxEntry entry);
    }
}
