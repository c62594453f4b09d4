using System;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// Documented per-API-key limits of the Sonoran v2 API, requests per 60 seconds
    /// (reference: sonoran-cad-api.md §B.5). v1 publishes no limits; the same table is used for it.
    /// </summary>
    public static class CadRateLimits
    {
        public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

        public static int PerMinute(CadEndpoint endpoint)
        {
            switch (endpoint)
            {
                case CadEndpoint.UnitLocations: return 12;
                case CadEndpoint.Heartbeat: return 10;
                case CadEndpoint.Create911Call: return 10;
                case CadEndpoint.Remove911Call: return 10;
                case CadEndpoint.UnitPanic: return 20;
                case CadEndpoint.UnitStatus: return 30;
                case CadEndpoint.CreateRecord: return 30;
                case CadEndpoint.DeleteRecord: return 10;
                case CadEndpoint.ActiveUnits: return 3;
                case CadEndpoint.Version: return 10;
                // Link create/check/set: 30/min each (official-lua-integration.md §4.6).
                case CadEndpoint.CreateLink: return 30;
                case CadEndpoint.CheckLink: return 30;
                default: throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
            }
        }
    }
}
