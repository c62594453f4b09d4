namespace SonoranFiveM.Core.Outbox
{
    /// <summary>A codec from two functions.</summary>
    public sealed class WorkCodec<T> : IWorkCodec<T>
    {
        private readonly Func<T, JObject> _encode;
        private readonly Func<OutboxEntry, T> _decode;

        public WorkCodec(OutboxEntryKind kind, Func<T, JObject> encode, Func<OutboxEntry, T> decode)
        {
            Kind = kind;
            _encode = encode ?? throw new ArgumentNullException(nameof(encode));
            _decode = decode ?? throw new ArgumentNullException(nameof(decode));
        }

        public OutboxEntryKind Kind { get; }

        public JObject Encode(T work) => _encode(work);

        public T Decode(OutboxEntry entry) => _decode(entry);
    }

    /// <summary>Codecs of the work kinds the outbox holds.</summary>
    public static class WorkCodecs
    {
        /// <summary>
        /// Work of a lane that is not a fixed CAD lane (a record mirror), journaled as <c>{"lane": name, "work": {…}}</c>
        /// so replay finds its lane by name.
        /// </summary>
        public static IWorkCodec<T> ForLane<T>(string lane, OutboxEntryKind kind, Func<T, JObject> encode, Func<JObject, T> decode)
            => new WorkCodec<T>(kind, work => OutboxPayloads.ForLane(lane, encode(work)), entry => decode(OutboxPayloads.WorkOf(entry.Payload)));
    }
}
