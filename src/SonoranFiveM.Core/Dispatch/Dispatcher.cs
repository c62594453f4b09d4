using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Diagnostics;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Outbox;

namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// The batching scheduler: one lane per <see cref="CadEndpoint"/>, each with its own rate limiter, queue policy and
    /// failure state, so a slow or failing lane never holds up another. Work methods are safe to call from the game's
    /// main thread: they never block on the network or the disk. Sends run on the thread pool.
    /// </summary>
    /// <remarks>
    /// Drive it with <see cref="Start"/> (one loop per lane, timed by the <see cref="TimeProvider"/>) or, in tests,
    /// by advancing a fake clock and calling <see cref="PumpAsync"/>.
    /// </remarks>
    public sealed class Dispatcher : IDisposable
    {
        private static readonly TimeSpan MinLoopDelay = TimeSpan.FromMilliseconds(50);

        private readonly ICadApi _api;
        private readonly DispatcherOptions _options;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly OutboxJournal? _outbox;
        private readonly Dictionary<CadEndpoint, Lane> _lanes = new Dictionary<CadEndpoint, Lane>();
        private readonly Dictionary<string, QueueLane> _external = new Dictionary<string, QueueLane>(StringComparer.Ordinal);
        private readonly Dictionary<string, ExternalLane> _externalSpecs = new Dictionary<string, ExternalLane>(StringComparer.Ordinal);
        private readonly LocationLane _locations;
        private readonly object _lifecycleGate = new object();
        private readonly CancellationTokenSource _sendCts = new CancellationTokenSource();
        private CancellationTokenSource? _loopCts;
        private Task[] _loops = Array.Empty<Task>();
        private bool _restored;
        private volatile bool _stopped;

        public Dispatcher(ICadApi api, DispatcherOptions options, TimeProvider time, ILog log, OutboxJournal? outbox = null)
        {
            _api = api ?? throw new ArgumentNullException(nameof(api));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _outbox = outbox;

            _locations = new LocationLane(options.Lane(CadEndpoint.UnitLocations), options, time, log, RaiseFault, api);
            _lanes[CadEndpoint.UnitLocations] = _locations;
            AddQueueLane(CadEndpoint.Heartbeat, () => 1, async (batch, ct) =>
                new LaneSendResult(await _api.SendHeartbeatAsync((int)batch[0].Payload, ct).ConfigureAwait(false)));
            AddQueueLane(CadEndpoint.Create911Call, () => 1, async (batch, ct) =>
            {
                var result = await _api.Create911CallAsync((EmergencyCall)batch[0].Payload, ct).ConfigureAwait(false);
                return new LaneSendResult(result, result.IsAccepted ? new string?[] { result.Value.ToString(CultureInfo.InvariantCulture) } : null);
            });
            AddQueueLane(CadEndpoint.Remove911Call, () => 1, async (batch, ct) =>
                new LaneSendResult(await _api.Remove911CallAsync((long)batch[0].Payload, ct).ConfigureAwait(false)));
            AddQueueLane(CadEndpoint.UnitPanic, () => 1, async (batch, ct) =>
                new LaneSendResult(await _api.SetUnitPanicAsync(batch[0].Key!, (bool)batch[0].Payload, ct).ConfigureAwait(false)));
            AddQueueLane(CadEndpoint.UnitStatus, () => 1, async (batch, ct) =>
                new LaneSendResult(await _api.SetUnitStatusAsync(batch[0].Key!, (int)batch[0].Payload, ct).ConfigureAwait(false)));
            AddQueueLane(CadEndpoint.CreateRecord, () => _api.MaxRecordsPerRequest, async (batch, ct) =>
            {
                var records = new List<RecordRequest>(batch.Count);
                var sendTime = _time.GetUtcNow();
                foreach (var item in batch) records.Add(WithRemainingLifetime((RecordRequest)item.Payload, item.EnqueuedAt, sendTime));
                var result = await _api.CreateRecordsAsync(records, ct).ConfigureAwait(false);
                return new LaneSendResult(result, result.IsAccepted ? result.Value : null);
            });
            AddQueueLane(CadEndpoint.DeleteRecord, () => 1, async (batch, ct) =>
                new LaneSendResult(await _api.DeleteRecordAsync((string)batch[0].Payload, ct).ConfigureAwait(false)));
        }

        /// <summary>A fatal CAD error paused a lane (bad key, API disabled, wrong server id). Other lanes continue.</summary>
        public event Action<LaneFault>? LaneFaulted;

        public IReadOnlyCollection<CadEndpoint> Endpoints => _lanes.Keys;

        /// <summary>The CAD API version in use ("v1" or "v2").</summary>
        public string ApiVersion => _api.ApiVersion;

        /// <summary>How many records one create request carries (v1 batches; v2 sends one).</summary>
        public int MaxRecordsPerRequest => _api.MaxRecordsPerRequest;

        /// <summary>The names of the external lanes added with <see cref="AddLane"/>.</summary>
        public IReadOnlyCollection<string> ExternalLanes => _external.Keys;

        private IEnumerable<Lane> AllLanes => _lanes.Values.Concat(_external.Values);

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
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in call.MetaData) meta[pair.Key] = pair.Value;
            meta[_options.CallIdMetaDataKey] = id;
            var tagged = new EmergencyCall(call.IsEmergency, call.Caller, call.Location, call.Description, call.DeleteAfterMinutes, meta);
            var now = _time.GetUtcNow();
            var expires = now + CallMaxAge(tagged);
            var entry = new OutboxEntry(id, OutboxEntryKind.Call911, now, expires, null, OutboxPayloads.FromCall(tagged));
            return EnqueueDurable(CadEndpoint.Create911Call, new LaneItem(id, null, tagged, now, expires, null, new DeliveryTicket(id)), entry);
        }

        /// <summary>Non-emergency calls queued and not yet taken for sending (they wait behind every emergency call).</summary>
        public int QueuedNonEmergencyCalls => ((QueueLane)_lanes[CadEndpoint.Create911Call]).QueuedDeferrable;

        /// <summary>Removes a 911 call by the CAD's call id (FIFO, not durable).</summary>
        public IDeliveryTicket Remove911Call(long callId)
            => EnqueuePlain(CadEndpoint.Remove911Call, null, callId);

        /// <summary>Sets or clears panic for a unit. Latest wins per unit; dropped with a log line when stale.</summary>
        public IDeliveryTicket SetPanic(string communityUserId, bool isPanic)
            => EnqueuePlain(CadEndpoint.UnitPanic, RequireId(communityUserId), isPanic);

        /// <summary>Sets a unit's status (0–4, v2 also 100). Latest wins per unit; dropped with a log line when stale.</summary>
        public IDeliveryTicket SetStatus(string communityUserId, int status)
            => EnqueuePlain(CadEndpoint.UnitStatus, RequireId(communityUserId), status);

        /// <summary>Reports the player count. Latest wins; a heartbeat older than one interval is dropped.</summary>
        public IDeliveryTicket SendHeartbeat(int playerCount)
            => EnqueuePlain(CadEndpoint.Heartbeat, "heartbeat", Math.Max(0, playerCount));

        /// <summary>
        /// Queues a record create (durable, FIFO; v1 batches up to <see cref="ICadApi.MaxRecordsPerRequest"/> per request).
        /// When <paramref name="deleteAfter"/> is given, a delete of the created record is scheduled that long after the
        /// CAD accepts it; when <paramref name="deleteAt"/> is given, at that time. The delete is journaled before the
        /// create is closed, so it survives a crash. The record's <c>deleteAfterMinutes</c> is sent as the whole minutes
        /// left of its lifetime (counted from now), so a record delayed by an outage still expires on time; a record
        /// whose lifetime has passed before it could be sent is dropped as stale, with a log line.
        /// </summary>
        public IDeliveryTicket CreateRecord(RecordRequest record, TimeSpan? deleteAfter = null, DateTimeOffset? deleteAt = null)
        {
            if (record == null) throw new ArgumentNullException(nameof(record));
            var id = NewId();
            var now = _time.GetUtcNow();
            var maxAge = _options.RecordCreateMaxAge;
            if (record.DeleteAfterMinutes.HasValue && record.DeleteAfterMinutes.Value > 0)
            {
                var ttl = TimeSpan.FromMinutes(record.DeleteAfterMinutes.Value);
                if (ttl < maxAge) maxAge = ttl;
            }

            var expires = ExpiryFor(CadEndpoint.CreateRecord, now, maxAge);
            var entry = new OutboxEntry(id, OutboxEntryKind.CreateRecord, now, expires, null, OutboxPayloads.FromRecord(record, deleteAfter, deleteAt));
            var item = new LaneItem(id, null, record, now, expires, null, new DeliveryTicket(id)) { DeleteAfter = deleteAfter, DeleteAt = deleteAt };
            return EnqueueDurable(CadEndpoint.CreateRecord, item, entry);
        }

        /// <summary>Queues several record creates; one ticket per record, in order.</summary>
        public IReadOnlyList<IDeliveryTicket> CreateRecords(IReadOnlyList<RecordRequest> records, TimeSpan? deleteAfter = null)
        {
            var tickets = new IDeliveryTicket[records.Count];
            for (var i = 0; i < records.Count; i++) tickets[i] = CreateRecord(records[i], deleteAfter);
            return tickets;
        }

        /// <summary>
        /// Deletes a record, now or at <paramref name="dueAt"/> (durable: survives restarts with its due time). A record
        /// already gone counts as accepted. Attempted until <see cref="DispatcherOptions.RecordDeleteGrace"/> after due.
        /// </summary>
        public IDeliveryTicket DeleteRecord(string recordId, DateTimeOffset? dueAt = null)
        {
            var id = NewId();
            var now = _time.GetUtcNow();
            var due = dueAt.HasValue && dueAt.Value > now ? dueAt.Value : now;
            var expires = due + _options.RecordDeleteGrace;
            var entry = new OutboxEntry(id, OutboxEntryKind.DeleteRecord, now, expires, due, OutboxPayloads.FromDelete(RequireId(recordId)));
            return EnqueueDurable(CadEndpoint.DeleteRecord, new LaneItem(id, null, recordId, now, expires, due, new DeliveryTicket(id)), entry);
        }

        /// <summary>
        /// Adds a lane for work that is not a CAD call (a record mirror). Must be called before the outbox is replayed
        /// (<see cref="RestoreFromOutbox"/> / <see cref="Start"/>), so its journaled work finds it.
        /// </summary>
        public void AddLane(ExternalLane lane)
        {
            if (lane == null) throw new ArgumentNullException(nameof(lane));
            if (lane.Policy.Durable && (lane.Encode == null || lane.Decode == null))
                throw new ArgumentException("Durable lane '" + lane.Name + "' needs Encode and Decode for the outbox.", nameof(lane));
            lock (_lifecycleGate)
            {
                if (_restored || _loopCts != null || _stopped)
                    throw new InvalidOperationException("Add lane '" + lane.Name + "' before the dispatcher replays the outbox or starts.");
                if (_external.ContainsKey(lane.Name)) throw new ArgumentException("A lane named '" + lane.Name + "' already exists.", nameof(lane));
                _externalSpecs[lane.Name] = lane;
                _external[lane.Name] = new QueueLane(lane.Name, lane.Operation, lane.PermitsPerMinute, lane.Policy, _options, _time, _log, RaiseFault,
                    lane.MaxBatch, (batch, ct) => lane.Send(batch.Select(i => i.Payload).ToList(), ct), OnItemFinished);
            }
        }

        /// <summary>
        /// Queues work on an external lane (durable when its policy is). Not sent before <paramref name="dueAt"/>; dropped
        /// as stale (with a log line) at <paramref name="expiresAt"/> (default: the lane's max age, if any). When
        /// <paramref name="deleteAt"/> is given and the lane has a <see cref="ExternalLane.DeleteLane"/>, what it creates is
        /// deleted at that time.
        /// </summary>
        public IDeliveryTicket Enqueue(string lane, object work, DateTimeOffset? expiresAt = null, DateTimeOffset? dueAt = null, DateTimeOffset? deleteAt = null)
        {
            if (work == null) throw new ArgumentNullException(nameof(work));
            if (!_external.TryGetValue(lane ?? string.Empty, out var queue) || !_externalSpecs.TryGetValue(lane!, out var spec))
                throw new ArgumentException("No lane named '" + lane + "'.", nameof(lane));
            var id = NewId();
            var now = _time.GetUtcNow();
            var expires = expiresAt ?? (spec.Policy.MaxAge.HasValue ? now + spec.Policy.MaxAge.Value : (DateTimeOffset?)null);
            var due = dueAt.HasValue && dueAt.Value > now ? dueAt : null;
            var item = new LaneItem(id, null, work, now, expires, due, new DeliveryTicket(id)) { ExternalLane = spec.Name, DeleteAt = deleteAt };
            if (!spec.Policy.Durable)
            {
                item.Ticket.SetDurability(Durability.NotDurable);
                if (_stopped)
                {
                    queue.Counters.Dropped(DropReason.Shutdown);
                    item.Ticket.Complete(DeliveryState.Rejected, "the dispatcher is stopped");
                    return item.Ticket;
                }

                queue.Enqueue(item);
                return item.Ticket;
            }

            var entry = new OutboxEntry(id, spec.Kind, now, expires, due, OutboxPayloads.ForLane(spec.Name, spec.Encode!(work), deleteAt));
            return EnqueueDurable(queue, item, entry);
        }

        /// <summary>
        /// Withdraws queued work that has not been sent yet (any lane): its ticket completes Dropped ("cancelled") and its
        /// outbox entry is closed. False when it is already in flight or settled.
        /// </summary>
        public bool Cancel(string ticketId, string reason = "cancelled before it was sent")
        {
            if (string.IsNullOrEmpty(ticketId)) return false;
            foreach (var lane in AllLanes.OfType<QueueLane>())
            {
                if (lane.TryCancel(ticketId, reason)) return true;
            }

            return false;
        }

        // ----- driving -------------------------------------------------------------------------------------------

        /// <summary>
        /// Loads undelivered work from the outbox into the lanes (once; <see cref="Start"/> calls it). Entries whose
        /// payload cannot be read are closed with an error line; expired ones were dropped by the outbox.
        /// </summary>
        public int RestoreFromOutbox()
        {
            lock (_lifecycleGate)
            {
                if (_restored || _outbox == null) return 0;
                _restored = true;
            }

            var restored = 0;
            foreach (var entry in _outbox.Open())
            {
                try
                {
                    if (IsExternal(entry.Kind) && !_external.ContainsKey(OutboxPayloads.LaneOf(entry.Payload)))
                    {
                        // Its lane is not configured on this start (e.g. a mirror turned off): keep it for a later start.
                        _log.Write(LogLevel.Warning, "Outbox: " + entry.Kind + " " + entry.Id + " is for lane '" + OutboxPayloads.LaneOf(entry.Payload) + "', which is not configured now; it is kept until it expires.");
                        continue;
                    }

                    var item = ItemFromEntry(entry);
                    LaneFor(item).Enqueue(item, ignoreCapacity: true);
                    restored++;
                }
                catch (Exception ex) when (!(ex is OutOfMemoryException))
                {
                    // A mirror lane's own decoder found the entry unreadable (the journal already checked the CAD kinds).
                    _log.Write(LogLevel.Warning, "Outbox " + _outbox.Path + " line " + entry.JournalLine + ": " + entry.Kind + " " + entry.Id
                        + " could not be read (" + ex.Message.TrimEnd('.') + "); it is discarded, not replayed.");
                    _outbox.Close(entry.Id, "unreadable");
                }
            }

            return restored;
        }

        /// <summary>
        /// Sends everything that is due now (by the <see cref="TimeProvider"/>) on every lane, within each lane's budget,
        /// and returns when those sends are settled. Lanes are pumped concurrently. The outbox writer is flushed before and after.
        /// </summary>
        public async Task PumpAsync(CancellationToken cancellationToken = default)
        {
            if (_outbox != null) await _outbox.FlushAsync().ConfigureAwait(false);
            await Task.WhenAll(AllLanes.Select(lane => lane.PumpAsync(cancellationToken)).ToList()).ConfigureAwait(false);
            // What the sends settled (closes, scheduled deletes) is on disk, or refused, when this returns.
            if (_outbox != null) await _outbox.FlushAsync().ConfigureAwait(false);
        }

        /// <summary>Replays the outbox and starts one loop per lane. Each loop sleeps until its next due time or new work.</summary>
        public void Start()
        {
            RestoreFromOutbox();
            lock (_lifecycleGate)
            {
                if (_loopCts != null) throw new InvalidOperationException("The dispatcher is already started.");
                if (_stopped) throw new InvalidOperationException("The dispatcher was stopped.");
                _loopCts = new CancellationTokenSource();
                var token = _loopCts.Token;
                _loops = AllLanes.ToList().Select(lane => Task.Run(() => RunLaneAsync(lane, token))).ToArray();
            }
        }

        /// <summary>
        /// Stops the loops, then sends what the rate budgets allow before <paramref name="deadline"/>; in-flight sends are
        /// cancelled at the deadline. Durable work still queued stays in the outbox for the next start; other queued work
        /// is dropped (tickets complete Dropped).
        /// </summary>
        public async Task StopAsync(DateTimeOffset deadline)
        {
            CancellationTokenSource? loops;
            lock (_lifecycleGate)
            {
                if (_stopped) return;
                _stopped = true;
                loops = _loopCts;
            }

            var now = _time.GetUtcNow();
            var remaining = deadline - now;
            if (remaining < TimeSpan.Zero) remaining = TimeSpan.Zero;
            using (var deadlineCts = _time.CreateCancellationTokenSource(remaining))
            using (deadlineCts.Token.Register(() => SafeCancel(_sendCts)))
            {
                loops?.Cancel();
                try
                {
                    await Task.WhenAll(_loops).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    _log.Write(LogLevel.Warning, "Dispatcher loop ended with an error while stopping: " + ex.Message);
                }

                var token = _sendCts.Token;
                while (!token.IsCancellationRequested)
                {
                    try
                    {
                        await PumpAsync(token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }

                    now = _time.GetUtcNow();
                    var next = NextFinalWake(now);
                    if (!next.HasValue || next.Value >= deadline) break;
                    var delay = next.Value - now;
                    if (delay < MinLoopDelay) delay = MinLoopDelay;
                    try
                    {
                        await _time.Delay(delay, token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            }

            foreach (var lane in AllLanes.OfType<QueueLane>()) lane.AbandonNonDurable("the dispatcher stopped before this could be sent");
            if (_outbox != null)
            {
                // The writer does the disk work; a failed compaction leaves the journal replayable and is logged there.
                await _outbox.CompactAsync().ConfigureAwait(false);
                var left = _outbox.OpenCount;
                if (left > 0) _log.Write(LogLevel.Info, "Dispatcher stopped; " + left + " undelivered item(s) kept in the outbox for the next start.");
            }
        }

        /// <summary>Stops with a deadline this far from now.</summary>
        public Task StopAsync(TimeSpan timeout) => StopAsync(_time.GetUtcNow() + timeout);

        /// <summary>
        /// Completes when the started loop of <paramref name="endpoint"/>'s lane next finishes a pass (sends settled, next
        /// sleep scheduled on the <see cref="TimeProvider"/>). Lets a test drive the production loops with a fake clock
        /// without sleeping: take the task, check the condition, then await it.
        /// </summary>
        internal Task NextLoopPassAsync(CadEndpoint endpoint) => _lanes[endpoint].NextLoopPassAsync();

        /// <summary>Clears a fatal pause on one lane, e.g. after the owner fixed the API key.</summary>
        public void Resume(CadEndpoint endpoint) => _lanes[endpoint].Resume();

        /// <summary>Clears a fatal pause on an external lane (e.g. <c>tines.CreateRecord</c>) after the owner fixed its key or URL.</summary>
        public void Resume(string lane) => ExternalQueue(lane).Resume();

        /// <summary>Per-lane counters for the status command: the CAD lanes, then the external lanes.</summary>
        public IReadOnlyList<LaneStatus> GetStatus() => AllLanes.Select(l => l.Snapshot()).ToList();

        public LaneStatus GetStatus(CadEndpoint endpoint) => _lanes[endpoint].Snapshot();

        /// <summary>One external lane's counters.</summary>
        public LaneStatus GetStatus(string lane) => ExternalQueue(lane).Snapshot();

        public void Dispose()
        {
            lock (_lifecycleGate)
            {
                _stopped = true;
                SafeCancel(_loopCts);
            }

            SafeCancel(_sendCts);
            foreach (var lane in AllLanes) lane.Dispose();
        }

        // ----- internals -------------------------------------------------------------------------------------------

        private void AddQueueLane(CadEndpoint endpoint, Func<int> maxBatch, Func<IReadOnlyList<LaneItem>, CancellationToken, Task<LaneSendResult>> send)
        {
            _lanes[endpoint] = new QueueLane(endpoint, _options.Lane(endpoint), _options, _time, _log, RaiseFault, maxBatch, send, OnItemFinished);
        }

        private async Task RunLaneAsync(Lane lane, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await lane.PumpAsync(_sendCts.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_sendCts.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    _log.Write(LogLevel.Error, "Dispatch lane " + lane.Name + " loop error (continuing): " + ex.Message);
                }

                var now = _time.GetUtcNow();
                var delay = lane.NextWakeAt(now) - now;
                if (delay < MinLoopDelay) delay = MinLoopDelay;
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stop))
                {
                    var woken = lane.WaitForWakeAsync(wait.Token);
                    var slept = _time.Delay(delay, wait.Token);
                    lane.LoopPassCompleted();
                    await Task.WhenAny(woken, slept).ConfigureAwait(false);
                    wait.Cancel();
                }
            }
        }

        private DateTimeOffset? NextFinalWake(DateTimeOffset now)
        {
            DateTimeOffset? earliest = null;
            foreach (var lane in AllLanes)
            {
                if (lane is LocationLane || lane.IsPaused || lane.Queued == 0) continue;
                var at = lane.NextWakeAt(now);
                if (at - now >= _options.IdleWake) continue;
                if (!earliest.HasValue || at < earliest.Value) earliest = at;
            }

            return earliest;
        }

        private IDeliveryTicket EnqueuePlain(CadEndpoint endpoint, string? key, object payload)
        {
            var id = NewId();
            var now = _time.GetUtcNow();
            var ticket = new DeliveryTicket(id);
            ticket.SetDurability(Durability.NotDurable);
            var lane = (QueueLane)_lanes[endpoint];
            if (_stopped)
            {
                lane.Counters.Dropped(DropReason.Shutdown);
                ticket.Complete(DeliveryState.Rejected, "the dispatcher is stopped");
                return ticket;
            }

            lane.Enqueue(new LaneItem(id, key, payload, now, ExpiryFor(endpoint, now, null), null, ticket));
            return ticket;
        }

        private IDeliveryTicket EnqueueDurable(CadEndpoint endpoint, LaneItem item, OutboxEntry entry)
            => EnqueueDurable((QueueLane)_lanes[endpoint], item, entry);

        private IDeliveryTicket EnqueueDurable(QueueLane lane, LaneItem item, OutboxEntry entry)
        {
            item.Entry = entry;
            if (_outbox == null)
            {
                item.Ticket.SetDurability(Durability.NotDurable);
                lane.Enqueue(item);
                return item.Ticket;
            }

            if (!_outbox.TryReserve())
            {
                lane.Counters.Dropped(DropReason.OutboxFull);
                _log.Write(LogLevel.Warning, "Outbox is full; refused " + entry.Kind + " " + item.Id + ".");
                item.Ticket.SetDurability(Durability.NotSaved);
                item.Ticket.Complete(DeliveryState.Rejected, "the outbox is full; the CAD has been unreachable for a long time");
                return item.Ticket;
            }

            // Saved before the lane sees it, so a refusal by the lane closes an entry the writer already knows.
            Save(lane, item, entry, reserved: true);
            lane.Enqueue(item);
            return item.Ticket;
        }

        /// <summary>
        /// Hands the entry to the outbox writer and holds the item back from sending until the writer answers: saved, or
        /// refused by the disk (then it is sent anyway, and its ticket says it was not saved). Never waits on the disk.
        /// </summary>
        private void Save(QueueLane lane, LaneItem item, OutboxEntry entry, bool reserved)
        {
            item.AwaitingJournal = true;
            _outbox!.Save(entry, reserved, saved =>
            {
                item.Journaled = saved;
                item.AwaitingJournal = false;
                if (!saved) _log.Write(LogLevel.Warning, entry.Kind + " " + item.Id + " could not be saved to the outbox; it is sent without durability.");
                item.Ticket.SetDurability(saved ? Durability.Saved : Durability.NotSaved);
                lane.Wake();
            });
        }

        private void OnItemFinished(LaneItem item, DeliveryResult result)
        {
            if (result.State == DeliveryState.Accepted && (item.DeleteAfter.HasValue || item.DeleteAt.HasValue))
            {
                // Queued to the writer before the create's close below: a crash in between leaves both, never neither.
                ScheduleDeleteAfterCreate(item, result);
            }

            if (_outbox != null && item.Entry != null) _outbox.Close(item.Id, result.State.ToString().ToLowerInvariant());
        }

        private void ScheduleDeleteAfterCreate(LaneItem create, DeliveryResult result)
        {
            var what = create.ExternalLane == null ? "Record " + create.Id : "Lane " + create.ExternalLane + ": item " + create.Id;
            if (string.IsNullOrEmpty(result.CadId))
            {
                _log.Write(LogLevel.Warning, what + " was created but the target returned no id; its scheduled delete cannot be queued.");
                return;
            }

            var now = _time.GetUtcNow();
            var due = create.DeleteAt ?? now + create.DeleteAfter!.Value;
            if (due < now) due = now;
            var id = NewId();
            var expires = due + _options.RecordDeleteGrace;
            QueueLane lane;
            OutboxEntry entry;
            object work;
            if (create.ExternalLane == null)
            {
                lane = (QueueLane)_lanes[CadEndpoint.DeleteRecord];
                work = result.CadId!;
                entry = new OutboxEntry(id, OutboxEntryKind.DeleteRecord, now, expires, due, OutboxPayloads.FromDelete(result.CadId!));
            }
            else
            {
                var spec = _externalSpecs[create.ExternalLane];
                if (spec.DeleteLane == null || spec.DeleteWork == null || !_externalSpecs.TryGetValue(spec.DeleteLane, out var deleteSpec))
                {
                    _log.Write(LogLevel.Warning, what + " asked for a scheduled delete, but the lane has no delete lane; nothing is scheduled.");
                    return;
                }

                lane = _external[deleteSpec.Name];
                work = spec.DeleteWork(result.CadId!);
                entry = new OutboxEntry(id, deleteSpec.Kind, now, expires, due,
                    OutboxPayloads.ForLane(deleteSpec.Name, deleteSpec.Encode != null ? deleteSpec.Encode(work) : new JObject()));
            }

            var item = new LaneItem(id, null, work, now, expires, due, new DeliveryTicket(id)) { ExternalLane = create.ExternalLane == null ? null : lane.Name };
            if (_outbox != null && lane.Policy.Durable)
            {
                item.Entry = entry;
                Save(lane, item, entry, reserved: false);
            }
            else
            {
                item.Ticket.SetDurability(Durability.NotDurable);
            }

            lane.Enqueue(item, ignoreCapacity: true);
        }

        private LaneItem ItemFromEntry(OutboxEntry entry)
        {
            object payload;
            TimeSpan? deleteAfter = null;
            DateTimeOffset? deleteAt = null;
            string? external = null;
            switch (entry.Kind)
            {
                case OutboxEntryKind.MirrorCreateRecord:
                case OutboxEntryKind.MirrorDeleteRecord:
                {
                    external = OutboxPayloads.LaneOf(entry.Payload);
                    var spec = _externalSpecs[external];
                    payload = spec.Decode!(OutboxPayloads.WorkOf(entry.Payload));
                    deleteAt = OutboxPayloads.DeleteAtOf(entry.Payload);
                    break;
                }

                case OutboxEntryKind.Call911:
                    payload = OutboxPayloads.ToCall(entry.Payload);
                    break;
                case OutboxEntryKind.CreateRecord:
                    payload = OutboxPayloads.ToRecord(entry.Payload, out deleteAfter, out deleteAt);
                    break;
                case OutboxEntryKind.DeleteRecord:
                    payload = OutboxPayloads.ToDelete(entry.Payload);
                    break;
                default:
                    throw new FormatException("unknown kind " + entry.Kind);
            }

            var ticket = new DeliveryTicket(entry.Id);
            ticket.SetDurability(Durability.Saved);
            return new LaneItem(entry.Id, null, payload, entry.CreatedAt, entry.ExpiresAt, entry.DueAt, ticket)
            {
                Entry = entry,
                Journaled = true,
                Replayed = true,
                DeleteAfter = deleteAfter,
                DeleteAt = deleteAt,
                ExternalLane = external,
            };
        }

        private static bool IsExternal(OutboxEntryKind kind)
            => kind == OutboxEntryKind.MirrorCreateRecord || kind == OutboxEntryKind.MirrorDeleteRecord;

        private QueueLane LaneFor(LaneItem item)
            => item.ExternalLane != null ? _external[item.ExternalLane] : (QueueLane)_lanes[LaneOf(item.Entry!.Kind)];

        private QueueLane ExternalQueue(string lane)
            => _external.TryGetValue(lane ?? string.Empty, out var queue) ? queue : throw new ArgumentException("No lane named '" + lane + "'.", nameof(lane));

        /// <summary>
        /// The record with <c>deleteAfterMinutes</c> = the whole minutes (rounded up) left of its lifetime, counted from when
        /// it was queued, so a record that waited (outage, rate limit, restart) still expires when it was meant to.
        /// </summary>
        private static RecordRequest WithRemainingLifetime(RecordRequest record, DateTimeOffset queuedAt, DateTimeOffset now)
        {
            if (!record.DeleteAfterMinutes.HasValue || record.DeleteAfterMinutes.Value <= 0) return record;
            var left = queuedAt.AddMinutes(record.DeleteAfterMinutes.Value) - now;
            var minutes = left <= TimeSpan.Zero ? 1 : (int)Math.Min(record.DeleteAfterMinutes.Value, (left.Ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute);
            if (minutes == record.DeleteAfterMinutes.Value) return record;
            return record.RawRecord != null
                ? RecordRequest.Raw(record.Owner, record.RawRecord, minutes)
                : RecordRequest.FromTemplate(record.Owner, record.RecordTypeId!.Value, record.ReplaceValues!, minutes);
        }

        private static CadEndpoint LaneOf(OutboxEntryKind kind)
        {
            switch (kind)
            {
                case OutboxEntryKind.Call911: return CadEndpoint.Create911Call;
                case OutboxEntryKind.CreateRecord: return CadEndpoint.CreateRecord;
                case OutboxEntryKind.DeleteRecord: return CadEndpoint.DeleteRecord;
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
            }
        }

        private TimeSpan CallMaxAge(EmergencyCall call)
        {
            var maxAge = _options.Call911MaxAge;
            if (call.DeleteAfterMinutes.HasValue && call.DeleteAfterMinutes.Value > 0)
            {
                var ttl = TimeSpan.FromMinutes(call.DeleteAfterMinutes.Value);
                if (ttl < maxAge) maxAge = ttl;
            }

            var laneMax = _options.Lane(CadEndpoint.Create911Call).MaxAge;
            return laneMax.HasValue && laneMax.Value < maxAge ? laneMax.Value : maxAge;
        }

        private DateTimeOffset? ExpiryFor(CadEndpoint endpoint, DateTimeOffset now, TimeSpan? itemMaxAge)
        {
            var laneMax = endpoint == CadEndpoint.Heartbeat ? _options.HeartbeatInterval : _options.Lane(endpoint).MaxAge;
            TimeSpan? maxAge = itemMaxAge;
            if (laneMax.HasValue && (!maxAge.HasValue || laneMax.Value < maxAge.Value)) maxAge = laneMax;
            return maxAge.HasValue ? now + maxAge.Value : (DateTimeOffset?)null;
        }

        private void RaiseFault(LaneFault fault) => LaneFaulted?.Invoke(fault);

        private static string RequireId(string value)
        {
            if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException("An id is required.", nameof(value));
            return value;
        }

        private static string NewId() => Guid.NewGuid().ToString("N");

        private static void SafeCancel(CancellationTokenSource? cts)
        {
            try
            {
                cts?.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already torn down.
            }
        }
    }
}
