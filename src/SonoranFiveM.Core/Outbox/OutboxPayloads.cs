using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;

namespace SonoranFiveM.Core.Outbox
{
    /// <summary>Converts durable requests to and from their journal payloads.</summary>
    public static class OutboxPayloads
    {
        public static JObject FromCall(EmergencyCall call)
        {
            var meta = new JObject();
            foreach (var pair in call.MetaData) meta[pair.Key] = pair.Value;
            var payload = new JObject
            {
                ["isEmergency"] = call.IsEmergency,
                ["caller"] = call.Caller,
                ["location"] = call.Location,
                ["description"] = call.Description,
                ["metaData"] = meta,
            };
            if (call.DeleteAfterMinutes.HasValue) payload["deleteAfterMinutes"] = call.DeleteAfterMinutes.Value;
            return payload;
        }

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
                (int?)payload["deleteAfterMinutes"],
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
            var deleteAfterMinutes = (int?)payload["deleteAfterMinutes"];
            var seconds = (double?)payload["scheduleDeleteAfterSeconds"];
            deleteAfter = seconds.HasValue ? TimeSpan.FromSeconds(seconds.Value) : (TimeSpan?)null;
            if (payload["record"] is JObject raw) return RecordRequest.Raw(owner, raw, deleteAfterMinutes);

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (payload["replaceValues"] is JObject replace)
            {
                foreach (var property in replace.Properties()) values[property.Name] = (string?)property.Value ?? string.Empty;
            }

            return RecordRequest.FromTemplate(owner, (int)Required(payload, "recordTypeId"), values, deleteAfterMinutes);
        }

        /// <summary>Work for an external lane: <c>{"lane": name, "work": {…}, "scheduleDeleteAt": ms?}</c>.</summary>
        public static JObject ForLane(string lane, JObject work, DateTimeOffset? deleteAt = null)
        {
            var payload = new JObject { ["lane"] = lane, ["work"] = work };
            if (deleteAt.HasValue) payload["scheduleDeleteAt"] = deleteAt.Value.ToUnixTimeMilliseconds();
            return payload;
        }

        /// <summary>The external lane an entry belongs to.</summary>
        public static string LaneOf(JObject payload) => (string)Required(payload, "lane")!;

        /// <summary>The external lane's work, as its lane encoded it.</summary>
        public static JObject WorkOf(JObject payload)
            => Required(payload, "work") as JObject ?? throw new FormatException("The outbox entry's 'work' is not an object.");

        /// <summary>The scheduled delete time carried by a create, if any.</summary>
        public static DateTimeOffset? DeleteAtOf(JObject payload)
        {
            var ms = (long?)payload["scheduleDeleteAt"];
            return ms.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(ms.Value) : (DateTimeOffset?)null;
        }

        public static JObject FromDelete(string recordId) => new JObject { ["recordId"] = recordId };

        public static string ToDelete(JObject payload) => (string)Required(payload, "recordId")!;

        private static JToken Required(JObject payload, string name)
            => payload[name] ?? throw new FormatException("The outbox entry's payload has no '" + name + "'.");
    }
}
