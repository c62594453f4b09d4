using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Cad.V2;

namespace SonoranFiveM.Core.Cad.V1
{
    /// <summary>
    /// The v1 envelope <c>{id, key, type, data}</c> and its <c>data</c> items (reference: sonoran-cad-api.md §A.2, §A.3,
    /// seeds/sonoran-v1-new-record.md). <c>data</c> is an array, except the legacy heartbeat's object.
    /// </summary>
    internal static class V1Bodies
    {
        public static JObject Envelope(string communityId, string apiKey, V1Type type, JToken data)
            => new JObject { ["id"] = communityId, ["key"] = apiKey, ["type"] = type.Name, ["data"] = data };

        public static JArray UnitLocations(IReadOnlyList<UnitLocation> updates)
        {
            var items = new JArray();
            foreach (var update in updates)
            {
                items.Add(new JObject
                {
                    ["apiId"] = update.CommunityUserId,
                    ["location"] = update.Location,
                    ["coordinates"] = new JObject { ["x"] = update.X, ["y"] = update.Y },
                });
            }

            return items;
        }

        /// <summary>The legacy heartbeat payload is an object, not an array (FIVEM@1743ee5).</summary>
        public static JObject Heartbeat(int serverId, int playerCount)
            => new JObject { ["serverId"] = serverId, ["playerCount"] = playerCount };

        public static JArray Call911(int serverId, EmergencyCall call)
        {
            var item = new JObject
            {
                ["serverId"] = serverId,
                ["isEmergency"] = call.IsEmergency,
                ["caller"] = call.Caller,
                ["location"] = call.Location,
                ["description"] = call.Description,
                ["metaData"] = V2Bodies.StringMap(call.MetaData),
            };
            if (call.DeleteAfterMinutes.HasValue) item["deleteAfterMinutes"] = call.DeleteAfterMinutes.Value;
            return new JArray(item);
        }

        public static JArray Remove911(int serverId, long callId)
            => new JArray(new JObject { ["serverId"] = serverId, ["callId"] = callId });

        public static JArray UnitPanic(string apiId, bool isPanic)
            => new JArray(new JObject { ["apiId"] = apiId, ["isPanic"] = isPanic });

        public static JArray UnitStatus(int serverId, string apiId, int status)
            => new JArray(new JObject { ["apiId"] = apiId, ["status"] = status, ["serverId"] = serverId });

        public static JArray NewRecords(IReadOnlyList<RecordRequest> records)
        {
            var items = new JArray();
            foreach (var record in records)
            {
                var item = new JObject { ["user"] = record.Owner };
                if (record.UsesDictionary)
                {
                    item["useDictionary"] = true;
                    item["recordTypeId"] = record.RecordTypeId;
                    item["replaceValues"] = V2Bodies.StringMap(record.ReplaceValues);
                }
                else
                {
                    item["useDictionary"] = false;
                    item["record"] = record.RawRecord!.DeepClone();
                }

                if (record.DeleteAfterMinutes.HasValue) item["deleteAfterMinutes"] = record.DeleteAfterMinutes.Value;
                items.Add(item);
            }

            return items;
        }

        public static JArray RemoveRecord(string recordId)
            => new JArray(new JObject { ["id"] = long.TryParse(recordId, out var number) ? (JToken)number : recordId });

        public static JArray GetActiveUnits(int serverId, int limit, int offset)
            => new JArray(new JObject
            {
                ["serverId"] = serverId,
                ["onlyUnits"] = true,
                ["includeOffline"] = false,
                ["limit"] = limit,
                ["offset"] = offset,
            });
    }
}
