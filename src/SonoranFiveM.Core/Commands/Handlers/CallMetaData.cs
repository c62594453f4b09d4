using System;
using System.Collections.Generic;
using System.Globalization;
using SonoranFiveM.Core.Locations;

namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>The metaData every call from a player carries (who, where), and the call details a command adds.</summary>
    internal static class CallMetaData
    {
        public static Dictionary<string, string> For(CommandContext context, LocationDescription where, out string location)
        {
            var metaData = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["callerPlayerId"] = context.PlayerId.ToString(CultureInfo.InvariantCulture),
            };
            if (!string.IsNullOrEmpty(context.CommunityUserId)) metaData["callerCommunityUserId"] = context.CommunityUserId!;
            if (where.Postal != null) metaData["postal"] = where.Postal;
            if (where.Position is WorldPosition p)
            {
                metaData["x"] = p.X.ToString("0.##", CultureInfo.InvariantCulture);
                metaData["y"] = p.Y.ToString("0.##", CultureInfo.InvariantCulture);
                metaData["z"] = p.Z.ToString("0.##", CultureInfo.InvariantCulture);
            }

            location = where.Text;
            return metaData;
        }

        /// <summary>The CAD's <c>priority</c> and <c>code</c> metaData keys, which fill in the call (strings, as v2 requires).</summary>
        public static void AddCallDetails(Dictionary<string, string> metaData, int? priority, string code)
        {
            if (priority is int level) metaData["priority"] = level.ToString(CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(code)) metaData["code"] = code;
        }
    }
}
