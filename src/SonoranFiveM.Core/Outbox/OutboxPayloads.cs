namespace SonoranFiveM.Core.Outbox
{
    /// <summary>Converts durable requests to and from their journal payloads.</summary>
    public static class OutboxPayloads
    {
        public static JObject FromCall(EmergencyCall call) => call.ToJson();

        public static EmergencyCall ToCall(JObject payload)
        {
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            if (payload["metaData"] is JObject metaObject)
            {
                foreach (var property in metaObject.Properties()) meta[property.Name] = (string?)property.Value ?? string.Empty;
            }

            return new EmergencyCall(
                Required(payload, "isEmergency").Value<bool>(),
                (string)Required(payload, "caller")!,
                (string)Required(payload, "location")!,
                (string)Required(payload, "description")!,
                Minutes(payload),
                meta);
        }

        public static JObject FromRecord(RecordRequest record, TimeSpan? deleteAfter) => FromRecord(record, deleteAfter, null);

        /// <param name="record">The record.</param>
        /// <param name="deleteAfter">Delete this long after the CAD accepts it.</param>
        /// <param name="deleteAt">Delete at this time (wins over <paramref name="deleteAfter"/>).</param>
        public static JObject FromRecord(RecordRequest record, TimeSpan? deleteAfter, DateTimeOffset? deleteAt)
        {
            var payload = new JObject { ["owner"] = record.Owner };
            if (record.RecordTypeId.HasValue) payload["recordTypeId"] = record.RecordTypeId.Value;
            if (record.ReplaceValues != null)
            {
                var values = new JObject();
                foreach (var pair in record.ReplaceValues) values[pair.Key] = pair.Value;
                payload["replaceValues"] = values;
            }

            if (record.RawRecord != null) payload["record"] = record.RawRecord.DeepClone();
            if (record.DeleteAfterMinutes.HasValue) payload["deleteAfterMinutes"] = record.DeleteAfterMinutes.Value;
            if (deleteAfter.HasValue) payload["scheduleDeleteAfterSeconds"] = deleteAfter.Value.TotalSeconds;
            if (deleteAt.HasValue) payload["scheduleDeleteAt"] = deleteAt.Value.ToUnixTimeMilliseconds();
            return payload;
        }

        public static RecordRequest ToRecord(JObject payload, out TimeSpan? deleteAfter) => ToRecord(payload, out deleteAfter, out _);

        public static RecordRequest ToRecord(JObject payload, out TimeSpan? deleteAfter, out DateTimeOffset? deleteAt)
        {
            deleteAt = DeleteAtOf(payload);
            var owner = (string)Required(payload, "owner")!;
            var deleteAfterMinutes = Minutes(payload);
            var seconds = Number(payload, "scheduleDeleteAfterSeconds", 0, MaxDelaySeconds, false);
            deleteAfter = seconds.HasValue ? TimeSpan.FromSeconds(seconds.Value) : (TimeSpan?)null;
            if (payload["record"] is JObject raw) return RecordRequest.Raw(owner, raw, deleteAfterMinutes);

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (payload["replaceValues"] is JObject replace)
            {
                foreach (var property in replace.Properties()) values[property.Name] = (string?)property.Value ?? string.Empty;
            }

            Required(payload, "recordTypeId");
            return RecordRequest.FromTemplate(owner, (int)Number(payload, "recordTypeId", 0, int.MaxValue, true)!.Value, values, deleteAfterMinutes);
        }

        /// <summary>Work for a lane found by name: <c>{"lane": name, "work": {…}}</c> (older journals may also hold <c>scheduleDeleteAt</c>).</summary>
        public static JObject ForLane(string lane, JObject work) => new JObject { ["lane"] = lane, ["work"] = work };

        /// <summary>The external lane an entry belongs to.</summary>
        public static string LaneOf(JObject payload) => (string)Required(payload, "lane")!;

        /// <summary>The external lane's work, as its lane encoded it.</summary>
        public static JObject WorkOf(JObject payload)
            => Required(payload, "work") as JObject ?? throw new FormatException("The outbox entry's 'work' is not an object.");

        /// <summary>The scheduled delete time carried by a create, if any.</summary>
        public static DateTimeOffset? DeleteAtOf(JObject payload)
            => Time(payload, "scheduleDeleteAt");

        /// <summary>
        /// A time stored as Unix milliseconds; null when absent. Out of range (before 1970 or after the year 9000) or not
        /// a whole number: a <see cref="FormatException"/> that names the field.
        /// </summary>
        public static DateTimeOffset? Time(JObject json, string name)
        {
            var ms = Number(json, name, 0, MaxUnixMilliseconds, true);
            return ms.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms.Value) : (DateTimeOffset?)null;
        }

        /// <summary>Checks that a replayed payload of a CAD kind decodes with every number in range. Throws <see cref="FormatException"/> naming what is wrong.</summary>
        public static void Validate(OutboxEntryKind kind, JObject payload)
        {
            switch (kind)
            {
                case OutboxEntryKind.Call911:
                    ToCall(payload);
                    break;
                case OutboxEntryKind.CreateRecord:
                    ToRecord(payload, out _, out _);
                    break;
                case OutboxEntryKind.DeleteRecord:
                    ToDelete(payload);
                    break;
                default:
                    LaneOf(payload);
                    WorkOf(payload);
                    DeleteAtOf(payload);
                    break;
            }
        }

        public static JObject FromDelete(string recordId) => new JObject { ["recordId"] = recordId };

        public static string ToDelete(JObject payload) => (string)Required(payload, "recordId")!;

        private const double MaxDelaySeconds = 100 * 366 * 86400.0;
        private static readonly double MaxUnixMilliseconds = new DateTimeOffset(9000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        private static int? Minutes(JObject payload) => (int?)Number(payload, "deleteAfterMinutes", 0, int.MaxValue, true);

        /// <summary>A number in [min, max] (whole when <paramref name="whole"/>), or null when absent; otherwise a FormatException naming it.</summary>
        private static double? Number(JObject payload, string name, double min, double max, bool whole)
        {
            var token = payload[name];
            if (token == null || token.Type == JTokenType.Null) return null;
            if ((token.Type != JTokenType.Integer && token.Type != JTokenType.Float)
                || !double.TryParse(token.ToString(Newtonsoft.Json.Formatting.None), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || double.IsNaN(value) || double.IsInfinity(value))
                throw new FormatException("'" + name + "' is " + Show(token) + ", not a number");
            if (value < min || value > max || (whole && Math.Floor(value) != value))
                throw new FormatException("'" + name + "' is " + Show(token) + "; it must be " + (whole ? "a whole number " : string.Empty)
                    + "from " + min.ToString("0.###", CultureInfo.InvariantCulture) + " to " + max.ToString("0.###", CultureInfo.InvariantCulture));
            return value;
        }

        private static string Show(JToken token)
        {
            var text = token.ToString(Newtonsoft.Json.Formatting.None);
            return text.Length > 40 ? text.Substring(0, 40) + "…" : text;
        }

        private static JToken Required(JObject payload, string name)
            => payload[name] ?? throw new FormatException("The outbox entry's payload has no '" + name + "'.");
    }
}
