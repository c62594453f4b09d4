namespace SonoranFiveM.EngineScenarios
{
    /// <summary>How a scenario's server is set up before the resource starts.</summary>
    public sealed class HarnessSetup
    {
        /// <summary>server.cfg convars on top of the defaults (API key, community, base URL, OneSync).</summary>
        public Dictionary<string, string> Convars { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>A fresh install: server.cfg sets neither sonoran_apiKey nor sonoran_communityId.</summary>
        public bool NoKey { get; set; }

        /// <summary>The official Sonoran resource also runs and protects <c>sonoran_apiKey</c>.</summary>
        public bool ApiKeyProtected { get; set; }

        /// <summary>With a protected key: whether <c>add_convar_permission sonoran-fivem read sonoran_apiKey</c> is in server.cfg.</summary>
        public bool ApiKeyPermissionGranted { get; set; }

        /// <summary>Changes to config.json (written from config.example.json) before start; null leaves config.json to the resource.</summary>
        public Action<JObject> Config { get; set; }

        /// <summary>Lines put in the outbox journal before start (work left by a previous run).</summary>
        public IReadOnlyList<string> OutboxLines { get; set; }

        /// <summary>Postal grid of the nearest-postal resource: postals every <see cref="PostalSpacing"/> metres, this many per side.</summary>
        public int PostalsPerSide { get; set; } = 20;

        public float PostalSpacing { get; set; } = 200;

        /// <summary>
        /// Runs the shipped hub bridge (<c>resource/sonoran-hub.js</c>, with <c>resource/vendor/ws.js</c>) on the double's
        /// JS runtime (Node), as fxmanifest.lua lists it: the resource then reaches the emulator's <c>/apiWsHub</c>. Without it
        /// nothing answers the bridge's events, and locations go over HTTP once the hub connect times out.
        /// </summary>
        public bool HubBridge { get; set; }
    }
}
