using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// A lane of discrete work items: FIFO or latest-wins per key, bounded, with a max age. Items taken for a request
    /// leave the queue; on a retryable failure they go back to the front (latest-wins: unless newer work arrived).
    /// Deferrable items (non-emergency calls) form the tail of the queue: other work is inserted before the first of
    /// them, so the queue always reads [urgent…, deferrable…] and each part stays in arrival order. O(1) per item.
    /// </summary>
    internal sealed class QueueLane : Lane
    {
        private readonly object _gate = new object();
        private readonly LinkedList<LaneItem> _queue = new LinkedList<LaneItem>();
        private readonly Dictionary<string, LinkedListNode<LaneItem>> _byKey = new Dictionary<string, LinkedListNode<LaneItem>>(StringComparer.Ordinal);
        private readonly Func<int> _maxBatch;
        private readonly Func<IReadOnlyList<LaneItem>, CancellationToken, Task<LaneSendResult>> _send;
        private readonly Action<LaneItem, DeliveryResult> _onFinished;

        /// <summary>The first deferrable item; every node after it is deferrable too. Null when none is queued.</summary>
        private LinkedListNode<LaneItem>? _firstDeferrable;
        private int _deferrableCount;

        public QueueLane(CadEndpoint endpoint, LanePolicy policy, DispatcherOptions options, TimeProvider time, ILog log, Action<LaneFault> onFault,
            Func<int> maxBatch, Func<IReadOnlyList<LaneItem>, CancellationToken, Task<LaneSendResult>> send, Action<LaneItem, DeliveryResult> onFinished)
            : this(endpoint.ToString(), endpoint, policy.PermitsPerWindow(endpoint), policy, options, time, log, onFault, maxBatch, send, onFinished)
        {
        }

        public QueueLane(string name, CadEndpoint endpoint, int permitsPerWindow, LanePolicy policy, DispatcherOptions options, TimeProvider time, ILog log, Action<LaneFault> onFault,
            Func<int> maxBatch, Func<IReadOnlyList<LaneItem>, CancellationToken, Task<LaneSendResult>> send, Action<LaneItem, DeliveryResult> onFinished)
            : base(name, endpoint, permitsPerWindow, policy, options, time, log, onFault)
        {
            _maxBatch = maxBatch;
            _send = send;
            _onFinished = onFinished;
        }

        public override int Queued
        {
            get { lock (_gate) return _queue.Count; }
        }

        /// <summary>Deferrable items (non-emergency calls) queued and not taken for sending.</summary>
        public int QueuedDeferrable
        {
            get { lock (_gate) return _deferrableCount; }
        }

        /// <summary>Queues an item under the lane's policy. False when the item was refused (its ticket is then complete).</summary>
        /// <param name="item">The work.</param>
        /// <param name="ignoreCapacity">Replay from the outbox: the work is already durable and bounded by the outbox size.</param>
        public bool Enqueue(LaneItem item, bool ignoreCapacity = false)
        {
            var finished = new List<(LaneItem, DeliveryState, string, DropReason)>(1);
            bool accepted;
            lock (_gate)
            {
                accepted = EnqueueLocked(item, ignoreCapacity, finished);
            }

            Finish(finished);
            if (accepted) Wake();
            return accepted;
        }

        private bool EnqueueLocked(LaneItem item, bool ignoreCapacity, List<(LaneItem, DeliveryState, string, DropReason)> finished)
        {
            if (IsPaused && !Policy.Durable)
            {
                finished.Add((item, DeliveryState.Rejected, "the " + Name + " lane is paused by a fatal CAD error: " + PauseReason, DropReason.LanePaused));
                return false;
            }

            if (Policy.Queue == QueuePolicy.LatestWins && item.Key != null && _byKey.TryGetValue(item.Key, out var existing))
            {
                var old = existing.Value;
                existing.Value = item;
                finished.Add((old, DeliveryState.Dropped, "replaced by newer work for the same unit", DropReason.Replaced));
                return true;
            }

            if (!ignoreCapacity && _queue.Count >= Policy.Capacity)
            {
                if (Policy.Overflow == OverflowPolicy.RejectNew)
                {
                    finished.Add((item, DeliveryState.Rejected, "the " + Name + " queue is full (" + Policy.Capacity + " items); try again later", DropReason.Overflow));
                    return false;
                }

                var oldest = _queue.First!;
                RemoveLocked(oldest);
                finished.Add((oldest.Value, DeliveryState.Dropped, "the " + Name + " queue is full (" + Policy.Capacity + " items); the oldest item was dropped", DropReason.Overflow));
            }

            var node = item.Deferrable || _firstDeferrable == null ? _queue.AddLast(item) : _queue.AddBefore(_firstDeferrable, item);
            if (item.Deferrable) TrackDeferrable(node);
            if (item.Key != null && Policy.Queue == QueuePolicy.LatestWins) _byKey[item.Key] = node;
            return true;
        }

        protected override bool HasSendableWork(DateTimeOffset now)
        {
            lock (_gate)
            {
                for (var node = _queue.First; node != null; node = node.Next)
                {
                    var item = node.Value;
                    if (item.AwaitingJournal) return false;
                    if (item.IsDue(now)) return true;
                }

                return false;
            }
        }

        protected override DateTimeOffset? NextWorkAt(DateTimeOffset now)
        {
            lock (_gate)
            {
                DateTimeOffset? earliest = null;
                for (var node = _queue.First; node != null; node = node.Next)
                {
                    var item = node.Value;
                    var at = item.DueAt.HasValue && item.DueAt.Value > now ? item.DueAt.Value : now;
                    if (item.ExpiresAt.HasValue && item.ExpiresAt.Value < at) at = item.ExpiresAt.Value;
                    if (!earliest.HasValue || at < earliest.Value) earliest = at;
                }

                return earliest;
            }
        }

        protected override void DropStale(DateTimeOffset now)
        {
            var finished = new List<(LaneItem, DeliveryState, string, DropReason)>();
            lock (_gate)
            {
                var node = _queue.First;
                while (node != null)
                {
                    var next = node.Next;
                    var item = node.Value;
                    if (item.ExpiresAt.HasValue && item.ExpiresAt.Value <= now)
                    {
                        RemoveLocked(node);
                        finished.Add((item, DeliveryState.Dropped, "stale: queued at " + item.EnqueuedAt.ToString("u") + ", expired at " + item.ExpiresAt.Value.ToString("u") + " without being delivered", DropReason.Stale));
                    }

                    node = next;
                }
            }

            foreach (var (item, _, detail, _) in finished)
            {
                Log.Write(LogLevel.Warning, "Dispatch lane " + Name + " dropped item " + item.Id + ": " + detail + ".");
            }

            Finish(finished);
        }

        protected override void OnPaused(string reason)
        {
            if (Policy.Durable)
            {
                // Durable work stays queued and journaled: it goes out after Resume() or after a restart.
                return;
            }

            var finished = new List<(LaneItem, DeliveryState, string, DropReason)>();
            lock (_gate)
            {
                foreach (var item in _queue) finished.Add((item, DeliveryState.Rejected, "the " + Name + " lane is paused by a fatal CAD error: " + reason, DropReason.LanePaused));
                _queue.Clear();
                _byKey.Clear();
                _firstDeferrable = null;
                _deferrableCount = 0;
            }

            Finish(finished);
        }

        /// <summary>
        /// Removes a queued item that has not been taken for a request; its ticket completes Dropped (cancelled) and its
        /// outbox entry is closed. False when it is not queued here (in flight, settled, or another lane's).
        /// </summary>
        public bool TryCancel(string id, string detail)
        {
            LaneItem? found = null;
            lock (_gate)
            {
                for (var node = _queue.First; node != null; node = node.Next)
                {
                    if (!string.Equals(node.Value.Id, id, StringComparison.Ordinal)) continue;
                    found = node.Value;
                    RemoveLocked(node);
                    break;
                }
            }

            if (found == null) return false;
            Finish(new List<(LaneItem, DeliveryState, string, DropReason)> { (found, DeliveryState.Dropped, detail, DropReason.Cancelled) });
            return true;
        }

        /// <summary>Completes every queued non-durable item as dropped (dispatcher shutdown). Durable items stay in the outbox.</summary>
        public void AbandonNonDurable(string detail)
        {
            if (Policy.Durable) return;
            var finished = new List<(LaneItem, DeliveryState, string, DropReason)>();
            lock (_gate)
            {
                foreach (var item in _queue) finished.Add((item, DeliveryState.Dropped, detail, DropReason.Shutdown));
                _queue.Clear();
                _byKey.Clear();
                _firstDeferrable = null;
                _deferrableCount = 0;
            }

            Finish(finished);
        }

        private List<LaneItem>? TakeBatch(DateTimeOffset now)
        {
            var max = Math.Max(1, _maxBatch());
            lock (_gate)
            {
                List<LaneItem>? batch = null;
                var node = _queue.First;
                while (node != null && (batch == null || batch.Count < max))
                {
                    var next = node.Next;
                    var item = node.Value;
                    if (item.AwaitingJournal) break;
                    if (item.IsDue(now))
                    {
                        if (item.SendAlone && batch != null) break;
                        batch ??= new List<LaneItem>(Math.Min(max, _queue.Count));
                        RemoveLocked(node);
                        batch.Add(item);
                        if (item.SendAlone) break;
                    }

                    node = next;
                }

                return batch;
            }
        }

        private void Requeue(List<LaneItem> batch)
        {
            var finished = new List<(LaneItem, DeliveryState, string, DropReason)>();
            lock (_gate)
            {
                for (var i = batch.Count - 1; i >= 0; i--)
                {
                    var item = batch[i];
                    if (Policy.Queue == QueuePolicy.LatestWins && item.Key != null)
                    {
                        if (_byKey.ContainsKey(item.Key))
                        {
                            finished.Add((item, DeliveryState.Dropped, "replaced by newer work for the same unit", DropReason.Replaced));
                            continue;
                        }

                        _byKey[item.Key] = _queue.AddFirst(item);
                    }
                    else if (item.Deferrable)
                    {
                        // Back to the head of the deferrable part: emergencies queued meanwhile stay ahead of it.
                        var node = _firstDeferrable == null ? _queue.AddLast(item) : _queue.AddBefore(_firstDeferrable, item);
                        _firstDeferrable = node;
                        _deferrableCount++;
                    }
                    else
                    {
                        _queue.AddFirst(item);
                    }
                }
            }

            Finish(finished);
        }

        protected override async Task<bool> SendOneAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var batch = TakeBatch(now);
            if (batch == null) return false;

            foreach (var item in batch) item.Attempts++;
            Counters.RequestSent();
            LaneSendResult sent;
            try
            {
                sent = await _send(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Requeue(batch);
                return false;
            }
            catch (Exception ex)
            {
                sent = new LaneSendResult(CadResult.Fail(new CadFailure(CadFailureKind.Transient, "unexpected " + ex.GetType().Name + ": " + ex.Message)));
            }

            var result = sent.Result;
            if (result.IsAccepted)
            {
                Succeeded();
                Counters.Accepted(batch.Count);
                for (var i = 0; i < batch.Count; i++)
                {
                    var cadId = sent.CadIds != null && i < sent.CadIds.Count ? sent.CadIds[i] : null;
                    batch[i].Ticket.Complete(DeliveryState.Accepted, null, cadId);
                    SafeFinished(batch[i], new DeliveryResult(DeliveryState.Accepted, null, cadId));
                }

                return true;
            }

            var failure = result.Failure!;
            foreach (var item in batch) item.Ticket.RecordFailure(failure);
            var rule = Failed(failure, batch.Count);
            switch (rule.Items)
            {
                case ItemReaction.SplitThenReject when batch.Count > 1:
                    // One bad item must not sink the others: retry each on its own to find it.
                    foreach (var item in batch) item.SendAlone = true;
                    Counters.Retried(batch.Count);
                    Requeue(batch);
                    Log.Write(LogLevel.Warning, "Dispatch lane " + Name + ": the CAD rejected a batch of " + batch.Count + "; retrying its items one by one. " + failure.Message);
                    break;

                case ItemReaction.SplitThenReject:
                    Log.Write(LogLevel.Warning, "Dispatch lane " + Name + ": the CAD rejected item " + batch[0].Id + "; not retrying. " + failure);
                    Finish(new List<(LaneItem, DeliveryState, string, DropReason)> { (batch[0], DeliveryState.Rejected, failure.Message, DropReason.RejectedByCad) });
                    break;

                case ItemReaction.KeepIfDurable when !Policy.Durable:
                    Finish(ToFinished(batch, DeliveryState.Rejected, "the " + Name + " lane is paused by a fatal CAD error: " + failure.Message, DropReason.LanePaused));
                    break;

                default:
                    Counters.Retried(batch.Count);
                    Requeue(batch);
                    break;
            }

            return rule.PumpGoesOn;
        }

        private static List<(LaneItem, DeliveryState, string, DropReason)> ToFinished(List<LaneItem> items, DeliveryState state, string detail, DropReason reason)
        {
            var list = new List<(LaneItem, DeliveryState, string, DropReason)>(items.Count);
            foreach (var item in items) list.Add((item, state, detail, reason));
            return list;
        }

        private void TrackDeferrable(LinkedListNode<LaneItem> node)
        {
            _firstDeferrable ??= node;
            _deferrableCount++;
        }

        private void RemoveLocked(LinkedListNode<LaneItem> node)
        {
            if (node.Value.Deferrable)
            {
                if (node == _firstDeferrable) _firstDeferrable = node.Next;
                _deferrableCount--;
            }

            _queue.Remove(node);
            var key = node.Value.Key;
            if (key != null && _byKey.TryGetValue(key, out var mapped) && mapped == node) _byKey.Remove(key);
        }

        private void Finish(List<(LaneItem Item, DeliveryState State, string Detail, DropReason Reason)> finished)
        {
            foreach (var (item, state, detail, reason) in finished)
            {
                Counters.Dropped(reason);
                item.Ticket.Complete(state, detail);
                SafeFinished(item, new DeliveryResult(state, detail));
            }
        }

        private void SafeFinished(LaneItem item, DeliveryResult result)
        {
            try
            {
                _onFinished(item, result);
            }
            catch (Exception ex)
            {
                Log.Write(LogLevel.Error, "Dispatch lane " + Name + ": settling item " + item.Id + " failed: " + ex.Message);
            }
        }
    }
}
