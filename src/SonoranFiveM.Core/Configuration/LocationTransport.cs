namespace SonoranFiveM.Core.Configuration
{
    /// <summary>How unit locations reach the CAD. Written in config as <c>"websocket"</c> or <c>"http"</c>.</summary>
    public enum LocationTransport
    {
        /// <summary>Sonoran's WebSocket hub (25 units per call, 4 calls a second), with HTTP as the fallback (the default).</summary>
        WebSocket,

        /// <summary>HTTP batches only (12 requests a minute).</summary>
        Http,
    }
}
