namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// The batching scheduler: one lane per CAD endpoint (and per other target, added with <see cref="AddLane{T}"/>), each
    /// with its own rate limiter, queue policy and failure state, so a slow or failing lane never holds up another. Work
    /// methods are safe to call from the game's main thread: they never block on the network or the disk. Sends run on
    /// the thread pool. Drive it with <see cref="Start"/> (one loop per lane, timed by the <see cref="TimeProvider"/>) or,
    /// in tests, by advancing a fake clock and calling <see cref="PumpAsync"/>.
    /// </summary>
    public sealed class Dispatcher : IDisposable
    {
        private readonly DispatcherOptions _options;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly LaneRegistry _lanes = new LaneRegistry();
        private readonly DurableWork _durable;
        private readonly LaneLoops _loops;
        private readonly LocationLane _locations;
        private readonly DispatcherLifecycle _lifecycle = new DispatcherLifecycle();

        public Dispatcher(ICadApi api, DispatcherOptions options, TimeProvider time, ILog log, OutboxJournal? outbox = null)
        {
            Cad = api ?? throw new ArgumentNullException(nameof(api));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _durable = new DurableWork(outbox, log);
            _loops = new LaneLoops(_lanes, options, time, log);
            _locations = new LocationLane(options.Lane(CadEndpoint.UnitLocations), options, time, log, RaiseFault, api);
            _lanes.Add(_locations);
            AddLane(CadLanes.Heartbeat(api, options));
            AddLane(CadLanes.Create911Call(api, options));
            AddLane(CadLanes.Remove911Call(api, options));
            AddLane(CadLanes.UnitPanic(api, options));
            AddLane(CadLanes.UnitStatus(api, options));
        }

        /// <summary>A fatal CAD error paused a lane (bad key, API disabled, wrong server id). Other lanes continue.</summary>
        public event Action<LaneFault>? LaneFaulted;

        /// <summary>The CAD client the lanes send through.</summary>
        public ICadApi Cad { get; }

        /// <summary>The CAD API version in use ("v1" or "v2").</summary>
        public string ApiVersion => Cad.ApiVersion;

        public DispatcherOptions Options => _options;

        /// <summary>The source of unit-location batches (the <c>UnitTracker</c>).</summary>
        public void AttachLocationSource(IUnitLocationSource source)
        {
            _locations.Source = source ?? throw new ArgumentNullException(nameof(source));
            _locations.Wake();
        }

        // ----- work -------------------------------------------------------------------------------------------

        /// <summary>
        /// Queues a 911/311 call (durable: journaled before it is sent, replayed after a restart). The call's metaData
        /// gains <see cref="DispatcherOptions.CallIdMetaDataKey"/> = the ticket id. On acceptance the result's
        /// <see cref="DeliveryResult.CadId"/> is the CAD's call id.
        /// </summary>
        public IDeliveryTicket Enqueue911Call(EmergencyCall call)
        {
            if (call == null) throw new ArgumentNullException(nameof(call));
            var id = NewId();
            var maxAge = CadLanes.CallMaxAge(call, _options);
            return Submit(_lanes.Queue<EmergencyCall>(nameof(CadEndpoint.Create911Call)), id, null, call.WithMetaData(_options.CallIdMetaDataKey, id),
                ExpiryFor(nameof(CadEndpoint.Create911Call), _time.GetUtcNow(), maxAge), null);
        }

        /// <summary>Non-emergency calls queued and not yet taken for sending (they wait behind every emergency call).</summary>
        public int QueuedNonEmergencyCalls => ((IQueueLane)_lanes[CadEndpoint.Create911Call]).QueuedDeferrable;

        /// <summary>Removes a 911 call by the CAD's call id (FIFO, not durable).</summary>
        public IDeliveryTicket Remove911Call(long callId) => Enqueue(nameof(CadEndpoint.Remove911Call), callId);

        /// <summary>Sets or clears panic for a unit. Latest wins per unit; dropped with a log line when stale.</summary>
        public IDeliveryTicket SetPanic(string communityUserId, bool isPanic)
            => EnqueueForUnit(CadEndpoint.UnitPanic, new UnitChange<bool>(RequireId(communityUserId), isPanic));

        /// <summary>Sets a unit's status (0–4, v2 also 100). Latest wins per unit; dropped with a log line when stale.</summary>
        public IDeliveryTicket SetStatus(string communityUserId, int status)
            => EnqueueForUnit(CadEndpoint.UnitStatus, new UnitChange<int>(RequireId(communityUserId), status));

        /// <summary>Reports the player count. Latest wins; a heartbeat older than one interval is dropped.</summary>
        public IDeliveryTicket SendHeartbeat(int playerCount)
            => Submit(_lanes.Queue<int>(nameof(CadEndpoint.Heartbeat)), NewId(), "heartbeat", Math.Max(0, playerCount), ExpiryFor(nameof(CadEndpoint.Heartbeat), _time.GetUtcNow(), null), null);

        /// <summary>
        /// Adds a lane (a CAD endpoint's, or a record mirror's). Must be called before the outbox is replayed
        /// (<see cref="RestoreFromOutbox"/> / <see cref="Start"/>), so its journaled work finds it.
        /// </summary>
        public void AddLane<T>(LaneSpec<T> spec)
        {
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            if (spec.Policy.IsDurable && spec.Codec == null) throw new ArgumentException("Durable lane '" + spec.Name + "' needs a codec for the outbox.", nameof(spec));
            _lifecycle.WhileBuilding("Add lane '" + spec.Name + "'", () => _lanes.Add(new QueueLane<T>(spec, _options, _time, _log, RaiseFault, _durable)));
        }

        /// <summary>
        /// Queues work on a lane (saved to the outbox first when the lane is durable). Not sent before <paramref name="dueAt"/>;
        /// dropped as stale (with a log line) at <paramref name="expiresAt"/> (default: the lane's max age, if any).
        /// </summary>
        public IDeliveryTicket Enqueue<T>(string lane, T work, DateTimeOffset? expiresAt = null, DateTimeOffset? dueAt = null)
        {
            if (work == null) throw new ArgumentNullException(nameof(work));
            var queue = _lanes.Queue<T>(lane);
            var now = _time.GetUtcNow();
            return Submit(queue, NewId(), null, work, expiresAt ?? ExpiryFor(lane, now, null), dueAt.HasValue && dueAt.Value > now ? dueAt : null);
        }

        /// <summary>
        /// Queues the follow-up of accepted work (a scheduled delete), due at <paramref name="dueAt"/> and attempted until
        /// <see cref="DispatcherOptions.RecordDeleteGrace"/> after. Call it from a lane's <see cref="LaneSpec{T}.Accepted"/>
        /// rule: it is saved before the accepted work's entry is closed, and never refused for room.
        /// </summary>
        public IDeliveryTicket EnqueueFollowUp<T>(string lane, T work, DateTimeOffset dueAt)
        {
            var now = _time.GetUtcNow();
            var due = dueAt < now ? now : dueAt;
            return Submit(_lanes.Queue<T>(lane), NewId(), null, work, due + _options.RecordDeleteGrace, due, followUp: true);
        }

        /// <summary>When work queued now on <paramref name="lane"/> goes stale: the shorter of its own max age and the lane's.</summary>
        public DateTimeOffset? ExpiryFor(string lane, DateTimeOffset now, TimeSpan? itemMaxAge)
        {
            var laneMax = _lanes[lane].Policy.MaxAge;
            var maxAge = laneMax.HasValue && (!itemMaxAge.HasValue || laneMax.Value < itemMaxAge.Value) ? laneMax : itemMaxAge;
            return maxAge.HasValue ? now + maxAge.Value : (DateTimeOffset?)null;
        }

        /// <summary>
        /// Withdraws queued work that has not been sent yet (any lane): its ticket completes Dropped ("cancelled") and its
        /// outbox entry is closed. False when it is already in flight or settled.
        /// </summary>
        public bool Cancel(string ticketId, string reason = "cancelled before it was sent")
            => !string.IsNullOrEmpty(ticketId) && _lanes.Queues.Any(lane => lane.TryCancel(ticketId, reason));

        // ----- driving -------------------------------------------------------------------------------------------

        /// <summary>
        /// Loads undelivered work from the outbox into the lanes (once; <see cref="Start"/> calls it). Entries whose
        /// payload cannot be read are closed with an error line; expired ones were dropped by the outbox.
        /// </summary>
        public int RestoreFromOutbox()
        {
            return !_lifecycle.TryRestore() ? 0 : _durable.Replay(name => _lanes.Find(name) as IQueueLane);
        }

        /// <summary>
        /// Sends everything that is due now (by the <see cref="TimeProvider"/>) on every lane, within each lane's budget,
        /// and returns when those sends are settled. Lanes are pumped concurrently. The outbox writer is flushed before and after.
        /// </summary>
        public async Task PumpAsync(CancellationToken cancellationToken = default)
        {
            await _durable.FlushAsync().ConfigureAwait(false);
            await Task.WhenAll(_lanes.All.Select(lane => lane.PumpAsync(cancellationToken)).ToList()).ConfigureAwait(false);
            // What the sends settled (closes, scheduled deletes) is on disk, or refused, when this returns.
            await _durable.FlushAsync().ConfigureAwait(false);
        }

        /// <summary>Replays the outbox and starts one loop per lane. Each loop sleeps until its next due time or new work.</summary>
        public void Start()
        {
            RestoreFromOutbox();
            _lifecycle.Start(_loops.Start);
        }

        /// <summary>
        /// Stops the loops, then sends what the rate budgets allow before <paramref name="deadline"/>; in-flight sends are
        /// cancelled at the deadline. Durable work still queued stays in the outbox for the next start; other queued work
        /// is dropped (tickets complete Dropped).
        /// </summary>
        public async Task StopAsync(DateTimeOffset deadline)
        {
            if (!_lifecycle.TryStop()) return;
            await _loops.StopAsync(deadline, PumpAsync).ConfigureAwait(false);
            foreach (var lane in _lanes.Queues) lane.AbandonNonDurable("the dispatcher stopped before this could be sent");
            await _durable.CompactAsync().ConfigureAwait(false);
        }

        public Task StopAsync(TimeSpan timeout) => StopAsync(_time.GetUtcNow() + timeout);

        /// <summary>
        /// Completes when the started loop of <paramref name="endpoint"/>'s lane next finishes a pass (sends settled, next
        /// sleep scheduled on the <see cref="TimeProvider"/>). Lets a test drive the production loops with a fake clock
        /// without sleeping: take the task, check the condition, then await it.
        /// </summary>
        internal Task NextLoopPassAsync(CadEndpoint endpoint) => _lanes[endpoint].NextLoopPassAsync();

        /// <summary>Clears a fatal pause on one lane, e.g. after the owner fixed the API key.</summary>
        public void Resume(CadEndpoint endpoint) => _lanes[endpoint].Resume();

        /// <summary>Clears a fatal pause on a lane by name (e.g. <c>tines.CreateRecord</c>) after the owner fixed its key or URL.</summary>
        public void Resume(string lane) => _lanes[lane].Resume();

        /// <summary>Per-lane counters for the status command: the CAD lanes, then the others, in the order added.</summary>
        public IReadOnlyList<LaneStatus> GetStatus() => _lanes.All.Select(l => l.Snapshot()).ToList();

        public LaneStatus GetStatus(CadEndpoint endpoint) => _lanes[endpoint].Snapshot();

        /// <summary>One lane's counters, by name.</summary>
        public LaneStatus GetStatus(string lane) => _lanes[lane].Snapshot();

        public void Dispose()
        {
            _lifecycle.TryStop();
            _loops.Cancel();
            foreach (var lane in _lanes.All) lane.Dispose();
        }

        private IDeliveryTicket EnqueueForUnit<T>(CadEndpoint endpoint, UnitChange<T> change)
            => Submit(_lanes.Queue<UnitChange<T>>(endpoint.ToString()), NewId(), change.CommunityUserId, change, ExpiryFor(endpoint.ToString(), _time.GetUtcNow(), null), null);

        /// <summary>The one way work enters a lane: saved first when durable, refused at once when it cannot be taken.</summary>
        private IDeliveryTicket Submit<T>(QueueLane<T> lane, string id, string? key, T work, DateTimeOffset? expires, DateTimeOffset? due, bool followUp = false)
        {
            var item = new LaneItem<T>(id, key, work, _time.GetUtcNow(), expires, due, new DeliveryTicket(id));
            if (!followUp && !lane.Policy.IsDurable && _lifecycle.IsStopped)
            {
                lane.Counters.Dropped(DropReason.Shutdown);
                item.Ticket.SetDurability(Durability.NotDurable);
                item.Ticket.Complete(DeliveryState.Rejected, "the dispatcher is stopped");
                return item.Ticket;
            }

            // Saved before the lane sees it, so a refusal by the lane closes an entry the writer already knows.
            if (_durable.Admit(lane, item, followUp)) lane.Enqueue(item, ignoreCapacity: followUp);
            return item.Ticket;
        }

        private void RaiseFault(LaneFault fault) => LaneFaulted?.Invoke(fault);

        private static string RequireId(string value) => string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("An id is required.", nameof(value)) : value;

        private static string NewId() => Guid.NewGuid().ToString("N");
    }
}
