using SonoranFiveM.Core.Streaming.Push;

namespace SonoranFiveM.Core.Streaming
{
    /// <summary>How the composition root wires the location transports (kept here so the root only calls in).</summary>
    public static class LocationStreaming
    {
        /// <summary>The hub channel for <c>location.transport = websocket</c> when the host gives a hub transport; else null.</summary>
        public static HubLocationChannel? CreateChannel(SonoranOptions options, IntegrationServices services, UnitTracker tracker)
        {
            if (!options.Location.Enabled || options.Location.Transport != LocationTransport.WebSocket || services.Hub == null) return null;
            return new HubLocationChannel(services.Hub, tracker, new HubChannelOptions { VehicleHeadingOffset = (float)options.Location.VehicleHeadingOffset }, services.Time, services.Log, services.Random);
        }

        /// <summary>The push-event router, subscribed to the hub's push events; null when there is no hub session (no channel).</summary>
        public static PushEventRouter? CreatePushRouter(SonoranOptions options, IntegrationServices services, UnitRoster roster, HubLocationChannel? channel)
        {
            if (services.Hub == null || channel == null) return null;
            var router = new PushEventRouter(options.ApiKey ?? string.Empty, roster, services.Messenger, services.Events, services.PushEvents, services.Time, services.Log);
            services.Hub.PushReceived += router.Handle;
            return router;
        }

        /// <summary>What the HTTP location lane takes from: everything without a hub; the fallback/overflow gate with one.</summary>
        public static IUnitLocationSource HttpSource(UnitTracker tracker, HubLocationChannel? hub) =>
            hub == null ? tracker : new HttpLocationGate(tracker, hub);

        public static string StatusLine(HubLocationChannel hub) =>
            "location hub: " + hub.State.ToString().ToLowerInvariant()
            + (hub.Reason.Length > 0 ? " (" + hub.Reason + ")" : string.Empty)
            + ", calls " + hub.Calls + ", updates " + hub.UpdatesSent + ", limit errors " + hub.LimitErrors
            + ", drops " + hub.Drops + (hub.CarriesLocations ? string.Empty : "; HTTP carries locations");
    }
}
