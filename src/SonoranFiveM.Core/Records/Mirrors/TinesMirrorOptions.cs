using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace SonoranFiveM.Core.Records.Mirrors
{
    /// <summary>
    /// <c>mirrors.tines</c>: copy temporary records to a Tines tenant's Records API. Tines has no per-record expiry,
    /// so each mirrored record is deleted by a scheduled delete when it expires.
    /// </summary>
    public sealed class TinesMirrorOptions
    {
        public const string SectionKey = "mirrors.tines";
        public const string ApiKeyConvar = "sonoran_mirrors_tines_apiKey";
        public const int DefaultRatePerMinute = 400;
        public const int DefaultTimeoutSeconds = 10;

        /// <summary>Off by default.</summary>
        [JsonProperty("enabled")]
        public bool Enabled { get; set; }

        /// <summary>The tenant's base URL, e.g. <c>https://adjective-noun-1234.tines.com</c> (no <c>/api/v1</c>).</summary>
        [JsonProperty("tenantUrl")]
        public string TenantUrl { get; set; } = string.Empty;

        /// <summary>A Tines API key (sent as <c>Authorization: Bearer</c>). Prefer the convar <c>sonoran_mirrors_tines_apiKey</c>. Never logged.</summary>
        [JsonProperty("apiKey")]
        public string ApiKey { get; set; } = string.Empty;

        /// <summary>The Tines record type id the records are created in (sent as a string).</summary>
        [JsonProperty("recordTypeId")]
        public string RecordTypeId { get; set; } = string.Empty;

        /// <summary>Template field uid → Tines field id. Template fields not listed are not sent.</summary>
        [JsonProperty("fieldMap")]
        public Dictionary<string, string> FieldMap { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Requests per minute for this mirror (default 400, Tines' documented <c>records</c> limit).</summary>
        [JsonProperty("ratePerMinute")]
        public int RatePerMinute { get; set; } = DefaultRatePerMinute;

        /// <summary>Seconds to wait for one response (default 10).</summary>
        [JsonProperty("timeoutSeconds")]
        public int TimeoutSeconds { get; set; } = DefaultTimeoutSeconds;

        /// <summary>Problems that stop the mirror from working, each naming the key, the value and the fix. Empty when disabled.</summary>
        public IReadOnlyList<string> Validate()
        {
            var errors = new List<string>();
            if (!Enabled) return errors;
            MirrorOptionChecks.Url(errors, SectionKey + ".tenantUrl", TenantUrl, "https://adjective-noun-1234.tines.com");
            MirrorOptionChecks.ApiKey(errors, SectionKey + ".apiKey", ApiKey, ApiKeyConvar);
            if (string.IsNullOrWhiteSpace(RecordTypeId))
                errors.Add(SectionKey + ".recordTypeId is empty; set it to the id of the Tines record type to create records in (e.g. \"1097\")");
            MirrorOptionChecks.FieldMap(errors, SectionKey + ".fieldMap", FieldMap, "Tines field id", "\"5999\"");
            MirrorOptionChecks.Positive(errors, SectionKey + ".ratePerMinute", RatePerMinute, DefaultRatePerMinute);
            MirrorOptionChecks.Positive(errors, SectionKey + ".timeoutSeconds", TimeoutSeconds, DefaultTimeoutSeconds);
            return errors;
        }

        public override string ToString()
            => "tines(enabled=" + Enabled + ", tenantUrl=" + TenantUrl + ", apiKey=" + MirrorOptionChecks.Mask(ApiKey) + ", recordTypeId=" + RecordTypeId + ", fields=" + FieldMap.Count + ", ratePerMinute=" + RatePerMinute + ")";
    }
}
