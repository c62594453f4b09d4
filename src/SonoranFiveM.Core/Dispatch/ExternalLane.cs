using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Outbox;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// A lane the <see cref="Dispatcher"/> runs for work that is not a Sonoran CAD call (the record mirrors: Tines,
    /// QuickBlox). It is the same machinery as a CAD lane: its own sliding-window rate limiter, queue policy, backoff,
    /// fatal pause and counters, pumped by the dispatcher's loops, journaled to the same outbox when durable. Register
    /// with <see cref="Dispatcher.AddLane"/> before <see cref="Dispatcher.Start"/> (or <see cref="Dispatcher.RestoreFromOutbox"/>).
    /// </summary>
    public sealed class ExternalLane
    {
        /// <param name="name">Unique lane name, e.g. <c>tines.CreateRecord</c>; shown in the status and logs, and kept in the outbox.</param>
        /// <param name="operation">The kind of work (e.g. <see cref="CadEndpoint.CreateRecord"/>), reported as <see cref="LaneStatus.Endpoint"/>.</param>
        /// <param name="permitsPerMinute">Most requests in any 60 s window.</param>
        /// <param name="policy">Queue policy; when <see cref="LanePolicy.Durable"/>, <see cref="Encode"/> and <see cref="Decode"/> are required.</param>
        /// <param name="send">Sends one batch (up to <see cref="MaxBatch"/> work items, in order); never throws for a failed request.</param>
        public ExternalLane(string name, CadEndpoint operation, int permitsPerMinute, LanePolicy policy,
            Func<IReadOnlyList<object>, CancellationToken, Task<LaneSendResult>> send)
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
        public Func<IReadOnlyList<object>, CancellationToken, Task<LaneSendResult>> Send { get; }

        /// <summary>Most work items per request. Default 1.</summary>
        public Func<int> MaxBatch { get; set; } = () => 1;

        /// <summary>The outbox kind its durable entries are journaled as.</summary>
        public OutboxEntryKind Kind { get; set; } = OutboxEntryKind.MirrorCreateRecord;

        /// <summary>Work → journal payload (durable lanes).</summary>
        public Func<object, JObject>? Encode { get; set; }

        /// <summary>Journal payload → work (durable lanes, on replay).</summary>
        public Func<JObject, object>? Decode { get; set; }

        /// <summary>
        /// The lane that deletes what this lane creates. When work queued with a delete time is accepted, the work
        /// <see cref="DeleteWork"/> builds from the id the target gave is queued there, due at that time, and journaled
        /// before the create is closed (a crash in between leaves both, never neither).
        /// </summary>
        public string? DeleteLane { get; set; }

        /// <summary>The target's id for a created item → the work that deletes it (queued on <see cref="DeleteLane"/>).</summary>
        public Func<string, object>? DeleteWork { get; set; }
    }
}
