using SonoranFiveM.Core.Commands;

namespace SonoranFiveM.Core.Composition
{
    /// <summary>What the host (the FXServer adapter, the CLI simulator, a test) provides to <see cref="SonoranIntegration"/>.</summary>
    public sealed class IntegrationServices(IHttpTransport transport, TimeProvider time, ILog log, ICommandMessenger messenger,
        IIntegrationEvents events, string resourceFolder)
    {
        public IHttpTransport Transport { get; } = transport;
        public TimeProvider Time { get; } = time;

        /// <summary>Should already mask secrets (see ConfigurationStartup).</summary>
        public ILog Log { get; } = log;

        public ICommandMessenger Messenger { get; } = messenger;
        public IIntegrationEvents Events { get; } = events;

        /// <summary>Where a relative outbox path is resolved.</summary>
        public string ResourceFolder { get; } = resourceFolder;

        /// <summary>The postal map, when one was found.</summary>
        public PostalIndex? Postals { get; set; }

        /// <summary>
        /// False when the host cannot read player positions (FXServer with OneSync off): locations are then not sent,
        /// whatever location.enabled says, and the integration says so once at start. The options stay as loaded.
        /// </summary>
        public bool CanReadPositions { get; set; } = true;

        /// <summary>Jitter source for retries; tests and the simulator pin it.</summary>
        public Func<double>? Random { get; set; }

        /// <summary>The CAD WebSocket hub connection (the JS bridge in FXServer, a SignalR client elsewhere); null: HTTP only.</summary>
        public Streaming.IHubTransport? Hub { get; set; }

        /// <summary>Where the CAD's push events become local events for other resources; null: none raised.</summary>
        public Streaming.Push.IPushEventSink? PushEvents { get; set; }
    }
}
