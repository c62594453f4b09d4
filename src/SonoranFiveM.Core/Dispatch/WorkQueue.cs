namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// The items of one queue lane: FIFO or latest-wins per key, bounded, with a max age. Deferrable items (non-emergency
    /// calls) form the tail: other work is inserted before the first of them, so the queue always reads
    /// [urgent…, deferrable…] and each part stays in arrival order. O(1) per item. Thread-safe.
    /// </summary>
    internal sealed class WorkQueue<T>
    {
        private readonly object _gate = new object();
        private readonly LinkedList<LaneItem<T>> _queue = new LinkedList<LaneItem<T>>();
        private readonly Dictionary<string, LinkedListNode<LaneItem<T>>> _byKey = new Dictionary<string, LinkedListNode<LaneItem<T>>>(StringComparer.Ordinal);
        private readonly LanePolicy _policy;
        private readonly Func<T, bool>? _deferrable;

        /// <summary>The first deferrable item; every node after it is deferrable too. Null when none is queued.</summary>
        private LinkedListNode<LaneItem<T>>? _firstDeferrable;
        private int _deferrableCount;

        public WorkQueue(LanePolicy policy, Func<T, bool>? deferrable)
        {
            _policy = policy;
            _deferrable = deferrable;
        }

        public int Count
        {
            get { lock (_gate) return _queue.Count; }
        }

        public int DeferrableCount
        {
            get { lock (_gate) return _deferrableCount; }
        }

        private bool LatestWins => _policy.Queue == QueuePolicy.LatestWins;

        /// <summary>Adds an item; what it displaces or why it is refused goes to <paramref name="finished"/>. False when refused.</summary>
        public bool Add(LaneItem<T> item, bool ignoreCapacity, string lane, List<Settlement<T>> finished)
        {
            lock (_gate)
            {
                if (LatestWins && item.Key != null && _byKey.TryGetValue(item.Key, out var existing))
                {
                    finished.Add(new Settlement<T>(existing.Value, DeliveryState.Dropped, "replaced by newer work for the same unit", DropReason.Replaced));
                    existing.Value = item;
                    return true;
                }

                if (!ignoreCapacity && _queue.Count >= _policy.Capacity)
                {
                    var full = "the " + lane + " queue is full (" + _policy.Capacity + " items)";
                    if (_policy.Overflow == OverflowPolicy.RejectNew)
                    {
                        finished.Add(new Settlement<T>(item, DeliveryState.Rejected, full + "; try again later", DropReason.Overflow));
                        return false;
                    }

                    var oldest = _queue.First!;
                    RemoveLocked(oldest);
                    finished.Add(new Settlement<T>(oldest.Value, DeliveryState.Dropped, full + "; the oldest item was dropped", DropReason.Overflow));
                }

                var deferrable = IsDeferrable(item);
                var node = deferrable || _firstDeferrable == null ? _queue.AddLast(item) : _queue.AddBefore(_firstDeferrable, item);
                if (deferrable)
                {
                    _firstDeferrable ??= node;
                    _deferrableCount++;
                }

                if (item.Key != null && LatestWins) _byKey[item.Key] = node;
                return true;
            }
        }

        public bool HasSendable(DateTimeOffset now)
        {
            lock (_gate)
            {
                for (var node = _queue.First; node != null; node = node.Next)
                {
                    if (node.Value.State == ItemState.Saving) return false;
                    if (node.Value.IsDue(now)) return true;
                }

                return false;
            }
        }

        /// <summary>When queued work next becomes due (scheduled or expiring); null when nothing waits.</summary>
        public DateTimeOffset? NextWorkAt(DateTimeOffset now)
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

        public List<Settlement<T>> RemoveExpired(DateTimeOffset now)
        {
            var finished = new List<Settlement<T>>();
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
                        finished.Add(new Settlement<T>(item, DeliveryState.Dropped, "stale: queued at " + item.EnqueuedAt.ToString("u") + ", expired at "
                            + item.ExpiresAt.Value.ToString("u") + " without being delivered", DropReason.Stale));
                    }

                    node = next;
                }
            }

            return finished;
        }

        public List<Settlement<T>> RemoveAll(DeliveryState state, string detail, DropReason reason)
        {
            var finished = new List<Settlement<T>>();
            lock (_gate)
            {
                foreach (var item in _queue) finished.Add(new Settlement<T>(item, state, detail, reason));
                _queue.Clear();
                _byKey.Clear();
                _firstDeferrable = null;
                _deferrableCount = 0;
            }

            return finished;
        }

        /// <summary>Removes the queued item with this id; null when it is not queued (taken for sending, settled, or unknown).</summary>
        public LaneItem<T>? Remove(string id)
        {
            lock (_gate)
            {
                for (var node = _queue.First; node != null; node = node.Next)
                {
                    if (!string.Equals(node.Value.Id, id, StringComparison.Ordinal)) continue;
                    RemoveLocked(node);
                    return node.Value;
                }
            }

            return null;
        }

        /// <summary>Takes up to <paramref name="max"/> due items, in order, stopping at work not yet saved; null when none.</summary>
        public List<LaneItem<T>>? TakeBatch(DateTimeOffset now, int max)
        {
            lock (_gate)
            {
                List<LaneItem<T>>? batch = null;
                var node = _queue.First;
                while (node != null && (batch == null || batch.Count < max))
                {
                    var next = node.Next;
                    var item = node.Value;
                    if (item.State == ItemState.Saving) break;
                    if (item.IsDue(now))
                    {
                        if (item.SendAlone && batch != null) break;
                        batch ??= new List<LaneItem<T>>(Math.Min(max, _queue.Count));
                        RemoveLocked(node);
                        item.MoveTo(ItemState.Sending);
                        batch.Add(item);
                        if (item.SendAlone) break;
                    }

                    node = next;
                }

                return batch;
            }
        }

        /// <summary>Puts a batch back at the front (latest-wins: unless newer work arrived, which replaces it).</summary>
        public List<Settlement<T>> Requeue(List<LaneItem<T>> batch)
        {
            var finished = new List<Settlement<T>>();
            lock (_gate)
            {
                for (var i = batch.Count - 1; i >= 0; i--)
                {
                    var item = batch[i];
                    if (LatestWins && item.Key != null)
                    {
                        if (_byKey.ContainsKey(item.Key))
                        {
                            finished.Add(new Settlement<T>(item, DeliveryState.Dropped, "replaced by newer work for the same unit", DropReason.Replaced));
                            continue;
                        }

                        item.MoveTo(ItemState.Queued);
                        _byKey[item.Key] = _queue.AddFirst(item);
                    }
                    else if (IsDeferrable(item))
                    {
                        // Back to the head of the deferrable part: emergencies queued meanwhile stay ahead of it.
                        item.MoveTo(ItemState.Queued);
                        _firstDeferrable = _firstDeferrable == null ? _queue.AddLast(item) : _queue.AddBefore(_firstDeferrable, item);
                        _deferrableCount++;
                    }
                    else
                    {
                        item.MoveTo(ItemState.Queued);
                        _queue.AddFirst(item);
                    }
                }
            }

            return finished;
        }

        private bool IsDeferrable(LaneItem<T> item) => _deferrable != null && _deferrable(item.Work);

        private void RemoveLocked(LinkedListNode<LaneItem<T>> node)
        {
            if (IsDeferrable(node.Value))
            {
                if (node == _firstDeferrable) _firstDeferrable = node.Next;
                _deferrableCount--;
            }

            _queue.Remove(node);
            var key = node.Value.Key;
            if (key != null && _byKey.TryGetValue(key, out var mapped) && mapped == node) _byKey.Remove(key);
        }
    }
}
