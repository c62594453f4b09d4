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

        public static JObject FromRecord(RecordRequest record, TimeSpan? deleteAfter)
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
            return payload;
        }

        public static RecordRequest ToRecord(JObject payload, out TimeSpan? deleteAfter)
        {
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

        public static JObject FromDelete(string recordId) => new JObject { ["recordId"] = recordId };

        public static string ToDelete(JObject payload) => (string)Required(payload, "recordId")!;

        private static JToken Required(JObject payload, string name)
            => payload[name] ?? throw new FormatException("The outbox entry's payload has no '" + name + "'.");
    }
}
