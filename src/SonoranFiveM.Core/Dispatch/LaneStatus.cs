using System;
using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>A point-in-time snapshot of one lane, for the status command.</summary>
    public sealed class LaneStatus
    {
        public LaneStatus(CadEndpoint endpoint, int permitsPerWindow, int queued, long requestsSent, long itemsAccepted, long retried,
            IReadOnlyDictionary<DropReason, long> dropped, DeliveryFailure? lastError, DateTimeOffset? lastErrorAt,
            DateTimeOffset nextAllowedSendAt, bool paused, string? pauseReason, string? name = null)
        {
            Endpoint = endpoint;
            Name = name ?? endpoint.ToString();
            PermitsPerWindow = permitsPerWindow;
            Queued = queued;
            RequestsSent = requestsSent;
            ItemsAccepted = itemsAccepted;
            Retried = retried;
            Dropped = dropped;
            LastError = lastError;
            LastErrorAt = lastErrorAt;
            NextAllowedSendAt = nextAllowedSendAt;
            Paused = paused;
            PauseReason = pauseReason;
        }

        /// <summary>For a CAD lane, the endpoint (e.g. the dispatcher's <c>CreateRecord</c> lane); for a record mirror, the kind of operation.</summary>
        public CadEndpoint Endpoint { get; }

        /// <summary>The lane's name: the endpoint's name for CAD lanes, <c>mirror.Operation</c> for record mirrors (e.g. <c>tines.CreateRecord</c>).</summary>
        public string Name { get; }

        /// <summary>Requests this lane may send in any 60 s window (documented limit × share).</summary>
        public int PermitsPerWindow { get; }

        /// <summary>Items waiting (for the location lane: units with unsent changes).</summary>
        public int Queued { get; }

        /// <summary>HTTP requests attempted.</summary>
        public long RequestsSent { get; }

        /// <summary>Items the CAD accepted.</summary>
        public long ItemsAccepted { get; }

        /// <summary>Items put back for another attempt (transient failure, 429, split of a rejected batch).</summary>
        public long Retried { get; }

        public IReadOnlyDictionary<DropReason, long> Dropped { get; }

        public long DroppedTotal => Dropped.Values.Sum();

        public DeliveryFailure? LastError { get; }
        public DateTimeOffset? LastErrorAt { get; }

        /// <summary>Earliest time the lane may send again (rate budget, Retry-After, backoff).</summary>
        public DateTimeOffset NextAllowedSendAt { get; }

        /// <summary>Stopped by a fatal error until <see cref="Dispatcher.Resume"/> or a restart.</summary>
        public bool Paused { get; }

        public string? PauseReason { get; }

        public override string ToString()
            => Name + ": queued " + Queued + ", sent " + RequestsSent + ", accepted " + ItemsAccepted + ", retried " + Retried
               + ", dropped " + DroppedTotal + (Paused ? ", PAUSED (" + PauseReason + ")" : string.Empty)
               + (LastError != null ? ", last error " + LastError.Kind + ": " + LastError.Message : string.Empty);
    }
}
