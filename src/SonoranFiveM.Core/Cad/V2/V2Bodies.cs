using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;

namespace SonoranFiveM.Core.Cad.V2
{
    /// <summary>The v2 JSON request bodies, field for field as documented (reference: sonoran-cad-api.md §B.5, §B.6).</summary>
    internal static class V2Bodies
    {
        public static JObject Heartbeat(int playerCount) => new JObject { ["playerCount"] = playerCount };

        /// <summary>Create and check link take only <c>communityUserId</c> (as the official resource sends them).</summary>
        public static JObject Link(string communityUserId) => new JObject { ["communityUserId"] = communityUserId };

        public static JObject Call911(EmergencyCall call) => call.ToJson();

        /// <summary>v2 takes <c>communityUserIds</c> as an array (the seed OpenAPI's scalar example is outdated).</summary>
        public static JObject UnitPanic(string communityUserId, bool isPanic)
            => new JObject { ["communityUserIds"] = new JArray(communityUserId), ["isPanic"] = isPanic };

        public static JObject UnitStatus(string communityUserId, int status)
            => new JObject { ["communityUserIds"] = new JArray(communityUserId), ["status"] = status };

        public static JObject Record(RecordRequest record)
        {
            var body = new JObject { ["communityUserId"] = record.Owner };
            if (record.UsesDictionary)
            {
                body["useDictionary"] = true;
                body["recordTypeId"] = record.RecordTypeId;
                body["replaceValues"] = StringMap(record.ReplaceValues);
            }
            else
            {
                body["useDictionary"] = false;
                body["record"] = record.RawRecord!.DeepClone();
            }

            if (record.DeleteAfterMinutes.HasValue) body["deleteAfterMinutes"] = record.DeleteAfterMinutes.Value;
            return body;
        }

        /// <summary>An object of string values (v2 rejects numbers in metaData and replaceValues).</summary>
        public static JObject StringMap(IReadOnlyDictionary<string, string>? values)
        {
            var map = new JObject();
            if (values == null) return map;
            foreach (var pair in values) map[pair.Key] = pair.Value ?? string.Empty;
            return map;
        }
    }
}
