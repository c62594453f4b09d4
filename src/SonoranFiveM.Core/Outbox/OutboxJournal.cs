using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Outbox
{
    /// <summary>
    /// The durable outbox: an append-only JSON-lines journal of work that must survive a crash (911 calls, record
    /// creates, scheduled record deletes). An entry is written and flushed to disk (<c>Flush(true)</c>) before its
    /// request is sent, and closed by a "done" line once settled. On start the journal is replayed (torn or corrupt
    /// lines skipped with a warning, expired entries dropped with a log line) and compacted: open entries are
    /// rewritten to a temp file that atomically replaces the journal. Delivery is at-least-once; the entry id lets a
    /// duplicate be recognised. Thread-safe.
    /// </summary>
    public sealed class OutboxJournal : IDisposable
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false);
        private static readonly JsonSerializerSettings ParseSettings = new JsonSerializerSettings { DateParseHandling = DateParseHandling.None };

        private readonly object _gate = new object();
        private readonly OutboxOptions _options;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly Dictionary<string, OpenLine> _open = new Dictionary<string, OpenLine>(StringComparer.Ordinal);
        private FileStream? _stream;
        private long _sequence;
        private int _reserved;
        private int _closedSinceCompaction;
        private bool _disposed;

        public OutboxJournal(OutboxOptions options, TimeProvider time, ILog log)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
        }

        public string Path => _options.Path;

        /// <summary>Entries written and not yet closed.</summary>
        public int OpenCount
        {
            get { lock (_gate) return _open.Count; }
        }

        /// <summary>
        /// Reads the journal, skips torn/corrupt lines, drops expired entries, compacts, and opens it for appending.
        /// Returns the open entries in the order they were first written. Never throws for bad content.
        /// </summary>
        public IReadOnlyList<OutboxEntry> Open()
        {
            lock (_gate)
            {
                ThrowIfDisposed();
                CloseStream();
                _open.Clear();
                var entries = new Dictionary<string, (long Seq, OutboxEntry Entry, string Line)>(StringComparer.Ordinal);
                if (File.Exists(_options.Path))
                {
                    var lineNumber = 0;
                    foreach (var line in File.ReadLines(_options.Path, Utf8))
                    {
                        lineNumber++;
                        if (string.IsNullOrWhiteSpace(line)) continue;
                        try
                        {
                            var json = JsonConvert.DeserializeObject<JObject>(line, ParseSettings)
                                       ?? throw new FormatException("empty JSON");
                            var op = (string?)json["op"];
                            var id = (string?)json["id"] ?? throw new FormatException("no id");
                            if (op == "add")
                            {
                                entries[id] = (++_sequence, ParseEntry(json), line);
                            }
                            else if (op == "done")
                            {
                                entries.Remove(id);
                            }
                            else
                            {
                                throw new FormatException("unknown op '" + op + "'");
                            }
                        }
                        catch (Exception ex) when (ex is JsonException || ex is FormatException || ex is InvalidCastException || ex is ArgumentException || ex is OverflowException)
                        {
                            _log.Write(LogLevel.Warning, "Outbox " + _options.Path + ": skipped unreadable line " + lineNumber + " (torn write or corruption): " + ex.Message);
                        }
                    }
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

                    _open[entry.Id] = new OpenLine(pair.Value.Seq, pair.Value.Line);
                    result.Add(entry);
                }

                CompactLocked();
                if (result.Count > 0) _log.Write(LogLevel.Info, "Outbox: replaying " + result.Count + " undelivered item(s) from " + _options.Path + ".");
                return result;
            }
        }

        /// <summary>Reserves room for one entry about to be queued. False when the outbox is full.</summary>
        public bool TryReserve()
        {
            lock (_gate)
            {
                if (_open.Count + _reserved >= _options.MaxEntries) return false;
                _reserved++;
                return true;
            }
        }

        /// <summary>Gives back a reservation that will not be appended.</summary>
        public void ReleaseReservation()
        {
            lock (_gate)
            {
                if (_reserved > 0) _reserved--;
            }
        }

        /// <summary>
        /// Appends entries and flushes them through to disk. Each consumes a reservation when one is held.
        /// Throws <see cref="IOException"/> when the disk refuses.
        /// </summary>
        public void Append(IReadOnlyList<OutboxEntry> entries, bool reserved = true)
        {
            if (entries.Count == 0) return;
            lock (_gate)
            {
                ThrowIfDisposed();
                var stream = EnsureStream();
                var text = new StringBuilder();
                var lines = new List<(string Id, string Line)>(entries.Count);
                foreach (var entry in entries)
                {
                    var line = Serialize(entry);
                    lines.Add((entry.Id, line));
                    text.Append(line).Append('\n');
                }

                var bytes = Utf8.GetBytes(text.ToString());
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(true);
                foreach (var (id, line) in lines)
                {
                    _open[id] = new OpenLine(++_sequence, line);
                    if (reserved && _reserved > 0) _reserved--;
                }
            }
        }

        /// <summary>Closes an entry (delivered, rejected or dropped). Unknown ids are ignored.</summary>
        public void Close(string id, string outcome)
        {
            lock (_gate)
            {
                if (_disposed || !_open.Remove(id)) return;
                var json = new JObject { ["op"] = "done", ["id"] = id, ["outcome"] = outcome };
                var bytes = Utf8.GetBytes(json.ToString(Formatting.None) + "\n");
                var stream = EnsureStream();
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(true);
                if (++_closedSinceCompaction >= Math.Max(1, _options.CompactAfterClosed)) CompactLocked();
            }
        }

        /// <summary>Rewrites the journal with only the open entries (temp file, flushed, then atomic replace).</summary>
        public void Compact()
        {
            lock (_gate)
            {
                ThrowIfDisposed();
                CompactLocked();
            }
        }

        private void CompactLocked()
        {
            CloseStream();
            var path = _options.Path;
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            var temp = path + ".tmp";
            using (var tempStream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                foreach (var line in _open.Values.OrderBy(l => l.Sequence))
                {
                    var bytes = Utf8.GetBytes(line.Line + "\n");
                    tempStream.Write(bytes, 0, bytes.Length);
                }

                tempStream.Flush(true);
            }

            if (File.Exists(path))
            {
                File.Replace(temp, path, null);
            }
            else
            {
                File.Move(temp, path);
            }

            _closedSinceCompaction = 0;
            EnsureStream();
        }

        private FileStream EnsureStream()
        {
            if (_stream != null) return _stream;
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_options.Path));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            _stream = new FileStream(_options.Path, FileMode.Append, FileAccess.Write, FileShare.Read | FileShare.Delete);
            return _stream;
        }

        private void CloseStream()
        {
            _stream?.Dispose();
            _stream = null;
        }

        private void ThrowIfDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(nameof(OutboxJournal));
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
            var kindText = (string?)json["kind"] ?? throw new FormatException("no kind");
            if (!Enum.TryParse<OutboxEntryKind>(kindText, false, out var kind)) throw new FormatException("unknown kind '" + kindText + "'");
            var created = (long?)json["createdAt"] ?? throw new FormatException("no createdAt");
            var expires = (long?)json["expiresAt"];
            var due = (long?)json["dueAt"];
            var payload = json["payload"] as JObject ?? throw new FormatException("no payload");
            return new OutboxEntry(id, kind, DateTimeOffset.FromUnixTimeMilliseconds(created),
                expires.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(expires.Value) : (DateTimeOffset?)null,
                due.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(due.Value) : (DateTimeOffset?)null,
                payload);
        }

        /// <summary>Closes the file without compacting (so a crash and a stop leave the same replayable journal).</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                if (_disposed) return;
                _disposed = true;
                CloseStream();
            }
        }

        private readonly struct OpenLine
        {
            public OpenLine(long sequence, string line)
            {
                Sequence = sequence;
                Line = line;
            }

            public long Sequence { get; }
            public string Line { get; }
        }
    }
}
