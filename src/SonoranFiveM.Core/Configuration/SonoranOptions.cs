using System;
using System.Collections.Generic;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Every option of the resource, with its default. Read from <c>config.json</c> (camelCase keys) and overridden
    /// by <c>sonoran_&lt;key&gt;</c> convars; see <see cref="OptionsLoader"/>. Only valid instances leave the loader.
    /// </summary>
    public sealed class SonoranOptions
    {
        public const string ProductionBaseUrl = "https://api.sonorancad.com";
        public const string DevelopmentBaseUrl = "https://staging-api.dev.sonorancad.com";

        /// <summary>Your Sonoran CAD community id. Required; no default.</summary>
        public string CommunityId { get; set; } = "";

        /// <summary>
        /// Your Sonoran CAD API key. Required; no default. Secret: prefer the convar <c>sonoran_apiKey</c> in
        /// server.cfg (the same one Sonoran's own resource reads) over config.json.
        /// </summary>
        [Secret]
        public string ApiKey { get; set; } = "";

        /// <summary>The server id configured in the CAD for this game server. Default 1.</summary>
        [Bounds(1, "use the id the CAD gives this game server in its server list, usually 1")]
        public int ServerId { get; set; } = 1;

        /// <summary>Which CAD API to use. Default <c>v2</c>.</summary>
        public ApiVersion ApiVersion { get; set; } = ApiVersion.V2;

        /// <summary>Which CAD deployment to use. Default <c>production</c>.</summary>
        public CadEnvironment Environment { get; set; } = CadEnvironment.Production;

        /// <summary>
        /// An absolute http(s) URL replacing the environment's API address (e.g. a local emulator). Default empty:
        /// use <see cref="Environment"/>.
        /// </summary>
        public string BaseUrl { get; set; } = "";

        /// <summary>
        /// Which player identifier becomes the CAD's community user id, without its prefix. Default <c>license</c>.
        /// </summary>
        public string PrimaryIdentifier { get; set; } = "license";

        /// <summary>How HTTP requests are sent. Default <c>native</c> (FXServer's own HTTP).</summary>
        public HttpTransportKind HttpTransport { get; set; } = HttpTransportKind.Native;

        /// <summary>Seconds to wait for one HTTP response. Default 10.</summary>
        [Bounds(1, 120, "use a whole number of seconds from 1 to 120")]
        public int RequestTimeoutSeconds { get; set; } = 10;

        /// <summary>Lowest log level written to the console. Default <c>info</c>.</summary>
        public LogLevel LogLevel { get; set; } = LogLevel.Info;

        /// <summary>
        /// Share of each documented CAD rate limit this server may use, in (0, 1]. Default 1.0. Lower it when several
        /// servers (or Sonoran's own resource) use the same API key, e.g. 0.5 for two servers.
        /// </summary>
        public double RateLimitShare { get; set; } = 1.0;

        /// <summary>
        /// Per-endpoint shares overriding <see cref="RateLimitShare"/>, keyed by endpoint name in camelCase
        /// (<c>unitLocations</c>, <c>heartbeat</c>, <c>create911Call</c>, …). Default empty.
        /// </summary>
        public Dictionary<string, double> RateLimitShares { get; set; } = new Dictionary<string, double>(StringComparer.Ordinal);

        public LocationOptions Location { get; set; } = new LocationOptions();
        public HeartbeatOptions Heartbeat { get; set; } = new HeartbeatOptions();
        public RosterOptions Roster { get; set; } = new RosterOptions();
        public CallsOptions Calls { get; set; } = new CallsOptions();
        public CommandsOptions Commands { get; set; } = new CommandsOptions();
        public DispatchOptions Dispatch { get; set; } = new DispatchOptions();
        public PostalsOptions Postals { get; set; } = new PostalsOptions();
        public StreetsOptions Streets { get; set; } = new StreetsOptions();
        public OutboxOptions Outbox { get; set; } = new OutboxOptions();
        public RecordsOptions Records { get; set; } = new RecordsOptions();
        public MirrorsOptions Mirrors { get; set; } = new MirrorsOptions();

        /// <summary>The API address actually used: <see cref="BaseUrl"/> when set, else the environment's, without a trailing slash.</summary>
        public string EffectiveBaseUrl =>
            (BaseUrl.Length > 0
                ? BaseUrl
                : Environment == CadEnvironment.Development ? DevelopmentBaseUrl : ProductionBaseUrl).TrimEnd('/');

        /// <summary>The share of <paramref name="endpoint"/>'s rate limit to use: its entry in <see cref="RateLimitShares"/>, else <see cref="RateLimitShare"/>.</summary>
        public double RateLimitShareFor(CadEndpoint endpoint) =>
            RateLimitShares.TryGetValue(EndpointKey(endpoint), out var share) ? share : RateLimitShare;

        /// <summary>Requests per minute this server may send to <paramref name="endpoint"/> (at least one).</summary>
        public int RequestsPerMinute(CadEndpoint endpoint) =>
            Math.Max(1, (int)Math.Floor(CadRateLimits.PerMinute(endpoint) * RateLimitShareFor(endpoint)));

        /// <summary>The camelCase name used for <paramref name="endpoint"/> in <see cref="RateLimitShares"/>.</summary>
        public static string EndpointKey(CadEndpoint endpoint)
        {
            var name = endpoint.ToString();
            return char.ToLowerInvariant(name[0]) + name.Substring(1);
        }
    }
}
