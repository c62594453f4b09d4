using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace SonoranFiveM.Core.Records.Mirrors
{
    /// <summary>
    /// <c>mirrors.quickblox</c>: copy temporary records to a QuickBlox Custom Objects class, server-to-server with an
    /// API key. QuickBlox has no expiry, so each mirrored record is deleted by a scheduled delete when it expires.
    /// </summary>
    public sealed class QuickBloxMirrorOptions
    {
        public const string SectionKey = "mirrors.quickblox";
        public const string ApiKeyConvar = "sonoran_mirrors_quickblox_apiKey";
        public const string DefaultApiUrl = "https://api.quickblox.com";
        public const int DefaultRatePerMinute = 600;
        public const int DefaultMaxBatch = 25;
        public const int DefaultTimeoutSeconds = 10;

        private static readonly Regex ClassNamePattern = new Regex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

        /// <summary>Off by default.</summary>
        [JsonProperty("enabled")]
        public bool Enabled { get; set; }

        /// <summary>API host (default <c>https://api.quickblox.com</c>; enterprise apps may have their own).</summary>
        [JsonProperty("apiUrl")]
        public string ApiUrl { get; set; } = DefaultApiUrl;

        /// <summary>A QuickBlox server API key (sent as <c>Authorization: ApiKey</c>). Prefer the convar <c>sonoran_mirrors_quickblox_apiKey</c>. Never logged.</summary>
        [JsonProperty("apiKey")]
        public string ApiKey { get; set; } = string.Empty;

        /// <summary>The Custom Objects class name, e.g. <c>CadRecord</c>.</summary>
        [JsonProperty("className")]
        public string ClassName { get; set; } = string.Empty;

        /// <summary>Template field uid → QuickBlox class field name. Template fields not listed are not sent.</summary>
        [JsonProperty("fieldMap")]
        public Dictionary<string, string> FieldMap { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Requests per minute for this mirror (default 600, well under every plan's per-second limit).</summary>
        [JsonProperty("ratePerMinute")]
        public int RatePerMinute { get; set; } = DefaultRatePerMinute;

        /// <summary>Most records per multi-create request (default 25; QuickBlox documents no maximum).</summary>
        [JsonProperty("maxBatch")]
        public int MaxBatch { get; set; } = DefaultMaxBatch;

        /// <summary>Seconds to wait for one response (default 10).</summary>
        [JsonProperty("timeoutSeconds")]
        public int TimeoutSeconds { get; set; } = DefaultTimeoutSeconds;

        /// <summary>Problems that stop the mirror from working, each naming the key, the value and the fix. Empty when disabled.</summary>
        public IReadOnlyList<string> Validate()
        {
            var errors = new List<string>();
            if (!Enabled) return errors;
            MirrorOptionChecks.Url(errors, SectionKey + ".apiUrl", ApiUrl, DefaultApiUrl);
            MirrorOptionChecks.ApiKey(errors, SectionKey + ".apiKey", ApiKey, ApiKeyConvar);
            if (ClassName == null || !ClassNamePattern.IsMatch(ClassName))
                errors.Add(SectionKey + ".className \"" + ClassName + "\" is not a QuickBlox class name; use the class's name as created in the dashboard (letters, digits, underscore; e.g. \"CadRecord\")");
            MirrorOptionChecks.FieldMap(errors, SectionKey + ".fieldMap", FieldMap, "QuickBlox field name", "\"plate\"");
            MirrorOptionChecks.Positive(errors, SectionKey + ".ratePerMinute", RatePerMinute, DefaultRatePerMinute);
            MirrorOptionChecks.Positive(errors, SectionKey + ".maxBatch", MaxBatch, DefaultMaxBatch);
            MirrorOptionChecks.Positive(errors, SectionKey + ".timeoutSeconds", TimeoutSeconds, DefaultTimeoutSeconds);
            return errors;
        }

        public override string ToString()
            => "quickblox(enabled=" + Enabled + ", apiUrl=" + ApiUrl + ", apiKey=" + MirrorOptionChecks.Mask(ApiKey) + ", className=" + ClassName + ", fields=" + FieldMap.Count + ", ratePerMinute=" + RatePerMinute + ", maxBatch=" + MaxBatch + ")";
    }
}
