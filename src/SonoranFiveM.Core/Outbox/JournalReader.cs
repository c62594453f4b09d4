using System.IO;
using Newtonsoft.Json;

namespace SonoranFiveM.Core.Outbox
{
    /// <summary>
    /// Reads a journal: every line that passes its checksum and parses is applied (an <c>add</c> opens an entry, a
    /// <c>done</c> closes it); every other line is reported, with its number and why, and skipped.
    /// </summary>
    internal sealed class JournalReader
    {
        private readonly string _path;
        private readonly ILog _log;
        private long _sequence;

        /// <param name="path">The journal, for messages.</param>
        /// <param name="log">Where skipped lines are reported.</param>
        /// <param name="sequence">The sequence number to count on from.</param>
        public JournalReader(string path, ILog log, long sequence = 0)
        {
            _path = path;
            _log = log;
            _sequence = sequence;
        }

        /// <summary>The sequence number of the last entry read (entries are ordered by it).</summary>
        public long Sequence => _sequence;

        /// <summary>The entries still open at the end of <paramref name="stream"/>, with their sequence numbers.</summary>
        public Dictionary<string, (long Seq, OutboxEntry Entry)> Read(Stream stream)
        {
            var entries = new Dictionary<string, (long Seq, OutboxEntry Entry)>(StringComparer.Ordinal);
            foreach (var raw in JournalLine.Read(stream)) Apply(raw, entries);
            return entries;
        }

        /// <summary>One <c>add</c> line for <paramref name="entry"/>, as the writer appends it.</summary>
        public static string Serialize(OutboxEntry entry)
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

        private void Apply(JournalLine.RawLine raw, Dictionary<string, (long Seq, OutboxEntry Entry)> entries)
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
            => _log.Write(LogLevel.Warning, "Outbox " + _path + ": skipped unreadable line " + line + " (" + what.TrimEnd('.')
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
    }
}
