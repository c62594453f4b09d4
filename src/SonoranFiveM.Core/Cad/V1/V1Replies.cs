using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Core.Cad.Models;

namespace SonoranFiveM.Core.Cad.V1
{
    /// <summary>Reading v1's plain-text (and occasional JSON) 200 replies.</summary>
    internal static class V1Replies
    {
        private static readonly Regex CallId = new Regex(@"ID:\s*(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex LeadingNumber = new Regex(@"^\s*""?(\d+)(?:\s*-\s*(.+?))?""?\s*$", RegexOptions.CultureInvariant);

        /// <summary>The id from <c>EMERGENCY CALL ADDED ID: 1234</c>; null when absent.</summary>
        public static long? Call911Id(string body)
        {
            var match = CallId.Match(body ?? string.Empty);
            return match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                ? id
                : (long?)null;
        }

        /// <summary>
        /// Record ids in request order. The NEW_RECORD reply is documented only as "{NEW RECORD OBJECT}": an array gives
        /// one id per element, an object gives the first record's id; anything else gives nulls.
        /// </summary>
        public static IReadOnlyList<string?> RecordIds(string body, int count)
        {
            var ids = new string?[count];
            var json = CadJson.TryParse(body);
            if (json is JArray array)
            {
                for (var i = 0; i < count && i < array.Count; i++) ids[i] = CadJson.Text((array[i] as JObject)?["id"]);
            }
            else if (json is JObject obj && count > 0)
            {
                ids[0] = CadJson.Text(obj["id"]);
            }

            return ids;
        }

        /// <summary><c>3</c>, <c>3 - PLUS</c> or <c>{"version":3,"name":"PLUS"}</c>.</summary>
        public static CadVersion? Version(string body)
        {
            var json = CadJson.TryParse(body);
            if (json != null) return CadReplies.Version(json);
            var match = LeadingNumber.Match(body ?? string.Empty);
            if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level)) return null;
            var name = match.Groups[2].Success ? match.Groups[2].Value.Trim() : CadReplies.PlanName(level);
            return new CadVersion(level, name);
        }
    }
}
