namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>A point-in-time snapshot of one lane, for the status command.</summary>
    /// <param name="Endpoint">For a CAD lane, the endpoint (e.g. the dispatcher's <c>CreateRecord</c> lane); for a record mirror, the kind of operation.</param>
    /// <param name="Name">The lane's name: the endpoint's name for CAD lanes, <c>mirror.Operation</c> for record mirrors (e.g. <c>tines.CreateRecord</c>).</param>
    /// <param name="PermitsPerWindow">Requests this lane may send in any 60 s window (documented limit × share).</param>
    /// <param name="Queued">Items waiting (for the location lane: units with unsent changes).</param>
    /// <param name="RequestsSent">HTTP requests attempted.</param>
    /// <param name="ItemsAccepted">Items the CAD accepted.</param>
    /// <param name="Retried">Items put back for another attempt (transient failure, 429, split of a rejected batch).</param>
    /// <param name="Dropped">Items dropped, by reason.</param>
    /// <param name="LastError">The last failure, if any.</param>
    /// <param name="LastErrorAt">When the last failure happened.</param>
    /// <param name="NextAllowedSendAt">Earliest time the lane may send again (rate budget, Retry-After, backoff).</param>
    /// <param name="Paused">Stopped by a fatal error until <see cref="Dispatcher.Resume"/> or a restart.</param>
    /// <param name="PauseReason">Why it is paused.</param>
    public sealed record LaneStatus(
        CadEndpoint Endpoint, string Name, int PermitsPerWindow, int Queued, long RequestsSent, long ItemsAccepted, long Retried,
        IReadOnlyDictionary<DropReason, long> Dropped, DeliveryFailure? LastError, DateTimeOffset? LastErrorAt,
        DateTimeOffset NextAllowedSendAt, bool Paused, string? PauseReason)
    {
        public long DroppedTotal => Dropped.Values.Sum();

        public override string ToString()
            => Name + ": queued " + Queued + ", sent " + RequestsSent + ", accepted " + ItemsAccepted + ", retried " + Retried
               + ", dropped " + DroppedTotal + (Paused ? ", PAUSED (" + PauseReason + ")" : string.Empty)
               + (LastError != null ? ", last error " + LastError.Kind + ": " + LastError.Message : string.Empty);
    }
}
