namespace SonoranFiveM.Core.Dispatch
{
    /// <summary>
    /// The lanes' durability: saves durable work to the outbox before its lane may send it, closes its entry when it
    /// settles, and replays the open entries into their lanes on start. The journal's writer does the disk work, so
    /// nothing here waits on the disk. Without an outbox, durable lanes run without durability (tickets say so).
    /// </summary>
    internal sealed class DurableWork
    {
        private readonly OutboxJournal? _journal;
        private readonly ILog _log;

        public DurableWork(OutboxJournal? journal, ILog log)
        {
            _journal = journal;
            _log = log;
        }

        /// <summary>
        /// Saves durable work and holds it back from sending until the writer answers: saved, or refused by the disk (then
        /// it is sent anyway, and its ticket says it was not saved). False when the outbox is full: the ticket is then
        /// complete. A <paramref name="followUp"/> (a scheduled delete of accepted work) is never refused for room.
        /// </summary>
        public bool Admit<T>(QueueLane<T> lane, LaneItem<T> item, bool followUp = false)
        {
            if (_journal == null || !lane.Policy.IsDurable || lane.Codec == null)
            {
                item.Ticket.SetDurability(Durability.NotDurable);
                return true;
            }

            var codec = lane.Codec;
            if (!followUp && !_journal.TryReserve())
            {
                lane.Counters.Dropped(DropReason.OutboxFull);
                _log.Write(LogLevel.Warning, "Outbox is full; refused " + codec.Kind + " " + item.Id + ".");
                item.Ticket.SetDurability(Durability.NotSaved);
                item.MoveTo(ItemState.Settled);
                item.Ticket.Complete(DeliveryState.Rejected, "the outbox is full; the CAD has been unreachable for a long time");
                return false;
            }

            var entry = new OutboxEntry(item.Id, codec.Kind, item.EnqueuedAt, item.ExpiresAt, item.DueAt, codec.Encode(item.Work));
            item.Entry = entry;
            item.MoveTo(ItemState.Saving);
            _journal.Save(entry, reserved: !followUp, saved =>
            {
                if (!saved) _log.Write(LogLevel.Warning, entry.Kind + " " + item.Id + " could not be saved to the outbox; it is sent without durability.");
                item.Ticket.SetDurability(saved ? Durability.Saved : Durability.NotSaved);
                item.Move(ItemState.Saving, ItemState.Queued);
                lane.Wake();
            });
            return true;
        }

        /// <summary>Closes a settled item's entry (the writer appends the close; unknown ids are ignored).</summary>
        public void Close(OutboxEntry? entry, DeliveryState state)
        {
            if (_journal != null && entry != null) _journal.Close(entry.Id, state.ToString().ToLowerInvariant());
        }

        /// <summary>
        /// Loads the open entries into their lanes. An entry whose lane is not registered on this start (a mirror turned
        /// off) is kept for a later start; one its lane cannot read is closed with an error line.
        /// </summary>
        public int Replay(Func<string, IQueueLane?> laneNamed)
        {
            if (_journal == null) return 0;
            var restored = 0;
            foreach (var entry in _journal.Open())
            {
                try
                {
                    var name = LaneOf(entry);
                    var lane = laneNamed(name);
                    if (lane == null)
                    {
                        _log.Write(LogLevel.Warning, "Outbox: " + entry.Kind + " " + entry.Id + " is for lane '" + name + "', which is not configured now; it is kept until it expires.");
                        continue;
                    }

                    lane.Restore(entry);
                    restored++;
                }
                catch (Exception ex) when (!(ex is OutOfMemoryException))
                {
                    _log.Write(LogLevel.Warning, "Outbox " + _journal.Path + " line " + entry.JournalLine + ": " + entry.Kind + " " + entry.Id
                        + " could not be read (" + ex.Message.TrimEnd('.') + "); it is discarded, not replayed.");
                    _journal.Close(entry.Id, "unreadable");
                }
            }

            return restored;
        }

        public Task FlushAsync() => _journal?.FlushAsync() ?? Task.CompletedTask;

        /// <summary>Compacts the journal on stop (the writer does the disk work) and says what it keeps for the next start.</summary>
        public async Task CompactAsync()
        {
            if (_journal == null) return;
            // A failed compaction leaves the journal replayable and is logged by the writer.
            await _journal.CompactAsync().ConfigureAwait(false);
            var left = _journal.OpenCount;
            if (left > 0) _log.Write(LogLevel.Info, "Dispatcher stopped; " + left + " undelivered item(s) kept in the outbox for the next start.");
        }

        /// <summary>The lane an entry belongs to: fixed for the CAD kinds, named in the payload for the others.</summary>
        private static string LaneOf(OutboxEntry entry)
        {
            switch (entry.Kind)
            {
                case OutboxEntryKind.Call911: return nameof(CadEndpoint.Create911Call);
                case OutboxEntryKind.CreateRecord: return nameof(CadEndpoint.CreateRecord);
                case OutboxEntryKind.DeleteRecord: return nameof(CadEndpoint.DeleteRecord);
                default: return OutboxPayloads.LaneOf(entry.Payload);
            }
        }
    }
}
