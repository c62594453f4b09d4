using System.Collections.Concurrent;
using System.IO;
using Newtonsoft.Json;

namespace SonoranFiveM.Core.Outbox
{
    /// <summary>
    /// The durable outbox: an append-only journal of work that must survive a crash (911 calls, record creates,
    /// scheduled record deletes), one checksummed JSON line per change (<see cref="JournalLine"/>).
    /// </summary>
    /// <remarks>
    /// <para>Writes go through one writer: <see cref="Save"/> and <see cref="Close"/> only queue and return at once, so
    /// the game's main thread never waits on the disk or on a lock held across file I/O. The writer takes everything
    /// queued, writes it with one write and one fsync (group commit), and only then acknowledges each saved entry.</para>
    /// <para>When the disk refuses (full, read-only, a folder in the way) the writer says so honestly: acknowledgements
    /// come back "not saved", <see cref="Problem"/> reads "outbox not writable: …", and the unsaved entries are retried
    /// with backoff (1 s doubling to 1 min) until the disk takes them.</para>
    /// <para>On start the journal is replayed: lines that fail their checksum or cannot be read (a torn last line, a
    /// flipped bit, out-of-range numbers) are reported and skipped, expired entries are dropped, and the open entries are
    /// compacted to a temp file that atomically replaces the journal, after which the folder is fsynced too. Delivery is
    /// at-least-once; the entry id lets a duplicate be recognised.</para>
    /// </remarks>
    public sealed class OutboxJournal : IDisposable
    {

        private readonly OutboxJournalOptions _options;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly IOutboxFiles _files;
        private readonly JournalFile _file;
        private readonly DiskTrouble _disk;
        private readonly ConcurrentQueue<JournalOp> _queue = new ConcurrentQueue<JournalOp>();

        // Held across file I/O; only the writer pass, Open and Dispose take it, never a caller of Save or Close.
        private readonly object _fileGate = new object();
        private readonly Dictionary<string, JournalOpenLine> _open = new Dictionary<string, JournalOpenLine>(StringComparer.Ordinal);
        private readonly Dictionary<string, JournalOpenLine> _unsaved = new Dictionary<string, JournalOpenLine>(StringComparer.Ordinal);
        private readonly List<byte[]> _doneBacklog = new List<byte[]>();
        private long _sequence;
        private int _closedSinceCompaction;

        private int _held;
        private int _openCount;
        private int _unsavedCount;
        private int _draining;
        private volatile bool _disposed;

        public OutboxJournal(OutboxJournalOptions options, TimeProvider time, ILog log, IOutboxFiles? files = null)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _files = files ?? OutboxFiles.Instance;
            _file = new JournalFile(options.Path, _files, log);
            _disk = new DiskTrouble(options.Path, time, log, Kick);
        }

        public string Path => _options.Path;

        /// <summary>Entries on disk and not yet closed.</summary>
        public int OpenCount => Volatile.Read(ref _openCount);

        /// <summary>Entries the disk refused and that are not settled yet: they are lost if the server stops now.</summary>
        public int UnsavedCount => Volatile.Read(ref _unsavedCount);

        /// <summary>"outbox not writable: &lt;reason&gt;. Fix: …" while the journal cannot be written; null when it can.</summary>
        public string? Problem => _disk.Problem;

        /// <summary>
        /// Reads the journal, reports and skips lines it cannot trust, drops expired entries, compacts, and opens it for
        /// appending. Returns the open entries in the order they were first written. Never throws for bad content or an
        /// unusable path: then it says so (start-up message and <see cref="Problem"/>) and the outbox runs without durability.
        /// </summary>
        public IReadOnlyList<OutboxEntry> Open()
        {
            lock (_fileGate)
            {
                if (_disposed) throw new ObjectDisposedException(nameof(OutboxJournal));
                _file.Close();
                _open.Clear();
                var entries = new Dictionary<string, (long Seq, OutboxEntry Entry)>(StringComparer.Ordinal);
                var path = _options.Path;
                try
                {
                    if (_files.DirectoryExists(path))
                    {
                        throw new IOException(path + " is a folder, not a file");
                    }

                    if (_files.FileExists(path))
                    {
                        using var stream = _files.OpenRead(path);
                        var reader = new JournalReader(path, _log, _sequence);
                        entries = reader.Read(stream);
                        _sequence = reader.Sequence;
                    }
                }
                catch (Exception ex) when (JournalFile.IsDiskError(ex))
                {
                    Refuse(ex, starting: true);
                }

                var now = _time.GetUtcNow();
                var result = new List<OutboxEntry>();
                foreach (var pair in entries.OrderBy(p => p.Value.Seq))
                {
                    var entry = pair.Value.Entry;
                    if (entry.ExpiresAt.HasValue && entry.ExpiresAt.Value <= now)
                    {
                        _log.Write(LogLevel.Warning, "Outbox: dropped " + entry.Kind + " " + entry.Id + " on replay: it expired at " + entry.ExpiresAt.Value.ToString("u") + " before it could be delivered.");
                        continue;
                    }

                    _open[entry.Id] = new JournalOpenLine(pair.Value.Seq, JournalLine.Encode(JournalReader.Serialize(entry)));
                    result.Add(entry);
                }

                Volatile.Write(ref _openCount, _open.Count);
                Interlocked.Add(ref _held, _open.Count);
                if (_disk.Problem == null)
                {
                    try
                    {
                        Compact();
                    }
                    catch (Exception ex) when (JournalFile.IsDiskError(ex))
                    {
                        Refuse(ex, starting: true);
                    }
                }

                if (result.Count > 0) _log.Write(LogLevel.Info, "Outbox: replaying " + result.Count + " undelivered item(s) from " + path + ".");
                return result;
            }
        }

