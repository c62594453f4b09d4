namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// A lane of discrete typed work items (<see cref="WorkQueue{T}"/> holds them) and its sender. Items taken for a
    /// request leave the queue; on a retryable failure they go back to the front, as <see cref="FailurePolicy"/> says.
    /// Settling an item completes its ticket, runs the lane's <see cref="LaneSpec{T}.Accepted"/> rule and closes its
    /// outbox entry, in that order.
    /// </summary>
    internal sealed class QueueLane<T> : Lane, IQueueLane
    {
        private readonly LaneSpec<T> _spec;
        private readonly DurableWork _durable;
        private readonly WorkQueue<T> _queue;

        public QueueLane(LaneSpec<T> spec, DispatcherOptions options, TimeProvider time, ILog log, Action<LaneFault> onFault, DurableWork durable)
            : base(spec.Name, spec.Operation, spec.PermitsPerMinute, spec.Policy, options, time, log, onFault)
        {
            _spec = spec;
            _durable = durable;
            _queue = new WorkQueue<T>(spec.Policy, spec.Deferrable);
        }

        public IWorkCodec<T>? Codec => _spec.Codec;

        public override int Queued => _queue.Count;

        public int QueuedDeferrable => _queue.DeferrableCount;

        /// <summary>Queues an item under the lane's policy. False when the item was refused (its ticket is then complete).</summary>
        /// <param name="item">The work.</param>
        /// <param name="ignoreCapacity">Replayed or follow-up work: already durable and bounded by the outbox size.</param>
        public bool Enqueue(LaneItem<T> item, bool ignoreCapacity = false)
        {
            var finished = new List<Settlement<T>>(1);
            bool accepted;
            if (IsPaused && !Policy.IsDurable)
            {
                finished.Add(new Settlement<T>(item, DeliveryState.Rejected, PausedDetail(PauseReason), DropReason.LanePaused));
                accepted = false;
            }
            else
            {
                accepted = _queue.Add(item, ignoreCapacity, Name, finished);
            }

            Finish(finished);
            if (accepted) Wake();
            return accepted;
        }

        public void Restore(OutboxEntry entry)
        {
            var work = _spec.Codec!.Decode(entry);
            var ticket = new DeliveryTicket(entry.Id);
            ticket.SetDurability(Durability.Saved);
            Enqueue(new LaneItem<T>(entry.Id, null, work, entry.CreatedAt, entry.ExpiresAt, entry.DueAt, ticket) { Entry = entry }, ignoreCapacity: true);
        }

        protected override bool HasSendableWork(DateTimeOffset now) => _queue.HasSendable(now);

        protected override DateTimeOffset? NextWorkAt(DateTimeOffset now) => _queue.NextWorkAt(now);

        protected override void DropStale(DateTimeOffset now)
        {
            var finished = _queue.RemoveExpired(now);
            foreach (var settled in finished)
                Log.Write(LogLevel.Warning, "Dispatch lane " + Name + " dropped item " + settled.Item.Id + ": " + settled.Detail + ".");
            Finish(finished);
        }

        protected override void OnPaused(string reason)
        {
            // Durable work stays queued and journaled: it goes out after Resume() or after a restart.
            if (Policy.IsDurable) return;
            Finish(_queue.RemoveAll(DeliveryState.Rejected, PausedDetail(reason), DropReason.LanePaused));
        }

        public bool TryCancel(string id, string detail)
        {
            var found = _queue.Remove(id);
            if (found == null) return false;
            Finish(new List<Settlement<T>> { new Settlement<T>(found, DeliveryState.Dropped, detail, DropReason.Cancelled) });
            return true;
        }

        public void AbandonNonDurable(string detail)
        {
            if (Policy.IsDurable) return;
            Finish(_queue.RemoveAll(DeliveryState.Dropped, detail, DropReason.Shutdown));
        }

        protected override async Task<bool> SendOneAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var batch = _queue.TakeBatch(now, Math.Max(1, _spec.MaxBatch()));
            if (batch == null) return false;

            Counters.RequestSent();
            LaneSendResult sent;
            try
            {
                var work = new T[batch.Count];
                for (var i = 0; i < batch.Count; i++) work[i] = batch[i].Work;
                sent = await _spec.Send(work, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Finish(_queue.Requeue(batch));
                return false;
            }
            catch (Exception ex)
            {
                sent = new LaneSendResult(CadResult.Fail(new DeliveryFailure(DeliveryFailureKind.Transient, "unexpected " + ex.GetType().Name + ": " + ex.Message)));
            }

            if (sent.Result.IsAccepted)
            {
                Succeeded();
                Counters.Accepted(batch.Count);
                for (var i = 0; i < batch.Count; i++) Accept(batch[i], sent.CadIds != null && i < sent.CadIds.Count ? sent.CadIds[i] : null);
                return true;
            }

            var failure = sent.Result.Failure!;
            foreach (var item in batch) item.Ticket.RecordFailure(failure);
            var rule = Failed(failure, batch.Count);
            switch (rule.Items)
            {
                case ItemReaction.SplitThenReject when batch.Count > 1:
                    // One bad item must not sink the others: retry each on its own to find it.
                    foreach (var item in batch) item.SendAlone = true;
                    Counters.Retried(batch.Count);
                    Finish(_queue.Requeue(batch));
                    Log.Write(LogLevel.Warning, "Dispatch lane " + Name + ": the CAD rejected a batch of " + batch.Count + "; retrying its items one by one. " + failure.Message);
                    break;

                case ItemReaction.SplitThenReject:
                    Log.Write(LogLevel.Warning, "Dispatch lane " + Name + ": the CAD rejected item " + batch[0].Id + "; not retrying. " + failure);
                    Finish(new List<Settlement<T>> { new Settlement<T>(batch[0], DeliveryState.Rejected, failure.Message, DropReason.RejectedByCad) });
                    break;

                case ItemReaction.KeepIfDurable when !Policy.IsDurable:
                    var paused = new List<Settlement<T>>(batch.Count);
                    foreach (var item in batch) paused.Add(new Settlement<T>(item, DeliveryState.Rejected, PausedDetail(failure.Message), DropReason.LanePaused));
                    Finish(paused);
                    break;

                default:
                    Counters.Retried(batch.Count);
                    Finish(_queue.Requeue(batch));
                    break;
            }

            return rule.PumpGoesOn;
        }

        private string PausedDetail(string? reason) => "the " + Name + " lane is paused by a fatal CAD error: " + reason;

        private void Accept(LaneItem<T> item, string? cadId)
        {
            item.MoveTo(ItemState.Settled);
            item.Ticket.Complete(DeliveryState.Accepted, null, cadId);
            try
            {
                _spec.Accepted?.Invoke(item.Work, cadId);
            }
            catch (Exception ex)
            {
                Log.Write(LogLevel.Error, "Dispatch lane " + Name + ": settling item " + item.Id + " failed: " + ex.Message);
            }

            _durable.Close(item.Entry, DeliveryState.Accepted);
        }

        private void Finish(List<Settlement<T>> finished)
        {
            foreach (var settled in finished)
            {
                Counters.Dropped(settled.Reason);
                settled.Item.MoveTo(ItemState.Settled);
                settled.Item.Ticket.Complete(settled.State, settled.Detail);
                _durable.Close(settled.Item.Entry, settled.State);
            }
        }
    }
}
