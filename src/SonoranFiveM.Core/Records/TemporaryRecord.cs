using Newtonsoft.Json;

namespace SonoranFiveM.Core.Records
{
    /// <summary>
    /// One temporary record as the outbox journals it: what to create (already expanded), whose it is, when it
    /// expires, and, once each sink has created it, the id that sink gave (needed for the scheduled delete).
    /// A snapshot: later config changes do not alter a queued record. Serialisable with Newtonsoft.Json.
    /// </summary>
    public sealed class TemporaryRecord
    {
        /// <summary>Client-generated id; the outbox id.</summary>
        [JsonProperty("id")]
        public string Id { get; set; } = string.Empty;

        [JsonProperty("template")]
        public string TemplateName { get; set; } = string.Empty;

        /// <summary>Sonoran <c>recordTypeId</c> at the time the record was made.</summary>
        [JsonProperty("recordTypeId")]
        public int RecordTypeId { get; set; }

        /// <summary>Field uid → expanded value, in template order.</summary>
        [JsonProperty("fields")]
        public Dictionary<string, string> Fields { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>The communityUserId that owns the record in Sonoran.</summary>
        [JsonProperty("owner")]
        public string Owner { get; set; } = string.Empty;

        [JsonProperty("lifetimeMinutes")]
        public int LifetimeMinutes { get; set; }

        /// <summary>When it was requested (from the integration's <see cref="TimeProvider"/>).</summary>
        [JsonProperty("createdAt")]
        public DateTimeOffset CreatedAt { get; set; }

        [JsonProperty("expiresAt")]
        public DateTimeOffset ExpiresAt { get; set; }

        /// <summary>Sink names that should receive the record (<c>sonoran</c> plus the template's mirrors).</summary>
        [JsonProperty("sinks")]
        public List<string> Sinks { get; set; } = new List<string>();

        /// <summary>Sink name → the id that sink gave the record, once created.</summary>
        [JsonProperty("remoteIds")]
        public Dictionary<string, string> RemoteIds { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>A raw Sonoran record (<c>{type, name, sections[]}</c>) sent as-is instead of the template fields; Sonoran only.</summary>
        [JsonProperty("raw", NullValueHandling = NullValueHandling.Ignore)]
        public JObject? Raw { get; set; }

        public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

        public string? RemoteIdFor(string sinkName) => RemoteIds.TryGetValue(sinkName, out var id) ? id : null;
    }
}
