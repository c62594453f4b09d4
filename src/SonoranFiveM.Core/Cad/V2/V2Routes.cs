using System;
using System.Globalization;

namespace SonoranFiveM.Core.Cad.V2
{
    /// <summary>The v2 routes this client calls (reference: sonoran-cad-api.md §B.5).</summary>
    internal static class V2Routes
    {
        public static string UnitLocations(int serverId) => Invariant($"/v2/emergency/servers/{serverId}/unit-locations");

        public static string Heartbeat(int serverId) => Invariant($"/v2/general/servers/{serverId}/heartbeat");

        public static string Calls911(int serverId) => Invariant($"/v2/emergency/servers/{serverId}/calls/911");

        public static string Call911(int serverId, long callId) => Invariant($"/v2/emergency/servers/{serverId}/calls/911/{callId}");

        public static string UnitPanic(int serverId) => Invariant($"/v2/emergency/servers/{serverId}/units/panic");

        public static string UnitStatus(int serverId) => Invariant($"/v2/emergency/servers/{serverId}/units/status");

        public const string Records = "/v2/general/records";

        public static string Record(string recordId) => Records + "/" + Uri.EscapeDataString(recordId);

        public static string ActiveUnits(int serverId, int limit, int offset)
            => Invariant($"/v2/emergency/servers/{serverId}/units?includeOffline=false&onlyUnits=true&limit={limit}&offset={offset}");

        public const string Version = "/v2/general/version";

        public const string Links = "/v2/general/links";

        public const string LinksCheck = "/v2/general/links/check";

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