        /// <summary>
        /// The entries a restart would replay from the journal at <paramref name="path"/>, read without writing anything
        /// (expired ones included). Bad lines are reported to <paramref name="log"/> and skipped. For reports and checks.
        /// </summary>
        public static IReadOnlyList<OutboxEntry> ReadOpenEntries(string path, ILog log, IOutboxFiles? files = null)
        {
            files ??= OutboxFiles.Instance;
            if (!files.FileExists(path)) return Array.Empty<OutboxEntry>();
            using var stream = files.OpenRead(path);
            return new JournalReader(path, log).Read(stream).Values.OrderBy(e => e.Seq).Select(e => e.Entry).ToList();
        }

        /// <summary>Reserves room for one entry about to be saved. False when the outbox is full. Never blocks.</summary>
        public bool TryReserve()
        {
            while (true)
            {
                var held = Volatile.Read(ref _held);
                if (held >= _options.MaxEntries) return false;
                if (Interlocked.CompareExchange(ref _held, held + 1, held) == held) return true;
            }
        }

        /// <summary>Gives back a reservation that will not be saved.</summary>
        public void ReleaseReservation()
        {
            if (Interlocked.Decrement(ref _held) < 0) Interlocked.Exchange(ref _held, 0);
        }

        /// <summary>
        /// Queues an entry for the writer and returns at once. The task (and <paramref name="onWritten"/>, which runs on the
        /// writer and must be quick) says true once the entry is on disk, false when the disk refused it (the writer keeps
        /// retrying it with backoff until it is closed). Consumes a reservation when <paramref name="reserved"/>.
        /// </summary>
        public Task<bool> Save(OutboxEntry entry, bool reserved = true, Action<bool>? onWritten = null)
        {
            if (entry == null) throw new ArgumentNullException(nameof(entry));
            if (!reserved) Interlocked.Increment(ref _held);
            var op = new JournalOp(JournalOpKind.Add) { Entry = entry, Id = entry.Id, Written = onWritten };
            Enqueue(op);
            return op.Done!.Task;
        }

        /// <summary>Queues the closing of an entry (delivered, rejected or dropped) and returns at once. Unknown ids are ignored.</summary>
        public void Close(string id, string outcome) => Enqueue(new JournalOp(JournalOpKind.Close) { Id = id, Outcome = outcome });

        /// <summary>Completes once everything queued before it has been written, or refused by the disk.</summary>
        public Task FlushAsync() => Enqueue(new JournalOp(JournalOpKind.Barrier)).Done!.Task;

        /// <summary>Has the writer rewrite the journal with only the open entries (temp file, fsync, atomic rename, folder fsync).</summary>
        public Task CompactAsync() => Enqueue(new JournalOp(JournalOpKind.Compact)).Done!.Task;

        private JournalOp Enqueue(JournalOp op)
        {
            _queue.Enqueue(op);
            Kick();
            return op;
        }

        private void Kick()
        {
            if (Interlocked.CompareExchange(ref _draining, 1, 0) != 0) return;
            Task.Run(Drain);
        }

        private void Drain()
        {
            while (true)
            {
                try
                {
                    Pass();
                }
                catch (Exception ex)
                {
                    _log.Write(LogLevel.Error, "Outbox writer error (continuing): " + ex.Message);
                }

                Volatile.Write(ref _draining, 0);
                if ((_queue.IsEmpty && !_disk.RetryDue) || Interlocked.CompareExchange(ref _draining, 1, 0) != 0) return;
            }
        }

