using System;
using System.Collections.Generic;
using SonoranFiveM.Core.Resilience;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>What a Sonoran CAD client needs. Defaults match Sonoran's production API and the official resource.</summary>
    public sealed class CadClientOptions
    {
        public const string DefaultBaseUrl = "https://api.sonorancad.com";

        /// <summary>"v2" (default, REST with a Bearer key) or "v1" (legacy envelope API).</summary>
        public string ApiVersion { get; set; } = "v2";

        /// <summary>API root without the version segment. Default https://api.sonorancad.com (same for v1 and v2).</summary>
        public string BaseUrl { get; set; } = DefaultBaseUrl;

        /// <summary>The community API key. Secret: never logged, never in a failure text.</summary>
        public string ApiKey { get; set; } = string.Empty;

        /// <summary>The community id; v1 sends it in every envelope, v2 does not use it.</summary>
        public string CommunityId { get; set; } = string.Empty;

        /// <summary>The CAD server id (v2 path segment, v1 <c>serverId</c> field). Default 1.</summary>
        public int ServerId { get; set; } = 1;

        /// <summary>Records per v1 NEW_RECORD request (one <c>data</c> array). Default 10; v2 always sends one.</summary>
        /// <summary>Degrees the live map turns vehicle models, sent as <c>vehicle.headingOffset</c> (v2). Default 0.</summary>
        public float VehicleHeadingOffset { get; set; }

        public int V1MaxRecordsPerRequest { get; set; } = 10;

        /// <summary>Timeout, retry and breaker settings (attempt timeout 10 s, 2 retries from 1 s, breaker 50 % of ≥4 in 60 s → 30 s open).</summary>
        public ResilienceOptions Resilience { get; set; } = new ResilienceOptions();

        /// <summary>Every problem, naming the setting, the bad value (never the key itself) and the fix.</summary>
        public IReadOnlyList<string> Validate()
        {
            var errors = new List<string>();
            var version = (ApiVersion ?? string.Empty).Trim().ToLowerInvariant();
            if (version != "v1" && version != "v2")
                errors.Add($"ApiVersion is '{ApiVersion}'; use \"v2\" (default) or \"v1\".");
            if (!Uri.TryCreate((BaseUrl ?? string.Empty).Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
                errors.Add($"BaseUrl is '{BaseUrl}'; use an absolute http(s) URL such as {DefaultBaseUrl}.");
            if (string.IsNullOrWhiteSpace(ApiKey))
                errors.Add("ApiKey is empty; set the protected convar sonoran_apiKey to your community API key.");
            if (version == "v1" && string.IsNullOrWhiteSpace(CommunityId))
                errors.Add("CommunityId is empty; the v1 API needs your community id (convar sonoran_communityID).");
            if (ServerId < 1)
                errors.Add($"ServerId is {ServerId}; use the CAD server id, 1 or more (default 1).");
            if (V1MaxRecordsPerRequest < 1 || V1MaxRecordsPerRequest > 100)
                errors.Add($"V1MaxRecordsPerRequest is {V1MaxRecordsPerRequest}; use 1 to 100 (default 10).");
            if (Resilience == null) errors.Add("Resilience is missing; leave it out to get the defaults.");
            else errors.AddRange(Resilience.Validate());
            return errors;
        }

        internal string NormalizedVersion => (ApiVersion ?? string.Empty).Trim().ToLowerInvariant();

        internal string NormalizedBaseUrl => (BaseUrl ?? string.Empty).Trim().TrimEnd('/');
    }
}
