using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>What the engine adapter read on the main thread (and from the running resource) for the in-server checks.</summary>
    public sealed class ServerFacts(string resourceName)
    {
        /// <summary>This resource's name, for the server.cfg lines in the fixes.</summary>
        public string ResourceName { get; } = resourceName;

        /// <summary>The <c>onesync</c> convar as read ("on", "legacy", "off"); null when unset (off).</summary>
        public string? OneSync { get; set; }

        /// <summary><c>sonoran_apiKey</c> reads the protected placeholder: another resource protects it and this one has no read grant.</summary>
        public bool ApiKeyPlaceholder { get; set; }

        /// <summary>The resource is running (not starting, stopped, or refused at start).</summary>
        public bool Running { get; set; }

        /// <summary>The running resource's hub channel (location.transport = websocket); null without one.</summary>
        public HubLocationChannel? Hub { get; set; }
    }
}