        /// <summary>One writer pass: everything queued goes out in one write and one fsync, then is acknowledged.</summary>
        private void Pass()
        {
            var ops = new List<JournalOp>();
            while (_queue.TryDequeue(out var op)) ops.Add(op);
            var retry = _disk.TakeRetryDue();
            var written = new List<JournalOp>();
            var finished = new List<JournalOp>();
            var saved = false;
            lock (_fileGate)
            {
                if (_disposed)
                {
                    foreach (var op in ops) (op.Kind == JournalOpKind.Add ? written : finished).Add(op);
                }
                else
                {
                    var lines = new List<byte[]>();
                    var addedNow = new HashSet<string>(StringComparer.Ordinal);
                    var compact = false;
                    foreach (var op in ops)
                    {
                        switch (op.Kind)
                        {
                            case JournalOpKind.Add:
                                _unsaved[op.Id!] = new JournalOpenLine(++_sequence, JournalLine.Encode(JournalReader.Serialize(op.Entry!)));
                                addedNow.Add(op.Id!);
                                written.Add(op);
                                break;
                            case JournalOpKind.Close:
                                CloseLocked(op, addedNow, lines);
                                break;
                            case JournalOpKind.Compact:
                                compact = true;
                                finished.Add(op);
                                break;
                            default:
                                finished.Add(op);
                                break;
                        }
                    }

                    // While the disk is refusing, new work waits for the retry timer rather than hammering it.
                    var waiting = _disk.Waiting(retry);
                    if (!waiting && (_unsaved.Count > 0 || lines.Count > 0 || _doneBacklog.Count > 0 || retry))
                    {
                        saved = TryWriteLocked(lines);
                    }
                    else if (waiting)
                    {
                        _doneBacklog.AddRange(lines);
                    }
                    else
                    {
                        saved = true;
                    }

                    if (saved && !_disposed && (compact || _closedSinceCompaction >= Math.Max(1, _options.CompactAfterClosed)))
                    {
                        TryCompactLocked();
                    }

                    Volatile.Write(ref _openCount, _open.Count);
                    Volatile.Write(ref _unsavedCount, _unsaved.Count);
                }
            }

            foreach (var op in written)
            {
                try
                {
                    op.Written?.Invoke(saved);
                }
                catch (Exception ex)
                {
                    _log.Write(LogLevel.Error, "Outbox: acknowledging " + op.Id + " failed: " + ex.Message);
                }

                op.Done!.TrySetResult(saved);
            }

            foreach (var op in finished) op.Done?.TrySetResult(saved);
        }

        private void CloseLocked(JournalOp op, HashSet<string> addedNow, List<byte[]> lines)
        {
            var id = op.Id!;
            if (_unsaved.ContainsKey(id) && !addedNow.Contains(id))
            {
                // Never reached the disk: nothing to close there.
                _unsaved.Remove(id);
                Interlocked.Decrement(ref _held);
                return;
            }

            if (!addedNow.Contains(id) && !_open.ContainsKey(id)) return;
            var json = new JObject { ["op"] = "done", ["id"] = id, ["outcome"] = op.Outcome };
            lines.Add(JournalLine.Encode(json.ToString(Formatting.None)));
            if (!_open.Remove(id)) _unsaved.Remove(id);
            Interlocked.Decrement(ref _held);
            _closedSinceCompaction++;
        }

        private bool TryWriteLocked(List<byte[]> doneLines)
        {
            var pending = _unsaved.OrderBy(p => p.Value.Sequence).ToList();
            try
            {
                _file.Append(pending.Select(p => p.Value.Line).Concat(_doneBacklog).Concat(doneLines));
            }
            catch (Exception ex) when (JournalFile.IsDiskError(ex))
            {
                _doneBacklog.AddRange(doneLines);
                Refuse(ex, starting: false);
                return false;
            }

            _doneBacklog.Clear();
            foreach (var pair in pending) _open[pair.Key] = pair.Value;
            _unsaved.Clear();
            _disk.Recovered(pending.Count);
            return true;
        }

        private void Refuse(Exception ex, bool starting) => _disk.Refused(_file.Explain(ex), starting);

        private void TryCompactLocked()
        {
            try
            {
                Compact();
            }
            catch (Exception ex) when (JournalFile.IsDiskError(ex))
            {
                _file.CloseQuietly();
                _log.Write(LogLevel.Warning, "Outbox compaction failed (the journal stays replayable; retried later): " + ex.Message);
            }
        }

        private void Compact()
        {
            _file.Compact(_open.Values.OrderBy(l => l.Sequence).Select(l => l.Line));
            _closedSinceCompaction = 0;
        }

        /// <summary>Closes the file without compacting (so a crash and a stop leave the same replayable journal). Never throws.</summary>
        public void Dispose()
        {
            _disposed = true;
            try
            {
                lock (_fileGate)
                {
                    _disk.StopRetrying();
                    _file.CloseQuietly();
                }

                Kick(); // settles anything still queued as not saved
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Warning, "Outbox: closing " + _options.Path + " failed: " + ex.Message);
            }
        }
    }
}
