using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Diagnostics;

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
        private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(1);
        private static readonly JsonSerializerSettings ParseSettings = new JsonSerializerSettings { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
        private static readonly byte[] Newline = { (byte)'\n' };

        private readonly OutboxOptions _options;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly IOutboxFiles _files;
        private readonly ConcurrentQueue<Op> _queue = new ConcurrentQueue<Op>();

        // Held across file I/O; only the writer pass, Open and Dispose take it, never a caller of Save or Close.
        private readonly object _fileGate = new object();
        private readonly Dictionary<string, OpenLine> _open = new Dictionary<string, OpenLine>(StringComparer.Ordinal);
        private readonly Dictionary<string, OpenLine> _unsaved = new Dictionary<string, OpenLine>(StringComparer.Ordinal);
        private readonly List<byte[]> _doneBacklog = new List<byte[]>();
        private Stream? _stream;
        private ITimer? _retryTimer;
        private long _sequence;
        private int _closedSinceCompaction;
        private int _failures;
        private bool _needsNewline;

        private int _held;
        private int _openCount;
        private int _unsavedCount;
        private int _draining;
        private volatile bool _retryDue;
        private volatile bool _disposed;
        private volatile string? _problem;

        public OutboxJournal(OutboxOptions options, TimeProvider time, ILog log, IOutboxFiles? files = null)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _files = files ?? OutboxFiles.Instance;
        }

        public string Path => _options.Path;

        /// <summary>Entries on disk and not yet closed.</summary>
        public int OpenCount => Volatile.Read(ref _openCount);

        /// <summary>Entries the disk refused and that are not settled yet: they are lost if the server stops now.</summary>
        public int UnsavedCount => Volatile.Read(ref _unsavedCount);

        /// <summary>"outbox not writable: &lt;reason&gt;. Fix: …" while the journal cannot be written; null when it can.</summary>
        public string? Problem => _problem;

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
                CloseStream();
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
                        foreach (var raw in JournalLine.Read(stream)) ReadLine(raw, entries);
                    }
                }
                catch (Exception ex) when (IsDiskError(ex))
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

                    _open[entry.Id] = new OpenLine(pair.Value.Seq, JournalLine.Encode(Serialize(entry)));
                    result.Add(entry);
                }

                Volatile.Write(ref _openCount, _open.Count);
                Interlocked.Add(ref _held, _open.Count);
                if (_problem == null)
                {
                    try
                    {
                        CompactLocked();
                        EnsureStream();
                    }
                    catch (Exception ex) when (IsDiskError(ex))
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
            var reader = new OutboxJournal(new OutboxOptions(path), TimeProvider.System, log, files);
            var entries = new Dictionary<string, (long Seq, OutboxEntry Entry)>(StringComparer.Ordinal);
            if (!reader._files.FileExists(path)) return Array.Empty<OutboxEntry>();
            using (var stream = reader._files.OpenRead(path))
            {
                foreach (var raw in JournalLine.Read(stream)) reader.ReadLine(raw, entries);
            }

            return entries.Values.OrderBy(e => e.Seq).Select(e => e.Entry).ToList();
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
            var op = new Op(OpKind.Add) { Entry = entry, Id = entry.Id, Written = onWritten };
            Enqueue(op);
            return op.Done!.Task;
        }

        /// <summary>Queues the closing of an entry (delivered, rejected or dropped) and returns at once. Unknown ids are ignored.</summary>
        public void Close(string id, string outcome) => Enqueue(new Op(OpKind.Close) { Id = id, Outcome = outcome });

        /// <summary>Completes once everything queued before it has been written, or refused by the disk.</summary>
        public Task FlushAsync() => Enqueue(new Op(OpKind.Barrier)).Done!.Task;

        /// <summary>Has the writer rewrite the journal with only the open entries (temp file, fsync, atomic rename, folder fsync).</summary>
        public Task CompactAsync() => Enqueue(new Op(OpKind.Compact)).Done!.Task;

        private Op Enqueue(Op op)
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
                if ((_queue.IsEmpty && !_retryDue) || Interlocked.CompareExchange(ref _draining, 1, 0) != 0) return;
            }
        }

        /// <summary>One writer pass: everything queued goes out in one write and one fsync, then is acknowledged.</summary>
        private void Pass()
        {
            var ops = new List<Op>();
            while (_queue.TryDequeue(out var op)) ops.Add(op);
            var retry = _retryDue;
            _retryDue = false;
            var written = new List<Op>();
            var finished = new List<Op>();
            var saved = false;
            lock (_fileGate)
            {
                if (_disposed)
                {
                    foreach (var op in ops) (op.Kind == OpKind.Add ? written : finished).Add(op);
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
                            case OpKind.Add:
                                _unsaved[op.Id!] = new OpenLine(++_sequence, JournalLine.Encode(Serialize(op.Entry!)));
                                addedNow.Add(op.Id!);
                                written.Add(op);
                                break;
                            case OpKind.Close:
                                CloseLocked(op, addedNow, lines);
                                break;
                            case OpKind.Compact:
                                compact = true;
                                finished.Add(op);
                                break;
                            default:
                                finished.Add(op);
                                break;
                        }
                    }

                    // While the disk is refusing, new work waits for the retry timer rather than hammering it.
                    var waiting = _problem != null && _retryTimer != null && !retry;
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

        private void CloseLocked(Op op, HashSet<string> addedNow, List<byte[]> lines)
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
                var stream = EnsureStream();
                using (var batch = new MemoryStream())
                {
                    if (_needsNewline) batch.Write(Newline, 0, 1); // ends whatever a failed write left half-done
                    foreach (var pair in pending) batch.Write(pair.Value.Line, 0, pair.Value.Line.Length);
                    foreach (var line in _doneBacklog) batch.Write(line, 0, line.Length);
                    foreach (var line in doneLines) batch.Write(line, 0, line.Length);
                    if (batch.Length > 0)
                    {
                        stream.Write(batch.GetBuffer(), 0, (int)batch.Length);
                        _files.FlushToDisk(stream);
                    }
                }
            }
            catch (Exception ex) when (IsDiskError(ex))
            {
                _doneBacklog.AddRange(doneLines);
                CloseStreamQuietly();
                _needsNewline = true;
                Refuse(ex, starting: false);
                return false;
            }

            _needsNewline = false;
            _doneBacklog.Clear();
            foreach (var pair in pending) _open[pair.Key] = pair.Value;
            _unsaved.Clear();
            if (_problem != null)
            {
                _log.Write(LogLevel.Info, "Outbox " + _options.Path + " is writable again; " + pending.Count + " waiting item(s) saved.");
                _problem = null;
            }

            _failures = 0;
            _retryTimer?.Dispose();
            _retryTimer = null;
            return true;
        }

        /// <summary>Records that the disk refused: one clear log line per change of reason, the status text, and a retry.</summary>
        private void Refuse(Exception ex, bool starting)
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_options.Path)) ?? _options.Path;
            var fix = _files.DirectoryExists(_options.Path)
                ? "Fix: move that folder away, or set outbox.path to a file name."
                : ex is UnauthorizedAccessException
                    ? "Fix: let the FXServer user write to " + folder + ", or set outbox.path to a writable place."
                    : "Fix: free disk space and check that the FXServer user may write to " + folder + ".";
            var problem = "outbox not writable: " + Reason(ex) + ". " + fix;
            if (problem != _problem)
            {
                _log.Write(LogLevel.Error, (starting ? "Outbox " + _options.Path + " cannot be used: " : "Outbox " + _options.Path + ": ")
                    + problem.Substring("outbox not writable: ".Length) + " Until then calls and records are still sent, but not saved:"
                    + " anything unsent when the server stops is lost. Retrying with backoff.");
            }

            _problem = problem;
            var delay = TimeSpan.FromTicks(Math.Min(LastRetry.Ticks, FirstRetry.Ticks << Math.Min(_failures, 16)));
            _failures++;
            _retryTimer?.Dispose();
            _retryTimer = _time.CreateTimer(_ =>
            {
                _retryDue = true;
                Kick();
            }, null, delay, Timeout.InfiniteTimeSpan);
        }

        private static string Reason(Exception ex)
            => ex is UnauthorizedAccessException ? "permission denied (" + ex.Message.TrimEnd('.') + ")" : ex.Message.TrimEnd('.');

        private void TryCompactLocked()
        {
            try
            {
                CompactLocked();
                EnsureStream();
            }
            catch (Exception ex) when (IsDiskError(ex))
            {
                CloseStreamQuietly();
                _log.Write(LogLevel.Warning, "Outbox compaction failed (the journal stays replayable; retried later): " + ex.Message);
            }
        }

        private void CompactLocked()
        {
            CloseStream();
            var path = _options.Path;
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory)) _files.CreateDirectory(directory!);
            var temp = path + ".tmp";
            using (var tempStream = _files.Create(temp))
            {
                foreach (var line in _open.Values.OrderBy(l => l.Sequence)) tempStream.Write(line.Line, 0, line.Line.Length);
                _files.FlushToDisk(tempStream);
            }

            _files.Replace(temp, path);
            _needsNewline = false;
            _closedSinceCompaction = 0;
            if (string.IsNullOrEmpty(directory)) return;
            try
            {
                _files.SyncDirectory(directory!);
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
            {
                // A platform without libc: the rename is done, only its flush to disk is not forced.
                _log.Write(LogLevel.Debug, "Outbox: the folder cannot be flushed on this platform: " + ex.Message);
            }
        }

        private Stream EnsureStream()
        {
            if (_stream != null) return _stream;
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_options.Path));
            if (!string.IsNullOrEmpty(directory)) _files.CreateDirectory(directory!);
            _stream = _files.OpenAppend(_options.Path);
            return _stream;
        }

        private void CloseStream()
        {
            _stream?.Dispose();
            _stream = null;
        }

        private void CloseStreamQuietly()
        {
            try
            {
                CloseStream();
            }
            catch (Exception ex) when (IsDiskError(ex))
            {
                _stream = null;
            }
        }

        private static bool IsDiskError(Exception ex) => ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException
            || ex is System.Security.SecurityException || ex is ArgumentException;

        private void ReadLine(JournalLine.RawLine raw, Dictionary<string, (long Seq, OutboxEntry Entry)> entries)
        {
            if (raw.TooLong)
            {
                Skip(raw.Number, "longer than " + JournalLine.MaxBytes + " bytes");
                return;
            }

            if (raw.Bytes.All(b => b == (byte)' ' || b == (byte)'\r' || b == (byte)'\t')) return;
            if (!JournalLine.TryDecode(raw.Bytes, raw.Bytes.Length, out var text, out var legacy, out var problem))
            {
                Skip(raw.Number, problem);
                return;
            }

            try
            {
                var json = ParseObject(text, legacy);
                var op = json["op"] as JValue;
                var id = json["id"] is JValue { Type: JTokenType.String } idValue ? (string)idValue! : throw new FormatException("no id");
                if (op?.Type == JTokenType.String && (string?)op == "add")
                {
                    var entry = ParseEntry(json);
                    entry.JournalLine = raw.Number;
                    entries[id] = (++_sequence, entry);
                }
                else if (op?.Type == JTokenType.String && (string?)op == "done")
                {
                    entries.Remove(id);
                }
                else
                {
                    throw new FormatException("unknown op " + (op == null ? "(none)" : op.ToString(Formatting.None)));
                }
            }
            catch (Exception ex) when (ex is JsonException || ex is FormatException || ex is InvalidCastException || ex is ArgumentException || ex is OverflowException)
            {
                Skip(raw.Number, ex.Message);
            }
        }

        private void Skip(int line, string what)
            => _log.Write(LogLevel.Warning, "Outbox " + _options.Path + ": skipped unreadable line " + line + " (" + what.TrimEnd('.')
                + "); it is never replayed. A torn last line after a crash is expected; anything else means the file was"
                + " edited or the disk is failing: check the disk, and keep a copy of the file if calls went missing.");

        private static JObject ParseObject(string text, bool legacy)
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            var json = JObject.Load(reader);
            // A version 0 line counts only when it is one complete object with nothing after it.
            if (reader.Read()) throw new FormatException((legacy ? "old-format line" : "line") + " has text after its JSON object");
            return json;
        }

        private static string Serialize(OutboxEntry entry)
        {
            var json = new JObject
            {
                ["op"] = "add",
                ["id"] = entry.Id,
                ["kind"] = entry.Kind.ToString(),
                ["createdAt"] = entry.CreatedAt.ToUnixTimeMilliseconds(),
                ["payload"] = entry.Payload,
            };
            if (entry.ExpiresAt.HasValue) json["expiresAt"] = entry.ExpiresAt.Value.ToUnixTimeMilliseconds();
            if (entry.DueAt.HasValue) json["dueAt"] = entry.DueAt.Value.ToUnixTimeMilliseconds();
            return json.ToString(Formatting.None);
        }

        private static OutboxEntry ParseEntry(JObject json)
        {
            var id = (string?)json["id"] ?? throw new FormatException("no id");
            var kindText = json["kind"] is JValue { Type: JTokenType.String } kindValue ? (string)kindValue! : throw new FormatException("no kind");
            if (!Enum.TryParse<OutboxEntryKind>(kindText, false, out var kind) || !Enum.IsDefined(typeof(OutboxEntryKind), kind))
                throw new FormatException("unknown kind '" + kindText + "'");
            var created = OutboxPayloads.Time(json, "createdAt") ?? throw new FormatException("no createdAt");
            var payload = json["payload"] as JObject ?? throw new FormatException("no payload");
            OutboxPayloads.Validate(kind, payload);
            return new OutboxEntry(id, kind, created, OutboxPayloads.Time(json, "expiresAt"), OutboxPayloads.Time(json, "dueAt"), payload);
        }

        /// <summary>Closes the file without compacting (so a crash and a stop leave the same replayable journal). Never throws.</summary>
        public void Dispose()
        {
            _disposed = true;
            try
            {
                lock (_fileGate)
                {
                    _retryTimer?.Dispose();
                    _retryTimer = null;
                    CloseStreamQuietly();
                }

                Kick(); // settles anything still queued as not saved
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Warning, "Outbox: closing " + _options.Path + " failed: " + ex.Message);
            }
        }

        private enum OpKind
        {
            Add,
            Close,
            Barrier,
            Compact,
        }

        private sealed class Op
        {
            public Op(OpKind kind)
            {
                Kind = kind;
                if (kind != OpKind.Close) Done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            public OpKind Kind { get; }
            public string? Id;
            public string? Outcome;
            public OutboxEntry? Entry;
            public Action<bool>? Written;
            public TaskCompletionSource<bool>? Done { get; }
        }

        private readonly struct OpenLine
        {
            public OpenLine(long sequence, byte[] line)
            {
                Sequence = sequence;
                Line = line;
            }

            public long Sequence { get; }
            public byte[] Line { get; }
        }
    }
}
