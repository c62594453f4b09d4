namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// One lane of typed work and its sender: a CAD endpoint, or another target (a record mirror: Tines, QuickBlox). Every
    /// lane is the same machinery: its own sliding-window rate limiter, queue policy, failure policy, fatal pause and
    /// counters, pumped by the dispatcher's loops and journaled to the outbox when durable. Register it with
    /// <see cref="Dispatcher.AddLane{T}"/> before the dispatcher replays the outbox or starts.
    /// </summary>
    /// <typeparam name="T">The work one item carries.</typeparam>
    public sealed class LaneSpec<T>
    {
        /// <param name="name">Unique lane name (the endpoint for CAD lanes, e.g. <c>Create911Call</c>; <c>tines.CreateRecord</c> for a mirror); shown in the status and logs, kept in the outbox.</param>
        /// <param name="operation">The kind of work, reported as <see cref="LaneStatus.Endpoint"/>.</param>
        /// <param name="permitsPerMinute">Most requests in any 60 s window.</param>
        /// <param name="policy">Queue policy; when <see cref="LanePolicy.IsDurable"/>, <see cref="Codec"/> is required.</param>
        /// <param name="send">Sends one batch (up to <see cref="MaxBatch"/> items, in order); never throws for a failed request.</param>
        public LaneSpec(string name, CadEndpoint operation, int permitsPerMinute, LanePolicy policy, Func<IReadOnlyList<T>, CancellationToken, Task<LaneSendResult>> send)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A lane needs a name.", nameof(name));
            if (permitsPerMinute < 1) throw new ArgumentOutOfRangeException(nameof(permitsPerMinute), permitsPerMinute, "At least one request per minute.");
            Name = name;
            Operation = operation;
            PermitsPerMinute = permitsPerMinute;
            Policy = policy ?? throw new ArgumentNullException(nameof(policy));
            Send = send ?? throw new ArgumentNullException(nameof(send));
        }

        public string Name { get; }
        public CadEndpoint Operation { get; }
        public int PermitsPerMinute { get; }
        public LanePolicy Policy { get; }
        public Func<IReadOnlyList<T>, CancellationToken, Task<LaneSendResult>> Send { get; }

        /// <summary>Most items per request. Default 1.</summary>
        public Func<int> MaxBatch { get; set; } = () => 1;

        /// <summary>How durable work is journaled and read back.</summary>
        public IWorkCodec<T>? Codec { get; set; }

        /// <summary>Work that waits behind every other item of the lane (non-emergency calls). None by default.</summary>
        public Func<T, bool>? Deferrable { get; set; }

        /// <summary>
        /// Runs when an item is accepted, with the target's id for it, before its outbox entry is closed: work it queues
        /// (a scheduled delete) is saved first, so a crash in between leaves both, never neither.
        /// </summary>
        public Action<T, string?>? Accepted { get; set; }
    }
}
