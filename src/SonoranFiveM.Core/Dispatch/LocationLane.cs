namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// The unit-locations lane: at most one request per <see cref="DispatcherOptions.LocationInterval"/>, carrying every
    /// pending unit (latest state only) that the source holds, up to <see cref="DispatcherOptions.MaxUnitsPerLocationBatch"/>.
    /// </summary>
    internal sealed class LocationLane : Lane
    {
        private readonly ICadApi _api;
        private IUnitLocationSource? _source;
        private readonly object _slotGate = new object();
        private DateTimeOffset _lastAttemptAt = DateTimeOffset.MinValue;

        public LocationLane(LanePolicy policy, DispatcherOptions options, TimeProvider time, ILog log, Action<LaneFault> onFault, ICadApi api)
            : base(CadEndpoint.UnitLocations, policy, options, time, log, onFault)
        {
            _api = api;
        }

        public IUnitLocationSource? Source
        {
            get => Volatile.Read(ref _source);
            set => Volatile.Write(ref _source, value);
        }

        public override int Queued => Source?.PendingCount ?? 0;

        private DateTimeOffset NextSlot
        {
            get
            {
                DateTimeOffset last;
                lock (_slotGate) last = _lastAttemptAt;
                return last == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : last + Options.LocationInterval;
            }
        }

        protected override bool HasSendableWork(DateTimeOffset now) => Queued > 0 && now >= NextSlot;

        protected override DateTimeOffset? NextWorkAt(DateTimeOffset now)
        {
            var slot = NextSlot;
            if (slot < now) slot = now;
            // Units turn dirty on the main thread without waking us, so look again at the next slot even when idle.
            return Source == null ? (DateTimeOffset?)null : (Queued > 0 ? slot : (slot > now ? slot : now + Options.LocationInterval));
        }

        protected override void DropStale(DateTimeOffset now)
        {
            // Latest state only; nothing goes stale (the source replaces it).
        }

        protected override void OnPaused(string reason)
        {
            // Unit states stay pending in the source and are resent in full after Resume().
        }

        protected override async Task<bool> SendOneAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var source = Source;
            var batch = source?.TakeBatch(Math.Max(1, Options.MaxUnitsPerLocationBatch), now);
            if (source == null || batch == null || batch.Updates.Count == 0) return false;

            lock (_slotGate) _lastAttemptAt = now;
            Counters.RequestSent();
            CadResult result;
            try
            {
                result = await _api.UpdateUnitLocationsAsync(batch.Updates, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                source.Complete(batch, LocationBatchOutcome.Failed, Now);
                return false;
            }
            catch (Exception ex)
            {
                result = CadResult.Fail(new DeliveryFailure(DeliveryFailureKind.Transient, "unexpected " + ex.GetType().Name + ": " + ex.Message));
            }

            if (result.IsAccepted)
            {
                Succeeded();
                Counters.Accepted(batch.Updates.Count);
                source.Complete(batch, LocationBatchOutcome.Accepted, Now);
                return false; // one request per interval
            }

            var failure = result.Failure!;
            if (Failed(failure, batch.Updates.Count).Items == ItemReaction.SplitThenReject)
            {
                Counters.Dropped(DropReason.RejectedByCad, batch.Updates.Count);
                Log.Write(LogLevel.Warning, "Dispatch lane UnitLocations: the CAD rejected a batch of " + batch.Updates.Count + " unit(s). " + failure);
                source.Complete(batch, LocationBatchOutcome.Rejected, Now);
            }
            else
            {
                Counters.Retried(batch.Updates.Count);
                source.Complete(batch, LocationBatchOutcome.Failed, Now);
            }

            return false;
        }
    }
}
