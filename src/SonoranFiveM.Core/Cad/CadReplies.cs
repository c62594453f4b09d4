using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// Reply handling shared by both API versions. Policy for a 2xx whose body cannot be read:
    /// writes (911 call, record) count as accepted without an id, because the CAD most likely acted and a retry
    /// would duplicate; reads (active units, version) are Transient, because retrying a read is harmless.
    /// </summary>
    internal static class CadReplies
    {
        private static readonly string[] StatusNames = { "UNAVAILABLE", "BUSY", "AVAILABLE", "ENROUTE", "ON_SCENE" };
        private static readonly string[] PlanNames = { "FREE", "STARTER", "STANDARD", "PLUS", "PRO", "", "SONORAN ONE" };

        public static CadResult<bool> Accepted(HttpResponse response, DateTimeOffset now, bool notFoundMeansGone = false)
        {
            if (notFoundMeansGone && response.StatusCode == 404) return CadResult.Ok(true);
            var failure = FailureClassifier.Classify(response, now);
            return failure == null ? CadResult.Ok(true) : CadResult.Fail<bool>(failure);
        }

        /// <summary>The classified failure when the reply is not a success; otherwise what <paramref name="read"/> makes of it.</summary>
        public static CadResult<T> Read<T>(HttpResponse response, DateTimeOffset now, Func<HttpResponse, CadResult<T>> read)
        {
            var failure = FailureClassifier.Classify(response, now);
            return failure != null ? CadResult.Fail<T>(failure) : read(response);
        }

        public static CadResult<IReadOnlyList<ActiveUnit>> ActiveUnits(HttpResponse response, DateTimeOffset now, bool preferApiId)
            => Read(response, now, accepted =>
            {
                var units = Units(CadJson.TryParse(accepted.Body), preferApiId);
                return units != null
                    ? CadResult.Ok(units)
                    : CadResult.Fail<IReadOnlyList<ActiveUnit>>(Unreadable(accepted, "unit list"));
            });

        public static DeliveryFailure Unreadable(HttpResponse response, string what)
            => new DeliveryFailure(DeliveryFailureKind.Transient, "The CAD's reply was not a readable " + what, response.StatusCode);

        /// <summary>Units from a JSON array (or a single unit object, or an object wrapping the array).</summary>
        public static IReadOnlyList<ActiveUnit>? Units(JToken? json, bool preferApiId)
        {
            JArray? array = json as JArray;
            if (array == null && json is JObject obj)
            {
                array = (obj["units"] ?? obj["data"]) as JArray;
                if (array == null && obj["id"] != null) array = new JArray(obj);
            }

            if (array == null) return null;
            var units = new List<ActiveUnit>(array.Count);
            foreach (var item in array)
            {
                if (item is JObject unit) units.Add(Unit(unit, preferApiId));
            }

            return units;
        }

        /// <summary>The longest plan name kept from a version answer.</summary>
        public const int MaxPlanName = 64;

        public static CadVersion? Version(JToken? json)
        {
            if (!(json is JObject obj)) return null;
            var level = CadJson.Long(obj["version"]);
            if (!level.HasValue) return null;
            // The plan name is shown in the doctor's lines and the status: cleaned and capped like any text from outside.
            var name = Commands.ChatText.CleanAndCap(CadJson.Text(obj["name"]), MaxPlanName);
            return new CadVersion((int)level.Value, name.Length > 0 ? name : PlanName((int)level.Value));
        }

        public static string PlanName(int level) => level >= 0 && level < PlanNames.Length && PlanNames[level].Length > 0 ? PlanNames[level] : "UNKNOWN";

        /// <summary>Status as an int: numbers as-is, names (ENROUTE…, OFFLINE) mapped; unknown gives -1.</summary>
        public static int Status(JToken? token)
        {
            var number = CadJson.Long(token);
            if (number.HasValue) return (int)number.Value;
            var text = CadJson.Text(token);
            if (text == null) return -1;
            if (string.Equals(text, "OFFLINE", StringComparison.OrdinalIgnoreCase)) return 100;
            var index = Array.FindIndex(StatusNames, n => string.Equals(n, text.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase));
            return index;
        }

        private static ActiveUnit Unit(JObject unit, bool preferApiId)
        {
            var data = unit["data"] as JObject;
            return new ActiveUnit(
                CadJson.Long(unit["id"]) ?? 0,
                Identities(data, preferApiId),
                Status(unit["status"]),
                CadJson.Bool(unit["isPanic"]),
                CadJson.Text(data?["unitNum"]),
                CadJson.Text(data?["name"]));
        }

        /// <summary>
        /// Every documented way the CAD names a unit's players, in the official resource's order:
        /// <c>communityUserIds[]</c>, <c>communityUserId</c>, <c>apiIds[]</c>; then v1's <c>apiId1</c>, <c>apiId2</c>
        /// (first for v1). Arrays may also arrive as a single string. At most <see cref="MaxIdsPerUnit"/>, no repeats.
        /// </summary>
        private static IReadOnlyList<string> Identities(JObject? data, bool preferApiId)
        {
            if (data == null) return Array.Empty<string>();
            var ids = new List<string>(2);
            if (preferApiId) AddIds(ids, data["apiId1"], data["apiId2"]);
            AddIds(ids, data["communityUserIds"], data["communityUserId"], data["apiIds"]);
            if (!preferApiId) AddIds(ids, data["apiId1"], data["apiId2"]);
            return ids;
        }

        private const int MaxIdsPerUnit = 16;
        private const int MaxIdLength = 200;

        private static void AddIds(List<string> ids, params JToken?[] tokens)
        {
            foreach (var token in tokens)
            {
                if (token is JArray array)
                {
                    foreach (var item in array) AddId(ids, item);
                }
                else
                {
                    AddId(ids, token);
                }
            }
        }

        private static void AddId(List<string> ids, JToken? token)
        {
            var id = CadJson.Text(token)?.Trim();
            if (string.IsNullOrEmpty(id) || id!.Length > MaxIdLength || ids.Count >= MaxIdsPerUnit || ids.Contains(id)) return;
            ids.Add(id);
        }
    }
}
